//! Golden cases of the letter engine on a small fixture dataset (`tests/fixtures/data/`, never the
//! live `data/`): for each realistic case, facts a person checked by hand (who receives it, which
//! articles, which deadline dates, which company for which country) and a reviewed snapshot of
//! everything it writes (`tests/golden/*.snap`, insta). Editing `data/` changes nothing here.
//!
//! A deliberate change of the engine or of the fixture's templates: `cargo insta test --review`
//! (or `cargo test`, then `cargo insta review`), read every diff, accept; see README.md.
#![cfg(not(target_arch = "wasm32"))]

use kiw_core::letters::{generate, Account, Letter, Person, PlatformTexts, Request};
use kiw_core::validate::Severity;
use kiw_core::{Catalog, Date, Lang};
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The day the cases are written on, and the day their objection was sent.
const TODAY: &str = "2026-11-23";
const SENT_ON: &str = "2026-10-20";

fn day(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/data")
}

/// The fixture, checked like the live data. It has no `ui.toml`: letters use no interface
/// text, and a new interface text must not touch these tests.
fn catalog() -> &'static Catalog {
    static C: OnceLock<Catalog> = OnceLock::new();
    C.get_or_init(|| {
        let (c, mut findings) = kiw_core::load::load_dir(&fixture_dir());
        findings.retain(|f| f.file != "ui.toml");
        findings.extend(kiw_core::validate::validate(&c, day(TODAY)));
        findings.retain(|f| f.severity == Severity::Error);
        assert!(
            findings.is_empty(),
            "tests/fixtures/data:\n{}",
            kiw_core::validate::report(&findings)
        );
        c
    })
}

// ---------------------------------------------------------------------------------------------
// Facts

/// Which of a platform's texts a fact is about.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Part {
    /// Every filled form field, as `label: value` lines.
    Forms,
    Objection,
    Reminder,
    Refusal,
    Access,
    Complaint,
    /// The four letters to the company: objection, reminder, refusal, access.
    ToCompany,
    SlackMember,
    SlackOwner,
}

