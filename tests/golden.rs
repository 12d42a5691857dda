//! Golden tests of the letter engine: realistic cases whose full output was read once and pinned.
//! A changed text shows up as a diff. To accept a deliberate change: `UPDATE_GOLDEN=1 cargo test --test golden`,
//! then read the diff in git before committing.
#![cfg(not(target_arch = "wasm32"))]

use kiw_core::letters::{generate, Account, Letter, Person, PlatformTexts, Request};
use kiw_core::{Catalog, Date, Lang};
use std::fmt::Write;
use std::path::Path;

fn catalog() -> Catalog {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    // A fixed "today" keeps the pinned texts stable; data age does not matter here.
    match kiw_core::load::load_and_validate(&data, Date::parse("2026-11-23").unwrap()) {
        Ok((c, _)) => c,
        Err(f) => panic!("{}", kiw_core::validate::report(&f)),
    }
}

fn letter(out: &mut String, title: &str, l: &Letter) {
    let _ = writeln!(out, "\n----- {title} -----\n{}", l.plain_text());
    if let Some(cc) = &l.cc_email {
        let _ = writeln!(out, "[to] {}", l.to_email.as_deref().unwrap_or("-"));
        let _ = writeln!(out, "[cc] {cc}");
    }
    if let Some(m) = l.mailto() {
        let _ = writeln!(out, "[mailto] {}", m.chars().take(160).collect::<String>());
    } else if let Some(m) = l.mailto_without_body() {
        let _ = writeln!(out, "[mailto, text to paste] {m}");
    }
}

fn dump(c: &Catalog, t: &PlatformTexts) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "=============== {} ===============", t.platform);
    for f in &t.forms {
        let _ = writeln!(
            out,
            "\n----- form for account #{} (covered by: {:?}) -----",
            f.account, f.covered_by
        );
        for field in &f.fields {
            let _ = writeln!(
                out,
                "[{}{}{}{}] {}: {}",
                if field.required {
                    "required"
                } else {
                    "optional"
                },
                field
                    .max_chars
                    .map(|m| format!(", max {m}"))
                    .unwrap_or_default(),
                if field.shortened { ", shortened" } else { "" },
                if field.missing { ", MISSING" } else { "" },
                field.label,
                field.value
            );
        }
    }
    letter(&mut out, "objection", &t.objection);
    letter(&mut out, "reminder", &t.reminder);
    letter(&mut out, "refusal", &t.refusal);
    letter(&mut out, "access", &t.access);
    match &t.complaint {
        Some(l) => letter(&mut out, "complaint", l),
        None => out.push_str("\n----- complaint -----\n(none: residence not precise enough)\n"),
    }
    if let Some((m, o)) = &t.slack {
        letter(&mut out, "slack member", m);
        letter(&mut out, "slack owner", o);
    }
    let _ = c;
    out
}

struct Case {
    name: &'static str,
    lang: Lang,
    person: Person,
    accounts: Vec<Account>,
    platforms: &'static [&'static str],
}

fn person(
    name: &str,
    address: &str,
    email: &str,
    region: &str,
    reasons: &[&str],
    situation: &str,
) -> Person {
    Person {
        name: name.into(),
        address: address.into(),
        email: email.into(),
        region: region.into(),
        reasons: reasons.iter().map(|r| r.to_string()).collect(),
        situation: situation.into(),
        post_links: String::new(),
    }
}