#[derive(Clone, Copy, Debug)]
enum Fact {
    Has(&'static str, Part, &'static str),
    Lacks(&'static str, Part, &'static str),
    /// No complaint can be written yet (residence unknown or not precise enough).
    NoComplaint(&'static str),
}
use Fact::{Has, Lacks, NoComplaint};
use Part::*;

/// A letter as a person gets it: the printed text, and where the e-mail goes (`[to] …`,
/// `[cc] …`), so that a fact can name an e-mail address.
fn letter_text(l: &Letter) -> String {
    let mut s = l.plain_text();
    if let Some(to) = &l.to_email {
        let _ = writeln!(s, "[to] {to}");
    }
    if let Some(cc) = &l.cc_email {
        let _ = writeln!(s, "[cc] {cc}");
    }
    s
}

/// The texts a fact looks at; `None` when the platform has no such text.
fn part_texts(t: &PlatformTexts, part: Part) -> Option<Vec<String>> {
    let one = |l: &Letter| Some(vec![letter_text(l)]);
    match part {
        Forms => Some(vec![t
            .forms
            .iter()
            .flat_map(|f| &f.fields)
            .map(|f| format!("{}: {}\n", f.label, f.value))
            .collect()]),
        Objection => one(&t.objection),
        Reminder => one(&t.reminder),
        Refusal => one(&t.refusal),
        Access => one(&t.access),
        Complaint => t.complaint.as_ref().and_then(one),
        ToCompany => Some(
            [&t.objection, &t.reminder, &t.refusal, &t.access]
                .map(letter_text)
                .to_vec(),
        ),
        SlackMember => t.slack.as_ref().and_then(|s| one(&s.0)),
        SlackOwner => t.slack.as_ref().and_then(|s| one(&s.1)),
    }
}

fn check_fact(case: &str, texts: &[PlatformTexts], fact: Fact) -> Result<(), String> {
    let (platform, part, needle, wanted) = match fact {
        Has(p, part, s) => (p, part, s, true),
        Lacks(p, part, s) => (p, part, s, false),
        NoComplaint(p) => (p, Complaint, "", false),
    };
    let t = texts
        .iter()
        .find(|t| t.platform == platform)
        .ok_or_else(|| format!("{case}: no texts for {platform}"))?;
    let found = part_texts(t, part);
    match (fact, found) {
        (NoComplaint(_), None) => Ok(()),
        (NoComplaint(_), Some(_)) => Err(format!("{case}: {platform} has a complaint")),
        (_, None) => Err(format!("{case}: {platform} has no {part:?}")),
        (_, Some(all)) => match all.iter().find(|s| s.contains(needle) != wanted) {
            None => Ok(()),
            Some(s) => Err(format!(
                "{case}: {platform} {part:?} {} {needle:?}:\n{s}",
                if wanted { "lacks" } else { "has" }
            )),
        },
    }
}

// ---------------------------------------------------------------------------------------------
// The snapshot

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

/// Everything the engine writes for one platform, as a person would read it.
fn dump(t: &PlatformTexts) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "=============== {} ===============", t.platform);
    for f in &t.forms {
        let _ = writeln!(
            out,
            "\n----- form for account #{} (covered by: {:?}) -----",
            f.account, f.covered_by
        );
        for field in &f.fields {
            let mut marks = vec![if field.required {
                "required".to_string()
            } else {
                "optional".to_string()
            }];
            marks.extend(field.max_chars.map(|m| format!("max {m}")));
            marks.extend(field.shortened.then(|| "shortened".to_string()));
            marks.extend(field.missing.then(|| "MISSING".to_string()));
            let _ = writeln!(
                out,
                "[{}] {}: {}",
                marks.join(", "),
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
    out
}

// ---------------------------------------------------------------------------------------------
// The cases

struct Case {
    lang: Lang,
    person: Person,
    accounts: Vec<Account>,
    platforms: &'static [&'static str],
    facts: Vec<Fact>,
}

impl Case {
    fn texts(&self, c: &Catalog) -> Vec<PlatformTexts> {
        let req = Request {
            catalog: c,
            person: &self.person,
            accounts: &self.accounts,
            today: day(TODAY),
            sent_on: Some(day(SENT_ON)),
            reminder_on: None,
            lang: self.lang,
        };
        let platforms: Vec<String> = self.platforms.iter().map(|p| p.to_string()).collect();
        generate(&req, &platforms)
    }
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

/// Runs one case: first the hand-written facts (each failure says what a person expects), then
/// the snapshot of the whole output.
fn run(name: &str, case: Case) {
    let c = catalog();
    let texts = case.texts(c);
    let failures: Vec<String> = case
        .facts
        .iter()
        .filter_map(|f| check_fact(name, &texts, *f).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert!(!case.facts.is_empty(), "{name}: a case states its facts");
    let out = texts.iter().map(dump).collect::<Vec<_>>().join("\n");
    insta::with_settings!({
        snapshot_path => "golden",
        prepend_module_to_snapshot => false,
        omit_expression => true,
        description => format!("{name}: {} letters for {:?}", case.lang.code(), case.platforms),
    }, {
        insta::assert_snapshot!(name, out);
    });
}

/// The German deadline facts of a case written on [`TODAY`] about an objection of [`SENT_ON`].
fn deadlines_de(platform: &'static str) -> [Fact; 4] {
    [
        // One month from the letter's date (Art. 12(3) GDPR).
        Has(platform, Objection, "bis zum 23. Dezember 2026"),
        Has(platform, Reminder, "vom 20. Oktober 2026"),
        Has(platform, Reminder, "bis zum 20. November 2026"),
        Has(platform, Reminder, "Art. 12 Abs. 3"),
    ]
}

fn deadlines_en(platform: &'static str) -> [Fact; 4] {
    [
        Has(platform, Objection, "23 December 2026"),
        Has(platform, Reminder, "20 October 2026"),
        Has(platform, Reminder, "20 November 2026"),
        Has(platform, Reminder, "Art. 12(3)"),
    ]
}

/// The French deadline facts: dates as French writes them, the article cited the French way.
fn deadlines_fr(platform: &'static str) -> [Fact; 4] {
    [
        Has(platform, Objection, "au plus tard le 23 décembre 2026"),
        Has(platform, Reminder, "20 octobre 2026"),
        Has(platform, Reminder, "20 novembre 2026"),
        Has(platform, Reminder, "article 12, paragraphe 3"),
    ]
}

/// What every French letter to a company has: the French salutation and closing, and no
/// citation in the German or English way.
fn french_letter(platform: &'static str) -> [Fact; 5] {
    [
        // The date line as a French letter writes it.
        Has(platform, Objection, "\nLe 23 novembre 2026\n"),
        Has(platform, Objection, "Madame, Monsieur,"),
        Has(
            platform,
            Objection,
            "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
        ),
        Lacks(platform, ToCompany, "Art. "),
        Lacks(platform, ToCompany, "DSGVO"),
    ]
}

macro_rules! golden {
    ($($name:ident => $case:expr;)*) => {
        $(
            #[test]
            fn $name() {
                run(stringify!($name), $case);
            }
        )*
        /// Every case, for the tests that run them all.
        fn all_cases() -> Vec<(&'static str, Case)> {
            vec![$((stringify!($name), $case)),*]
        }
    };
}

golden! {
    de_bayern_facebook_instagram_linked => Case {
        lang: Lang::DE,
        person: person("Maria Huber", "Hauptstraße 5\n80331 München", "maria.huber@example.org", "DE-BY", &["children", "creative-work"], ""),
        accounts: vec![
            account("facebook", "maria.huber.5", "maria.huber@example.org", true),
            account("instagram", "@mariafotografiert", "", true),
        ],
        platforms: &["facebook", "instagram"],
        facts: [
            vec![
                Has("facebook", ToCompany, "Meta Platforms Ireland Limited"),
                Has("facebook", ToCompany, "Merrion Road"),
                Has("facebook", Objection, "Art. 21 Abs. 1 DSGVO"),
                Has("facebook", Objection, "Art. 6 Abs. 1 lit. f DSGVO"),
                Lacks("facebook", ToCompany, "UK GDPR"),
                // Linked in the Accounts Center: one objection names both accounts.
                Has("facebook", Objection, "maria.huber.5"),
                Has("facebook", Objection, "@mariafotografiert"),
                // Bavaria: the authority for companies, never the one for public bodies.
                Has("facebook", Complaint, "Bayerisches Landesamt für Datenschutzaufsicht"),
                Lacks("facebook", Complaint, "Bayerische Landesbeauftragte"),
                Has("facebook", Complaint, "Art. 77"),
                Has("instagram", Complaint, "Bayerisches Landesamt für Datenschutzaufsicht"),
            ],
            deadlines_de("facebook").to_vec(),
            deadlines_de("instagram").to_vec(),
        ].concat(),
    };
    en_berlin_linkedin_no_reasons => Case {
        lang: Lang::EN,
        person: person("Sam Okafor", "Oranienstraße 12\n10999 Berlin", "sam@example.org", "DE-BE", &[], ""),
        accounts: vec![account("linkedin", "linkedin.com/in/samokafor", "sam@example.org", false)],
        platforms: &["linkedin"],
        facts: [
            vec![
                Has("linkedin", ToCompany, "LinkedIn Ireland Unlimited Company"),
                Has("linkedin", ToCompany, "Wilton Plaza"),
                Lacks("linkedin", ToCompany, "Sunnyvale"),
                Has("linkedin", Objection, "Art. 21(1) GDPR"),
                Has("linkedin", Objection, "linkedin.com/in/samokafor"),
                Lacks("linkedin", Objection, "UK GDPR"),
                // English letters name the authority in English.
                Has("linkedin", Complaint, "Berlin Commissioner for Data Protection and Freedom of Information"),
                Has("linkedin", Complaint, "Data Protection Commission"),
                Has("linkedin", Access, "Art. 15 GDPR"),
            ],
            deadlines_en("linkedin").to_vec(),
        ].concat(),
    };
    de_austria_instagram_two_unlinked_accounts => Case {
        lang: Lang::DE,
        person: person("Lena Gruber", "Mariahilfer Straße 1\n1060 Wien", "lena@example.at", "AT", &["safety"], "Ich wurde 2023 gestalkt und habe seitdem eine Auskunftssperre."),
        accounts: vec![
            account("instagram", "@lena.g", "lena@example.at", false),
            account("instagram", "@lenas.kunst", "kunst@example.at", false),
        ],
        platforms: &["instagram"],
        facts: [
            vec![
                // Two accounts with their own e-mail addresses: both named, both forms filled.
                Has("instagram", Objection, "@lena.g"),
                Has("instagram", Objection, "@lenas.kunst"),
                Has("instagram", Forms, "lena@example.at"),
                Has("instagram", Forms, "kunst@example.at"),
                // The person's own words, in the letter and the form.
                Has("instagram", Objection, "Auskunftssperre"),
                Has("instagram", Forms, "Auskunftssperre"),
                Has("instagram", Complaint, "Österreichische Datenschutzbehörde"),
                // Austria: a complaint must come with a copy of the request (§ 24 DSG).
                Has("instagram", Complaint, "§ 24"),
                // After a refusal: the company must prove compelling grounds.
                Has("instagram", Refusal, "Art. 21 Abs. 1 Satz 2 DSGVO"),
            ],
            deadlines_de("instagram").to_vec(),
        ].concat(),
    };
    de_switzerland_facebook => Case {
        lang: Lang::DE,
        person: person("Urs Meier", "Bahnhofstrasse 10\n8001 Zürich", "urs@example.ch", "CH", &["own-privacy"], ""),
        accounts: vec![account("facebook", "urs.meier", "urs@example.ch", false)],
        platforms: &["facebook"],
        facts: vec![
            // Swiss law, and the GDPR where the company is in the EU.
            Has("facebook", Objection, "DSG"),
            Has("facebook", Objection, "Art. 21 Abs. 1"),
            Has("facebook", ToCompany, "Meta Platforms Ireland Limited"),
            Has("facebook", Complaint, "Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter"),
            Has("facebook", Objection, "bis zum 23. Dezember 2026"),
        ],
    };
    en_uk_facebook => Case {
        lang: Lang::EN,
        person: person("Olivia Brown", "1 High Street\nManchester M1 1AA", "olivia@example.co.uk", "GB", &["special-category"], ""),
        accounts: vec![account("facebook", "olivia.brown", "olivia@example.co.uk", false)],
        platforms: &["facebook"],
        facts: [
            vec![
                // The UK company, never the Irish one.
                Has("facebook", ToCompany, "Meta Platforms, Inc."),
                Has("facebook", ToCompany, "Menlo Park"),
                Lacks("facebook", ToCompany, "Meta Platforms Ireland"),
                Has("facebook", Objection, "UK GDPR"),
                Has("facebook", Complaint, "Information Commissioner's Office"),
                Lacks("facebook", Complaint, "Meta Platforms Ireland"),
                // No EU lead authority for a UK company.
                Lacks("facebook", Complaint, "Data Protection Commission"),
            ],
            deadlines_en("facebook").to_vec(),
        ].concat(),
    };
    de_hamburg_meta_no_account => Case {
        lang: Lang::DE,
        person: person("Jonas Petersen", "Elbchaussee 3\n22763 Hamburg", "jonas@example.org", "DE-HH", &["third-persons"], "Mein Sportverein veröffentlicht Mannschaftsfotos von mir."),
        accounts: vec![],
        platforms: &["meta-no-account"],
        facts: vec![
            // The letter names both services the route covers.
            Has("meta-no-account", Complaint, "Facebook und Instagram"),
            Has("meta-no-account", Objection, "ohne eigenes Konto"),
            Has("meta-no-account", Objection, "Mannschaftsfotos"),
            Has("meta-no-account", ToCompany, "Meta Platforms Ireland Limited"),
            // No account: nothing that only an account holder can say.
            Lacks("meta-no-account", ToCompany, "Benutzername"),
            Has("meta-no-account", Complaint, "Hamburgische Beauftragte für Datenschutz und Informationsfreiheit"),
            Has("meta-no-account", Objection, "Art. 21 Abs. 1"),
        ],
    };
    en_ireland_meta_no_account => Case {
        lang: Lang::EN,
        person: person("Aoife Byrne", "12 Main Street\nGalway H91 XXXX", "aoife@example.ie", "IE", &[], ""),
        accounts: vec![],
        platforms: &["meta-no-account"],
        facts: vec![
            Has("meta-no-account", ToCompany, "Meta Platforms Ireland Limited"),
            // The competent authority is the lead authority itself.
            Has("meta-no-account", Complaint, "Data Protection Commission\n21 Fitzwilliam Square South"),
            Lacks("meta-no-account", Complaint, "lead supervisory authority"),
            Lacks("meta-no-account", ToCompany, "username"),
        ],
    };
    de_nrw_slack => Case {
        lang: Lang::DE,
        person: person("Deniz Yılmaz", "Königsallee 1\n40212 Düsseldorf", "deniz@firma.example", "DE-NW", &["professional-secrecy"], ""),
        accounts: vec![account("slack", "firma.slack.com", "deniz@firma.example", false)],
        platforms: &["slack"],
        facts: vec![
            // Only the workspace owner can opt out: a member asks them, the owner writes to Slack.
            Has("slack", SlackMember, "firma.slack.com"),
            Has("slack", SlackOwner, "firma.slack.com"),
            Has("slack", SlackOwner, "[to] feedback@slack.com"),
            Has("slack", ToCompany, "Slack Technologies Limited"),
            Has("slack", Complaint, "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen"),
        ],
    };
    en_uk_slack => Case {
        lang: Lang::EN,
        person: person("Priya Shah", "5 King Street\nLondon EC2V 8AA", "priya@studio.example", "GB", &[], ""),
        accounts: vec![account("slack", "studio-shah.slack.com", "priya@studio.example", false)],
        platforms: &["slack"],
        facts: vec![
            Has("slack", SlackMember, "studio-shah.slack.com"),
            Has("slack", SlackOwner, "[to] feedback@slack.com"),
            Has("slack", Objection, "UK GDPR"),
            Has("slack", Complaint, "Information Commissioner's Office"),
        ],
    };
    de_nothing_entered_tiktok => Case {
        lang: Lang::DE,
        person: Person::default(),
        accounts: vec![account("tiktok", "", "", false)],
        platforms: &["tiktok"],
        facts: vec![
            // Nothing is invented: what is missing is marked, and no complaint without a residence.
            Has("tiktok", Objection, "[Ihr Name]"),
            Has("tiktok", Objection, "[Benutzername oder E-Mail-Adresse]"),
            NoComplaint("tiktok"),
            Has("tiktok", ToCompany, "TikTok Technology Limited"),
            Has("tiktok", Objection, "Art. 21 Abs. 1 DSGVO"),
        ],
    };
    de_liechtenstein_tiktok => Case {
        lang: Lang::DE,
        person: person("Nina Frick", "Städtle 1\n9490 Vaduz", "nina@example.li", "LI", &["public-role", "memorisation"], ""),
        accounts: vec![account("tiktok", "@ninafrick", "nina@example.li", false)],
        platforms: &["tiktok"],
        facts: [
            vec![
                // Liechtenstein is in the EEA: the GDPR, the EU company, its own authority.
                Has("tiktok", Objection, "Art. 21 Abs. 1 DSGVO"),
                Has("tiktok", ToCompany, "TikTok Technology Limited"),
                Lacks("tiktok", ToCompany, "TikTok Information Technologies UK"),
                Has("tiktok", Complaint, "Datenschutzstelle Liechtenstein"),
                // Both chosen reasons, in the objection.
                Has("tiktok", Objection, "Ich bin öffentlich tätig"),
                Has("tiktok", Objection, "Trainingsdaten speichern und auf passende Fragen wiedergeben"),
            ],
            deadlines_de("tiktok").to_vec(),
        ].concat(),
    };
    de_germany_without_state_linkedin => Case {
        lang: Lang::DE,
        person: person("Tom Weber", "", "tom@example.org", "DE", &[], ""),
        accounts: vec![account("linkedin", "", "tom@example.org", false)],
        platforms: &["linkedin"],
        facts: vec![
            // In Germany the state decides the authority; the federal one is not for companies.
            NoComplaint("linkedin"),
            Has("linkedin", ToCompany, "LinkedIn Ireland Unlimited Company"),
            Has("linkedin", Objection, "tom@example.org"),
        ],
    };
    en_uk_linkedin => Case {
        lang: Lang::EN,
        person: person("Oliver Smith", "2 Market Street\nLeeds LS1 6DT", "oliver@example.co.uk", "GB", &[], ""),
        accounts: vec![account("linkedin", "linkedin.com/in/oliversmith", "oliver@example.co.uk", false)],
        platforms: &["linkedin"],
        facts: [
            vec![
                Has("linkedin", ToCompany, "LinkedIn Corporation"),
                Has("linkedin", ToCompany, "1000 W Maude Avenue"),
                Lacks("linkedin", ToCompany, "Wilton Plaza"),
                Lacks("linkedin", ToCompany, "LinkedIn Ireland"),
                Has("linkedin", Objection, "Art. 21(1) UK GDPR"),
                Has("linkedin", Complaint, "Information Commissioner's Office"),
            ],
            deadlines_en("linkedin").to_vec(),
        ].concat(),
    };
    en_uk_reddit => Case {
        lang: Lang::EN,
        person: person("Amelia Jones", "9 Castle Street\nCardiff CF10 1BS", "amelia@example.co.uk", "GB", &["own-privacy"], ""),
        accounts: vec![account("reddit", "u/ameliaj", "amelia@example.co.uk", false)],
        platforms: &["reddit"],
        facts: vec![
            // The US company by post c/o its UK representative; the e-mail to it, the representative in copy.
            Has("reddit", ToCompany, "Reddit, Inc.\nc/o Reddit UK Limited\n5 New Street Square"),
            Has("reddit", ToCompany, "[to] redditdatarequests@reddit.com"),
            Has("reddit", ToCompany, "[cc] ukrepresentative@reddit.com"),
            Has("reddit", Objection, "representative under Art. 27 UK GDPR: Reddit UK Limited"),
            Lacks("reddit", ToCompany, "Reddit Netherlands"),
            Has("reddit", Complaint, "Information Commissioner's Office"),
        ],
    };
    de_berlin_reddit => Case {
        lang: Lang::DE,
        person: person("Jana Schulz", "Torstraße 8\n10119 Berlin", "jana@example.org", "DE-BE", &["own-privacy"], ""),
        accounts: vec![account("reddit", "u/janas", "jana@example.org", false)],
        platforms: &["reddit"],
        facts: [
            vec![
                Has("reddit", ToCompany, "Reddit Netherlands B.V."),
                Has("reddit", ToCompany, "[to] dpo@reddit.com"),
                Lacks("reddit", ToCompany, "[cc]"),
                Lacks("reddit", ToCompany, "Art. 27"),
                Lacks("reddit", ToCompany, "Reddit UK"),
                Has("reddit", Complaint, "Berliner Beauftragte für Datenschutz und Informationsfreiheit"),
                // The company's lead authority is in the Netherlands.
                Has("reddit", Complaint, "Autoriteit Persoonsgegevens"),
            ],
            deadlines_de("reddit").to_vec(),
        ].concat(),
    };
    de_austria_grok => Case {
        lang: Lang::DE,
        person: person("Paul Wimmer", "Landstraße 4\n4020 Linz", "paul@example.at", "AT", &[], ""),
        accounts: vec![account("grok", "", "paul@example.at", false)],
        platforms: &["grok"],
        facts: vec![
            // A company outside Europe: by post to its EU representative, by e-mail with it in copy.
            Has("grok", ToCompany, "X.AI LLC\nc/o Lionheart Squared (Europe) Ltd"),
            Has("grok", ToCompany, "[to] privacy@x.ai"),
            Has("grok", ToCompany, "[cc] xai@lionheartsquared.eu"),
            Lacks("grok", ToCompany, "lionheartsquared.co.uk"),
            Has("grok", Objection, "Art. 27"),
            Has("grok", Complaint, "Österreichische Datenschutzbehörde"),
            // No establishment in the EU, so no lead authority to forward to.
            Lacks("grok", Complaint, "An Coimisiún um Chosaint Sonraí"),
        ],
    };
    de_bayern_deepseek => Case {
        lang: Lang::DE,
        person: person("Sophie Bauer", "Ludwigstraße 2\n80539 München", "sophie@example.org", "DE-BY", &["professional-secrecy"], ""),
        accounts: vec![account("deepseek", "", "sophie@example.org", false)],
        platforms: &["deepseek"],
        facts: vec![
            // No postal address published: the letter is an e-mail, the representative in copy.
            Has("deepseek", ToCompany, "Hangzhou DeepSeek Artificial Intelligence Co., Ltd."),
            Has("deepseek", ToCompany, "[to] privacy@deepseek.com"),
            Has("deepseek", ToCompany, "[cc] rep_deepseek@prighter.com"),
            Has("deepseek", Complaint, "Bayerisches Landesamt für Datenschutzaufsicht"),
            Has("deepseek", Objection, "bis zum 23. Dezember 2026"),
        ],
    };
    fr_france_tiktok => Case {
        lang: Lang::from_code("fr").unwrap(),
        person: person("Camille Martin", "3 rue de Rivoli\n75001 Paris", "camille@example.fr", "FR", &["minor-at-posting"], "J'ai commencé à publier à 14 ans."),
        accounts: vec![account("tiktok", "camillem", "camille@example.fr", false)],
        platforms: &["tiktok"],
        facts: [
            vec![
                Has("tiktok", ToCompany, "TikTok Technology Limited"),
                // The company is in Ireland; the address says so in French.
                Has("tiktok", ToCompany, "Irlande"),
                Has("tiktok", Objection, "article 21, paragraphe 1, du RGPD"),
                Has("tiktok", Objection, "article 6, paragraphe 1, point f), du RGPD"),
                Has("tiktok", Objection, "J'ai commencé à publier à 14 ans."),
                Lacks("tiktok", Objection, "LPD"),
                // The complaint goes to the CNIL, by its French name, citing Art. 77(1).
                Has("tiktok", Complaint, "Commission nationale de l'informatique et des libertés"),
                Has("tiktok", Complaint, "article 77, paragraphe 1, du RGPD"),
                Lacks("tiktok", Complaint, "French Data Protection Authority"),
                // The company's lead authority is the Irish one (no French name: the English one).
                Has("tiktok", Complaint, "Data Protection Commission"),
                Has("tiktok", Complaint, "article 56 du RGPD"),
            ],
            french_letter("tiktok").to_vec(),
            deadlines_fr("tiktok").to_vec(),
        ].concat(),
    };
    fr_belgium_facebook => Case {
        lang: Lang::from_code("fr").unwrap(),
        person: person("Lucie Dubois", "Rue Haute 12\n1000 Bruxelles", "lucie@example.be", "BE", &["children"], ""),
        accounts: vec![account("facebook", "lucie.dubois", "lucie@example.be", false)],
        platforms: &["facebook"],
        facts: [
            vec![
                Has("facebook", ToCompany, "Meta Platforms Ireland Limited"),
                Has("facebook", ToCompany, "Irlande"),
                // The Belgian authority by its French name (it has one in each national language).
                Has("facebook", Complaint, "Autorité de protection des données"),
                Lacks("facebook", Complaint, "Gegevensbeschermingsautoriteit"),
                Has("facebook", Complaint, "article 77, paragraphe 1, du RGPD"),
                Has("facebook", Complaint, "Data Protection Commission"),
            ],
            french_letter("facebook").to_vec(),
            deadlines_fr("facebook").to_vec(),
        ].concat(),
    };
    fr_luxembourg_linkedin => Case {
        lang: Lang::from_code("fr").unwrap(),
        person: person("Marc Weber", "2 rue du Fort\nL-1234 Luxembourg", "marc@example.lu", "LU", &[], ""),
        accounts: vec![account("linkedin", "marcweber", "", false)],
        platforms: &["linkedin"],
        facts: [
            vec![
                Has("linkedin", ToCompany, "LinkedIn Ireland Unlimited Company"),
                Has("linkedin", Complaint, "Commission nationale pour la protection des données"),
                Has("linkedin", Complaint, "article 77, paragraphe 1, du RGPD"),
            ],
            french_letter("linkedin").to_vec(),
            deadlines_fr("linkedin").to_vec(),
        ].concat(),
    };
    fr_switzerland_facebook => Case {
        lang: Lang::from_code("fr").unwrap(),
        person: person("Élodie Favre", "Rue du Rhône 5\n1204 Genève", "elodie@example.ch", "CH", &["own-privacy"], ""),
        accounts: vec![account("facebook", "elodie.favre", "elodie@example.ch", false)],
        platforms: &["facebook"],
        facts: [
            vec![
                // Swiss law first, and the GDPR where the company is in the EU.
                Has("facebook", Objection, "art. 30, al. 2, let. b, LPD"),
                Has("facebook", Objection, "article 21, paragraphe 1, du RGPD"),
                Has("facebook", ToCompany, "Meta Platforms Ireland Limited"),
                Has("facebook", ToCompany, "Irlande"),
                // A report to the PFPDT (EDÖB), in French, not a GDPR complaint.
                Has("facebook", Complaint, "Préposé fédéral à la protection des données et à la transparence"),
                Has("facebook", Complaint, "Dénonciation"),
                Has("facebook", Complaint, "art. 32 LPD"),
                Lacks("facebook", Complaint, "article 77, paragraphe 1"),
            ],
            french_letter("facebook").to_vec(),
            deadlines_fr("facebook").to_vec(),
        ].concat(),
    };
    en_france_tiktok_minor_at_posting => Case {
        lang: Lang::EN,
        person: person("Camille Martin", "3 rue de Rivoli\n75001 Paris", "camille@example.fr", "FR", &["minor-at-posting"], "I started posting at 14."),
        accounts: vec![account("tiktok", "camillem", "camille@example.fr", false)],
        platforms: &["tiktok"],
        facts: [
            vec![
                Has("tiktok", ToCompany, "TikTok Technology Limited"),
                Lacks("tiktok", ToCompany, "TikTok Information Technologies UK"),
                Has("tiktok", Objection, "I started posting at 14."),
                Has("tiktok", Objection, "Recitals 38 and 65 GDPR"),
                Has("tiktok", Complaint, "French Data Protection Authority (CNIL)"),
                // The company's lead authority is the Irish one.
                Has("tiktok", Complaint, "Data Protection Commission"),
            ],
            deadlines_en("tiktok").to_vec(),
        ].concat(),
    };
}

/// A snapshot without its case would never be checked again.
#[test]
fn every_snapshot_belongs_to_a_case() {
    let names: Vec<&str> = all_cases().iter().map(|(n, _)| *n).collect();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let stem = file.strip_suffix(".snap").unwrap_or_else(|| {
            panic!(
                "tests/golden/{file}: only .snap files (a .snap.new awaits `cargo insta review`)"
            )
        });
        assert!(names.contains(&stem), "tests/golden/{file} has no case");
    }
}

/// Regression: the browser loads one language's data only; letters made from it lost the country
/// line of foreign addresses. Every case must come out the same from the browser's data.
#[test]
fn the_browser_data_makes_the_same_letters() {
    let c = catalog();
    for (name, case) in all_cases() {
        let one = Catalog::from_bytes(&c.to_bytes_for(case.lang)).unwrap();
        assert!(
            case.texts(c) == case.texts(&one),
            "{name}: the browser's data gives other letters"
        );
    }
}

fn texts_for(platform: &str, region: &str, lang: Lang) -> PlatformTexts {
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
        catalog: catalog(),
        person: &p,
        accounts: &accounts,
        today: day("2026-12-02"),
        sent_on: Some(day(SENT_ON)),
        reminder_on: None,
        lang,
    };
    generate(&req, &[platform.to_string()]).remove(0)
}

/// The record after a letter was ticked as sent for one service, for a person living in `region`.
fn record_of(platform: &str, region: &str) -> Vec<kiw_core::plan::RecordEntry> {
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
    kiw_core::plan::record(&s, catalog(), day("2026-12-02"))
}

/// A UK resident's letters, complaint and proof record name the UK company and never the EU one;
/// an EU resident's the other way round; a German state counts as Germany, and Switzerland keeps
/// the EU company.
#[test]
fn uk_and_eu_residents_get_their_own_company() {
    // (platform, UK company, EU company), as the fixture's records say.
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
        (
            "linkedin",
            "LinkedIn Corporation",
            "LinkedIn Ireland Unlimited Company",
        ),
        ("reddit", "Reddit, Inc.", "Reddit Netherlands B.V."),
        (
            "tiktok",
            "TikTok Information Technologies UK Limited",
            "TikTok Technology Limited",
        ),
    ];
    for (platform, uk, eu) in cases {
        for (region, yes, no) in [("GB", uk, eu), ("DE-BE", eu, uk), ("CH", eu, uk)] {
            let t = texts_for(platform, region, Lang::EN);
            for l in [&t.objection, &t.reminder, &t.refusal, &t.access] {
                assert_eq!(l.to[0], yes, "{platform} {region}");
                assert!(!l.plain_text().contains(no), "{platform} {region}: {no}");
            }
            let complaint = t.complaint.as_ref().expect("region is precise");
            assert!(
                complaint.body.contains(yes),
                "{platform} {region} complaint"
            );
            assert!(!complaint.body.contains(no), "{platform} {region}: {no}");
            assert_eq!(
                record_of(platform, region)[0].to,
                kiw_core::plan::Recipient::Company(yes.to_string()),
                "{platform} {region} proof record"
            );
        }
        // A UK company has no lead authority in the EU: no forwarding paragraph to Dublin.
        let gb = texts_for(platform, "GB", Lang::EN).complaint.unwrap();
        assert!(!gb.body.contains("An Coimisiún"), "{platform}");
    }
}