fn account(platform: &str, username: &str, email: &str, linked: bool) -> Account {
    Account {
        id: 0,
        platform: platform.into(),
        username: username.into(),
        email: email.into(),
        own_email: !email.is_empty(),
        linked,
    }
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "de-bayern-facebook-instagram-linked",
            lang: Lang::De,
            person: person(
                "Maria Huber",
                "Hauptstraße 5\n80331 München",
                "maria.huber@example.org",
                "DE-BY",
                &["children", "creative-work"],
                "",
            ),
            accounts: vec![
                account("facebook", "maria.huber.5", "maria.huber@example.org", true),
                account("instagram", "@mariafotografiert", "", true),
            ],
            platforms: &["facebook", "instagram"],
        },
        Case {
            name: "en-berlin-linkedin-no-reasons",
            lang: Lang::En,
            person: person(
                "Sam Okafor",
                "Oranienstraße 12\n10999 Berlin",
                "sam@example.org",
                "DE-BE",
                &[],
                "",
            ),
            accounts: vec![account(
                "linkedin",
                "linkedin.com/in/samokafor",
                "sam@example.org",
                false,
            )],
            platforms: &["linkedin"],
        },
        Case {
            name: "de-austria-instagram-two-unlinked-accounts",
            lang: Lang::De,
            person: person(
                "Lena Gruber",
                "Mariahilfer Straße 1\n1060 Wien",
                "lena@example.at",
                "AT",
                &["safety"],
                "Ich wurde 2023 gestalkt und habe seitdem eine Auskunftssperre.",
            ),
            accounts: vec![
                account("instagram", "@lena.g", "lena@example.at", false),
                account("instagram", "@lenas.kunst", "kunst@example.at", false),
            ],
            platforms: &["instagram"],
        },
        Case {
            name: "de-switzerland-facebook",
            lang: Lang::De,
            person: person(
                "Urs Meier",
                "Bahnhofstrasse 10\n8001 Zürich",
                "urs@example.ch",
                "CH",
                &["own-privacy"],
                "",
            ),
            accounts: vec![account("facebook", "urs.meier", "urs@example.ch", false)],
            platforms: &["facebook"],
        },
        Case {
            name: "en-uk-facebook",
            lang: Lang::En,
            person: person(
                "Olivia Brown",
                "1 High Street\nManchester M1 1AA",
                "olivia@example.co.uk",
                "GB",
                &["special-category"],
                "",
            ),
            accounts: vec![account(
                "facebook",
                "olivia.brown",
                "olivia@example.co.uk",
                false,
            )],
            platforms: &["facebook"],
        },
        Case {
            name: "de-hamburg-meta-no-account",
            lang: Lang::De,
            person: person(
                "Jonas Petersen",
                "Elbchaussee 3\n22763 Hamburg",
                "jonas@example.org",
                "DE-HH",
                &["third-persons"],
                "Mein Sportverein veröffentlicht Mannschaftsfotos von mir.",
            ),
            accounts: vec![],
            platforms: &["meta-no-account"],
        },
        Case {
            name: "en-ireland-meta-no-account",
            lang: Lang::En,
            person: person(
                "Aoife Byrne",
                "12 Main Street\nGalway H91 XXXX",
                "aoife@example.ie",
                "IE",
                &[],
                "",
            ),
            accounts: vec![],
            platforms: &["meta-no-account"],
        },
        Case {
            name: "de-nrw-slack",
            lang: Lang::De,
            person: person(
                "Deniz Yılmaz",
                "Königsallee 1\n40212 Düsseldorf",
                "deniz@firma.example",
                "DE-NW",
                &["professional-secrecy"],
                "",
            ),
            accounts: vec![account(
                "slack",
                "firma.slack.com",
                "deniz@firma.example",
                false,
            )],
            platforms: &["slack"],
        },
        Case {
            name: "en-uk-slack",
            lang: Lang::En,
            person: person(
                "Priya Shah",
                "5 King Street\nLondon EC2V 8AA",
                "priya@studio.example",
                "GB",
                &[],
                "",
            ),
            accounts: vec![account(
                "slack",
                "studio-shah.slack.com",
                "priya@studio.example",
                false,
            )],
            platforms: &["slack"],
        },
        Case {
            name: "de-nothing-entered-tiktok",
            lang: Lang::De,
            person: Person::default(),
            accounts: vec![account("tiktok", "", "", false)],
            platforms: &["tiktok"],
        },
        Case {
            name: "de-liechtenstein-x",
            lang: Lang::De,
            person: person(
                "Nina Frick",
                "Städtle 1\n9490 Vaduz",
                "nina@example.li",
                "LI",
                &["public-role", "memorisation"],
                "",
            ),
            accounts: vec![account("x", "@ninafrick", "nina@example.li", false)],
            platforms: &["x"],
        },
        Case {
            name: "de-germany-without-state-chatgpt",
            lang: Lang::De,
            person: person("Tom Weber", "", "tom@example.org", "DE", &[], ""),
            accounts: vec![account("chatgpt", "", "tom@example.org", false)],
            platforms: &["chatgpt"],
        },
        // The same service for a UK and an EU resident: other company, other address.
        Case {
            name: "en-uk-linkedin",
            lang: Lang::En,
            person: person(
                "Oliver Smith",
                "2 Market Street\nLeeds LS1 6DT",
                "oliver@example.co.uk",
                "GB",
                &[],
                "",
            ),
            accounts: vec![account(
                "linkedin",
                "linkedin.com/in/oliversmith",
                "oliver@example.co.uk",
                false,
            )],
            platforms: &["linkedin"],
        },
        Case {
            name: "en-uk-reddit",
            lang: Lang::En,
            person: person(
                "Amelia Jones",
                "9 Castle Street\nCardiff CF10 1BS",
                "amelia@example.co.uk",
                "GB",
                &["own-privacy"],
                "",
            ),
            accounts: vec![account(
                "reddit",
                "u/ameliaj",
                "amelia@example.co.uk",
                false,
            )],
            platforms: &["reddit"],
        },
        Case {
            name: "de-berlin-reddit",
            lang: Lang::De,
            person: person(
                "Jana Schulz",
                "Torstraße 8\n10119 Berlin",
                "jana@example.org",
                "DE-BE",
                &["own-privacy"],
                "",
            ),
            accounts: vec![account("reddit", "u/janas", "jana@example.org", false)],
            platforms: &["reddit"],
        },
        // A company outside Europe with a representative per region, and e-mail-only routes.
        Case {
            name: "de-austria-grok",
            lang: Lang::De,
            person: person(
                "Paul Wimmer",
                "Landstraße 4\n4020 Linz",
                "paul@example.at",
                "AT",
                &[],
                "",
            ),
            accounts: vec![account("grok", "", "paul@example.at", false)],
            platforms: &["grok"],
        },
        Case {
            name: "de-bayern-deepseek-deepl-spotify",
            lang: Lang::De,
            person: person(
                "Sophie Bauer",
                "Ludwigstraße 2\n80539 München",
                "sophie@example.org",
                "DE-BY",
                &["professional-secrecy"],
                "",
            ),
            accounts: vec![
                account("deepseek", "", "sophie@example.org", false),
                account("deepl", "", "sophie@example.org", false),
                account("spotify", "sophieb", "sophie@example.org", false),
            ],
            platforms: &["deepseek", "deepl", "spotify"],
        },
        Case {
            name: "en-france-claude-pinterest",
            lang: Lang::En,
            person: person(
                "Camille Martin",
                "3 rue de Rivoli\n75001 Paris",
                "camille@example.fr",
                "FR",
                &["minor-at-posting"],
                "I started posting at 14.",
            ),
            accounts: vec![
                account("claude", "", "camille@example.fr", false),
                account("pinterest", "camillem", "camille@example.fr", false),
            ],
            platforms: &["claude", "pinterest"],
        },
    ]
}