#[test]
fn representatives_receive_the_post_and_a_copy_of_the_e_mail() {
    // xAI: one representative per region, the e-mail always to the company itself.
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
        let t = texts_for("grok", region, Lang::EN);
        assert_eq!(t.objection.to[..2], ["X.AI LLC", rep], "{region}");
        assert_eq!(t.objection.to_email.as_deref(), Some("privacy@x.ai"));
        assert_eq!(t.objection.cc_email.as_deref(), Some(mail), "{region}");
    }
    // A letter too long for a link with its text: the link keeps the address and the copy.
    let o = texts_for("reddit", "GB", Lang::EN).objection;
    let link = o.mailto().or_else(|| o.mailto_without_body()).unwrap();
    assert!(link.starts_with("mailto:redditdatarequests@reddit.com?"));
    assert!(link.contains("cc=ukrepresentative@reddit.com&"), "{link}");
}

// ---------------------------------------------------------------------------------------------
// The complaint in a language the authority accepts

/// The authority accepts the person's language: written in it. It does not: written in the first
/// language it accepts that the tool speaks, and the person's own version is the copy to read.
#[test]
fn complaint_language_follows_the_authority() {
    use kiw_core::plan::complaint_language;
    let c = catalog();
    let fr = Lang::from_code("fr").unwrap();
    assert_eq!(complaint_language(c, "FR", Lang::DE), Some(fr));
    assert_eq!(complaint_language(c, "FR", fr), None);
    // Belgium's authority accepts French, Dutch and German.
    assert_eq!(complaint_language(c, "BE", Lang::DE), None);
    assert_eq!(complaint_language(c, "BE", Lang::EN), Some(fr));
    assert_eq!(complaint_language(c, "DE-HH", fr), Some(Lang::DE));
    // The Dutch authority accepts Dutch only, which the fixture does not speak: the person's own.
    assert_eq!(complaint_language(c, "NL", Lang::EN), None);
    // No source says (Austria in the fixture): the person's own.
    assert_eq!(complaint_language(c, "AT", fr), None);
}

/// The details step offers the tool's languages of the person's country when the page is in
/// none of them: Belgium on the English page gets French and German (the fixture has no Dutch).
#[test]
fn a_country_offers_its_languages() {
    use kiw_core::plan::region_languages;
    let c = catalog();
    let fr = Lang::from_code("fr").unwrap();
    assert_eq!(region_languages(c, "BE", Lang::EN), [fr, Lang::DE]);
    assert_eq!(region_languages(c, "BE", fr), []);
    assert_eq!(region_languages(c, "FR", Lang::DE), [fr]);
    assert_eq!(region_languages(c, "AT", Lang::EN), []);
    assert_eq!(region_languages(c, "", Lang::EN), []);
}

#[test]
fn a_german_speaker_in_france_complains_to_the_cnil_in_french() {
    use kiw_core::plan::plan_with;
    use kiw_core::state::{reduce, AccountField, Action, PersonField, State};
    let c = catalog();
    let mut s = reduce(State::default(), Action::SetLang(Lang::DE));
    s = reduce(s, Action::Toggle("tiktok".into()));
    let id = s
        .accounts
        .iter()
        .find(|a| a.platform == "tiktok")
        .map(|a| a.id);
    let id = match id {
        Some(id) => id,
        None => {
            s = reduce(s, Action::AddAccount("tiktok".into()));
            s.accounts.last().unwrap().id
        }
    };
    s = reduce(
        s,
        Action::EditAccount(id, AccountField::Username, "annab".into()),
    );
    s = reduce(
        s,
        Action::EditPerson(PersonField::Name, "Anna Beispiel".into()),
    );
    s = reduce(s, Action::EditPerson(PersonField::Region, "FR".into()));
    let fr = Lang::from_code("fr").unwrap();
    assert_eq!(
        kiw_core::plan::letter_languages(&s, c),
        (None, Some(fr)),
        "letters to the company in German, the complaint in French"
    );
    let p = plan_with(&s, c, day(TODAY), false, &[(fr, c)]);
    let card = p.cards.iter().find(|k| k.platform == "tiktok").unwrap();
    assert_eq!((card.company_lang, card.complaint_lang), (None, Some(fr)));
    let send = card
        .texts
        .complaint
        .as_ref()
        .expect("a complaint in French")
        .plain_text();
    for fact in [
        "Commission nationale de l'informatique et des libertés",
        "article 77, paragraphe 1, du RGPD",
        "Anna Beispiel",
    ] {
        assert!(send.contains(fact), "{fact:?} not in:\n{send}");
    }
    assert!(!send.contains("DSGVO"), "{send}");
    let copy = card.copy.as_ref().expect("the German copy");
    let read = copy.complaint.as_ref().expect("a complaint").plain_text();
    assert!(read.contains("Art. 77 Abs. 1 DSGVO"), "{read}");
    // The letter to the company stays in German.
    assert!(card.texts.objection.body.contains("DSGVO"));
    // Until the French data is loaded, the complaint is the German one and there is no copy.
    let waiting = plan_with(&s, c, day(TODAY), false, &[]);
    let card = &waiting.cards[0];
    assert_eq!((card.complaint_lang, card.copy.is_none()), (None, true));
    assert!(card
        .texts
        .complaint
        .as_ref()
        .unwrap()
        .body
        .contains("DSGVO"));

    // Letters to companies in English, by choice; the complaint still in French.
    let s = reduce(s, Action::SetCompanyLang(Some(Lang::EN)));
    let p = plan_with(&s, c, day(TODAY), false, &[(fr, c), (Lang::EN, c)]);
    let card = &p.cards[0];
    assert_eq!(
        (card.company_lang, card.complaint_lang),
        (Some(Lang::EN), Some(fr))
    );
    for l in [
        &card.texts.objection,
        &card.texts.reminder,
        &card.texts.refusal,
        &card.texts.access,
    ] {
        assert!(
            l.body.contains("GDPR") && !l.body.contains("DSGVO"),
            "{}",
            l.body
        );
    }
    assert!(card.texts.objection.body.contains("Art. 21(1)"));
    assert!(card.texts.complaint.as_ref().unwrap().body.contains("RGPD"));
    let copy = card.copy.as_ref().unwrap();
    assert!(copy.objection.body.contains("Art. 21 Abs. 1 DSGVO"));
    // Choosing the page's own language changes nothing.
    let s = reduce(s, Action::SetCompanyLang(Some(Lang::DE)));
    assert_eq!(kiw_core::plan::letter_languages(&s, c).0, None);
}