#[test]
fn letters_match_the_pinned_texts() {
    let c = catalog();
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut failures = Vec::new();
    for case in cases() {
        let req = Request {
            catalog: &c,
            person: &case.person,
            accounts: &case.accounts,
            today: Date::parse("2026-11-23").unwrap(),
            sent_on: Some(Date::parse("2026-10-20").unwrap()),
            lang: case.lang,
        };
        let platforms: Vec<String> = case.platforms.iter().map(|p| p.to_string()).collect();
        let out: String = generate(&req, &platforms)
            .iter()
            .map(|t| dump(&c, t))
            .collect::<Vec<_>>()
            .join("\n");
        let path = dir.join(format!("{}.txt", case.name));
        if update {
            std::fs::write(&path, &out).unwrap();
            continue;
        }
        let pinned = std::fs::read_to_string(&path).unwrap_or_default();
        if pinned != out {
            let line = pinned
                .lines()
                .zip(out.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            failures.push(format!(
                "{}: differs from line {} on\n  pinned: {:?}\n  now:    {:?}",
                case.name,
                line + 1,
                pinned.lines().nth(line).unwrap_or("(end)"),
                out.lines().nth(line).unwrap_or("(end)")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{}\n(UPDATE_GOLDEN=1 to accept after reading the diff)",
        failures.join("\n")
    );
}

/// Regression: the browser loads one language's data only; letters made from it lost the country
/// line of foreign addresses. Every case must come out the same from the browser's data.
#[test]
fn the_browser_data_makes_the_same_letters() {
    let c = catalog();
    for case in cases() {
        let one = Catalog::from_bytes(&c.to_bytes_for(case.lang)).unwrap();
        let platforms: Vec<String> = case.platforms.iter().map(|p| p.to_string()).collect();
        let make = |cat: &Catalog| {
            let req = Request {
                catalog: cat,
                person: &case.person,
                accounts: &case.accounts,
                today: Date::parse("2026-11-23").unwrap(),
                sent_on: Some(Date::parse("2026-10-20").unwrap()),
                lang: case.lang,
            };
            generate(&req, &platforms)
                .iter()
                .map(|t| dump(cat, t))
                .collect::<String>()
        };
        assert!(
            make(&c) == make(&one),
            "{}: the browser's data gives other letters",
            case.name
        );
    }
}

fn texts_for(c: &Catalog, platform: &str, region: &str, lang: Lang) -> PlatformTexts {
    let p = person(
        "Test Person",
        "1 Test Road\nTown",
        "test@example.org",
        region,
        &[],
        "",
    );
    let accounts = [account(platform, "tester", "test@example.org", false)];
    let req = Request {
        catalog: c,
        person: &p,
        accounts: &accounts,
        today: Date::parse("2026-12-02").unwrap(),
        sent_on: Some(Date::parse("2026-10-20").unwrap()),
        lang,
    };
    generate(&req, &[platform.to_string()]).remove(0)
}

fn has(l: &Letter, s: &str) -> bool {
    l.plain_text().contains(s)
        || l.to_email.as_deref() == Some(s)
        || l.cc_email.as_deref() == Some(s)
}

/// Hand-written facts, not a pinned copy: a UK resident's letters, complaint and proof record
/// name the UK company and never the Irish one; an EU resident's the other way round.
#[test]
fn uk_and_eu_residents_get_their_own_company() {
    let c = catalog();
    // (platform, UK company, EU company)
    let cases = [
        (
            "facebook",
            "Meta Platforms, Inc.",
            "Meta Platforms Ireland Limited",
        ),
        (
            "instagram",
            "Meta Platforms, Inc.",
            "Meta Platforms Ireland Limited",
        ),
        ("whatsapp", "WhatsApp LLC", "WhatsApp Ireland Limited"),
        (
            "linkedin",
            "LinkedIn Corporation",
            "LinkedIn Ireland Unlimited Company",
        ),
        ("google-gemini", "Google LLC", "Google Ireland Limited"),
        ("chatgpt", "OpenAI OpCo, LLC", "OpenAI Ireland Limited"),
        ("reddit", "Reddit, Inc.", "Reddit Netherlands B.V."),
        (
            "tiktok",
            "TikTok Information Technologies UK Limited",
            "TikTok Technology Limited",
        ),
    ];
    for (platform, uk, eu) in cases {
        let gb = texts_for(&c, platform, "GB", Lang::En);
        let de = texts_for(&c, platform, "DE-BE", Lang::En);
        for (who, t, yes, no) in [("GB", &gb, uk, eu), ("DE-BE", &de, eu, uk)] {
            for l in [&t.objection, &t.reminder, &t.refusal, &t.access] {
                assert_eq!(
                    l.to.first().map(String::as_str),
                    Some(yes),
                    "{platform} {who}"
                );
                assert!(
                    !l.plain_text().contains(no),
                    "{platform} {who}: {no} in\n{}",
                    l.plain_text()
                );
            }
            let complaint = t.complaint.as_ref().expect("region is precise");
            assert!(complaint.body.contains(yes), "{platform} {who} complaint");
            assert!(
                !complaint.body.contains(no),
                "{platform} {who} complaint names {no}"
            );
            let region = if who == "GB" { "GB" } else { "DE-BE" };
            let record = record_of(&c, platform, region);
            assert_eq!(
                record[0].to,
                kiw_core::plan::Recipient::Company(yes.to_string()),
                "{platform} {who} proof record"
            );
        }
        // A UK company has no lead authority in the EU: no forwarding paragraph to Dublin.
        let complaint = gb.complaint.unwrap();
        assert!(
            !complaint.body.contains("Data Protection Commission"),
            "{platform}"
        );
    }
    // Addresses, not only names.
    let gb = texts_for(&c, "linkedin", "GB", Lang::En);
    assert!(has(&gb.objection, "1000 W Maude Avenue") && !has(&gb.objection, "Wilton Plaza"));
    let de = texts_for(&c, "linkedin", "DE-BE", Lang::En);
    assert!(has(&de.objection, "Wilton Plaza") && !has(&de.objection, "Sunnyvale"));
    // A state of Germany counts as Germany; Switzerland keeps the EU company where it has one.
    let ch = texts_for(&c, "facebook", "CH", Lang::De);
    assert_eq!(ch.objection.to[0], "Meta Platforms Ireland Limited");
}

/// The record after a letter was ticked as sent for one service, for a person living in `region`.
fn record_of(c: &Catalog, platform: &str, region: &str) -> Vec<kiw_core::plan::RecordEntry> {
    use kiw_core::state::{reduce, Action, ActionKind, PersonField, State};
    let mut s = reduce(State::default(), Action::Toggle(platform.into()));
    s = reduce(s, Action::EditPerson(PersonField::Region, region.into()));
    s = reduce(
        s,
        Action::SetDone {
            platform: platform.into(),
            account: None,
            action: ActionKind::Objection,
            date: Date::parse("2026-12-02"),
        },
    );
    kiw_core::plan::record(&s, c, Date::parse("2026-12-02").unwrap())
}

#[test]
fn representatives_receive_the_post_and_a_copy_of_the_e_mail() {
    let c = catalog();
    // Reddit in the UK: the US company c/o its UK representative.
    let gb = texts_for(&c, "reddit", "GB", Lang::En);
    let o = &gb.objection;
    assert_eq!(
        o.to[..2],
        [
            "Reddit, Inc.".to_string(),
            "c/o Reddit UK Limited".to_string()
        ]
    );
    assert!(has(o, "5 New Street Square"));
    assert_eq!(o.to_email.as_deref(), Some("redditdatarequests@reddit.com"));
    assert_eq!(o.cc_email.as_deref(), Some("ukrepresentative@reddit.com"));
    assert!(
        o.body
            .contains("representative under Art. 27 UK GDPR: Reddit UK Limited"),
        "{}",
        o.body
    );
    // The letter is too long for a link with its text: the link has the address and the copy.
    assert!(o
        .mailto()
        .or_else(|| o.mailto_without_body())
        .unwrap()
        .contains("cc=ukrepresentative@reddit.com&"));
    // Reddit in the EU: the Dutch company itself, no representative, no copy.
    let de = texts_for(&c, "reddit", "DE-BE", Lang::De);
    assert_eq!(de.objection.to_email.as_deref(), Some("dpo@reddit.com"));
    assert_eq!(de.objection.cc_email, None);
    assert!(!de.objection.body.contains("Art. 27"));
    // xAI: one representative per region.
    for (region, rep, mail) in [
        (
            "AT",
            "c/o Lionheart Squared (Europe) Ltd",
            "xai@lionheartsquared.eu",
        ),
        (
            "GB",
            "c/o Lionheart Squared Limited",
            "xai@lionheartsquared.co.uk",
        ),
        (
            "CH",
            "c/o Lionheart Squared Switzerland SarL",
            "xai@lionheartsquared.ch",
        ),
    ] {
        let t = texts_for(&c, "grok", region, Lang::En);
        assert_eq!(t.objection.to[0], "X.AI LLC", "{region}");
        assert_eq!(t.objection.to[1], rep, "{region}");
        assert_eq!(t.objection.to_email.as_deref(), Some("privacy@x.ai"));
        assert_eq!(t.objection.cc_email.as_deref(), Some(mail), "{region}");
    }
    // DeepSeek publishes no postal address: the letter is an e-mail with the representative in copy.
    let t = texts_for(&c, "deepseek", "DE-BY", Lang::De);
    assert_eq!(
        t.objection.to_email.as_deref(),
        Some("privacy@deepseek.com")
    );
    assert_eq!(
        t.objection.cc_email.as_deref(),
        Some("rep_deepseek@prighter.com")
    );
}

/// Where the only way is a letter, the way's e-mail address is the one the letters use.
#[test]
fn e_mail_routes_and_letters_agree() {
    let c = catalog();
    for p in c
        .platforms
        .iter()
        .filter(|p| p.opt_out == kiw_core::model::OptOutKind::None)
    {
        for r in p
            .routes
            .iter()
            .filter(|r| r.device == kiw_core::model::Device::Email)
        {
            let Some(addr) = r.link.as_deref().and_then(|l| l.strip_prefix("mailto:")) else {
                continue;
            };
            let t = texts_for(&c, &p.id, "DE-BE", Lang::De);
            assert!(
                t.objection.to_email.as_deref() == Some(addr)
                    || t.objection.cc_email.as_deref() == Some(addr),
                "{}: the way says {addr}, the letter goes to {:?}",
                p.id,
                t.objection.to_email
            );
        }
    }
}