// ---------------------------------------------------------------------------------------------
// The company's answer

/// An answer recorded on a card: one per service (a newer one replaces it), the fitting reply
/// letter where the answer asks for something, and the record and calendar with its date.
#[test]
fn an_answer_is_recorded_with_its_reply_and_dates() {
    use kiw_core::plan::{plan, record};
    use kiw_core::replies::KindId;
    use kiw_core::state::{reduce, AccountField, Action, ActionKind, PersonField, State};
    let c = catalog();
    let mut s = reduce(State::default(), Action::SetLang(Lang::DE));
    s = reduce(s, Action::Toggle("tiktok".into()));
    let id = s.accounts[0].id;
    s = reduce(
        s,
        Action::EditAccount(id, AccountField::Username, "annab".into()),
    );
    s = reduce(
        s,
        Action::EditPerson(PersonField::Name, "Anna Beispiel".into()),
    );
    s = reduce(s, Action::EditPerson(PersonField::Region, "DE-HH".into()));
    let tick = |s: State, action, date: &str| {
        reduce(
            s,
            Action::SetDone {
                platform: "tiktok".into(),
                account: None,
                action,
                date: Some(day(date)),
            },
        )
    };
    s = tick(s, ActionKind::Objection, "2026-10-20");
    s = tick(s, ActionKind::Answer(KindId::UseForm), "2026-11-02");
    let p = plan(&s, c, day(TODAY), false);
    let card = &p.cards[0];
    assert_eq!(card.answer, Some((KindId::UseForm, day("2026-11-02"))));
    let reply = card
        .reply
        .as_ref()
        .expect("the reply to 'use our form'")
        .plain_text();
    for fact in [
        "TikTok",
        "Art. 21 Abs. 1 und 5",
        "Art. 12 Abs. 2 DSGVO",
        "annab",
        "Anna Beispiel",
        "20. Oktober 2026",
    ] {
        assert!(reply.contains(fact), "{fact:?} not in:\n{reply}");
    }
    // The record: the objection, and the answer with its kind; the answer asks again for a month.
    let entries = record(&s, c, day(TODAY));
    let answer = entries
        .iter()
        .find(|e| matches!(e.action, ActionKind::Answer(_)))
        .expect("the answer in the record");
    assert_eq!(answer.date, day("2026-11-02"));
    assert_eq!(answer.answer_due, Some(day("2026-12-02")));
    // A newer answer replaces it: a refusal, whose reply is the existing refusal letter.
    s = tick(s, ActionKind::Answer(KindId::Refused), "2026-11-20");
    let answers: Vec<_> = s
        .done
        .iter()
        .filter(|d| matches!(d.action, ActionKind::Answer(_)))
        .collect();
    assert_eq!(answers.len(), 1, "{answers:?}");
    let p = plan(&s, c, day(TODAY), false);
    assert_eq!(
        p.cards[0].answer,
        Some((KindId::Refused, day("2026-11-20")))
    );
    assert!(p.cards[0].reply.is_none());
    let entries = record(&s, c, day(TODAY));
    let answer = entries
        .iter()
        .find(|e| matches!(e.action, ActionKind::Answer(_)))
        .unwrap();
    assert_eq!(
        answer.answer_due, None,
        "a refusal asks for a reply or a complaint, not a wait"
    );
}
