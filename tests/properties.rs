//! The letter engine over the live `data/`: with any text in any field it never panics, never
//! produces markup and keeps every form field within its limit; and for every platform, every
//! place a person can live and every language, every letter renders completely, names the right
//! company and authority and contains the legal elements. These are invariants, not pinned
//! prose: an editor's change of a word or an address in `data/` changes none of them.
#![cfg(not(target_arch = "wasm32"))]

use kiw_core::letters::{generate, Account, Letter, Person, PlatformTexts, Request};
use kiw_core::model::{Audience, Law};
use kiw_core::{Catalog, Date, Lang};
use proptest::prelude::*;
use std::sync::OnceLock;

fn catalog() -> &'static Catalog {
    static C: OnceLock<Catalog> = OnceLock::new();
    C.get_or_init(|| {
        let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        kiw_core::load::load_and_validate(&data, Date::parse("2026-11-23").unwrap())
            .unwrap_or_else(|f| panic!("{}", kiw_core::validate::report(&f)))
            .0
    })
}

/// Every language of the data.
fn langs(c: &Catalog) -> Vec<Lang> {
    c.languages.iter().map(|l| l.code).collect()
}

/// The articles every objection must name, by legal system (unknown residence: the GDPR's) and
/// language.
fn legal_elements(law: Option<Law>, lang: Lang) -> &'static [&'static str] {
    match (law, lang) {
        (Some(Law::Uk), Lang::EN) => &[
            "Art. 21(1) UK GDPR",
            "Art. 6(1)(f) UK GDPR",
            "Art. 12(3) UK GDPR",
            "Art. 18(1)(d) UK GDPR",
            "Art. 15 UK GDPR",
            "Art. 17(1)",
            "Art. 77 UK GDPR",
        ],
        (Some(Law::Uk), Lang::DE) => &[
            "Art. 21 Abs. 1 UK GDPR",
            "Art. 6 Abs. 1 lit. f UK GDPR",
            "Art. 12 Abs. 3 UK GDPR",
            "Art. 18 Abs. 1 lit. d UK GDPR",
            "Art. 15 UK GDPR",
            "Art. 17 Abs. 1",
            "Art. 77 UK GDPR",
        ],
        (Some(Law::Ch), Lang::DE) => &[
            "Art. 21 Abs. 1",
            "Art. 6 Abs. 1 lit. f DSGVO",
            "Art. 12 Abs. 3",
            "Art. 18 Abs. 1 lit. d",
            "Art. 15",
            "Art. 17 Abs. 1",
            "Art. 77",
            "Art. 30 Abs. 2 Bst. b DSG",
        ],
        (Some(Law::Ch), Lang::EN) => &[
            "Art. 21(1) GDPR",
            "Art. 6(1)(f) GDPR",
            "Art. 12(3) GDPR",
            "Art. 18(1)(d) GDPR",
            "Art. 15 GDPR",
            "Art. 17(1)",
            "Art. 77 GDPR",
            "Art. 30(2)(b) FADP",
        ],
        (_, Lang::DE) => &[
            "Art. 21 Abs. 1",
            "Art. 6 Abs. 1 lit. f DSGVO",
            "Art. 12 Abs. 3 DSGVO",
            "Art. 18 Abs. 1 lit. d DSGVO",
            "Art. 15 DSGVO",
            "Art. 17 Abs. 1",
            "Art. 77 DSGVO",
        ],
        (_, Lang::EN) => &[
            "Art. 21(1)",
            "Art. 6(1)(f) GDPR",
            "Art. 12(3) GDPR",
            "Art. 18(1)(d) GDPR",
            "Art. 15 GDPR",
            "Art. 17(1)",
            "Art. 77 GDPR",
        ],
        (law, l) if l.code() == "fr" => match law {
            Some(Law::Uk) => &[
                "article 21, paragraphe 1, du UK GDPR",
                "article 6, paragraphe 1, point f), du UK GDPR",
                "article 12, paragraphe 3, du UK GDPR",
                "article 18, paragraphe 1, point d), du UK GDPR",
                "article 15 du UK GDPR",
                "article 17, paragraphe 1",
                "article 77 du UK GDPR",
            ],
            Some(Law::Ch) => &[
                "article 21, paragraphe 1, du RGPD",
                "article 6, paragraphe 1, point f), du RGPD",
                "article 12, paragraphe 3, du RGPD",
                "article 18, paragraphe 1, point d), du RGPD",
                "article 15 du RGPD",
                "article 17, paragraphe 1",
                "article 77 du RGPD",
                "art. 30, al. 2, let. b, LPD",
            ],
            _ => &[
                "article 21, paragraphe 1, du RGPD",
                "article 6, paragraphe 1, point f), du RGPD",
                "article 12, paragraphe 3, du RGPD",
                "article 18, paragraphe 1, point d), du RGPD",
                "article 15 du RGPD",
                "article 17, paragraphe 1",
                "article 77 du RGPD",
            ],
        },
        (law, l) if l.code() == "es" => match law {
            Some(Law::Uk) => &[
                "artículo 21.1 del UK GDPR",
                "artículo 6.1, letra f), del UK GDPR",
                "artículo 12.3 del UK GDPR",
                "artículo 18.1, letra d), del UK GDPR",
                "artículo 15 del UK GDPR",
                "artículo 17.1",
                "artículo 77 del UK GDPR",
            ],
            Some(Law::Ch) => &[
                "artículo 21.1 del RGPD",
                "artículo 6.1, letra f), del RGPD",
                "artículo 12.3 del RGPD",
                "artículo 18.1, letra d), del RGPD",
                "artículo 15 del RGPD",
                "artículo 17.1",
                "artículo 77 del RGPD",
                "artículo 30.2, letra b), de la LPD",
            ],
            _ => &[
                "artículo 21.1 del RGPD",
                "artículo 6.1, letra f), del RGPD",
                "artículo 12.3 del RGPD",
                "artículo 18.1, letra d), del RGPD",
                "artículo 15 del RGPD",
                "artículo 17.1",
                "artículo 77 del RGPD",
            ],
        },
        (law, l) if l.code() == "nl" => match law {
            Some(Law::Uk) => &[
                "artikel 21, lid 1, UK GDPR",
                "artikel 6, lid 1, onder f, UK GDPR",
                "artikel 12, lid 3, UK GDPR",
                "artikel 18, lid 1, onder d, UK GDPR",
                "artikel 15 UK GDPR",
                "artikel 17, lid 1",
                "artikel 77 UK GDPR",
            ],
            Some(Law::Ch) => &[
                "artikel 21, lid 1, AVG",
                "artikel 6, lid 1, onder f, AVG",
                "artikel 12, lid 3, AVG",
                "artikel 18, lid 1, onder d, AVG",
                "artikel 15 AVG",
                "artikel 17, lid 1",
                "artikel 77 AVG",
                "artikel 30, lid 2, onder b, DSG",
            ],
            _ => &[
                "artikel 21, lid 1, AVG",
                "artikel 6, lid 1, onder f, AVG",
                "artikel 12, lid 3, AVG",
                "artikel 18, lid 1, onder d, AVG",
                "artikel 15 AVG",
                "artikel 17, lid 1",
                "artikel 77 AVG",
            ],
        },
        (law, l) if l.code() == "it" => match law {
            Some(Law::Uk) => &[
                "articolo 21, paragrafo 1, del UK GDPR",
                "articolo 6, paragrafo 1, lettera f), del UK GDPR",
                "articolo 12, paragrafo 3, del UK GDPR",
                "articolo 18, paragrafo 1, lettera d), del UK GDPR",
                "articolo 15 del UK GDPR",
                "articolo 17, paragrafo 1",
                "articolo 77 del UK GDPR",
            ],
            Some(Law::Ch) => &[
                "articolo 21, paragrafo 1, del GDPR",
                "articolo 6, paragrafo 1, lettera f), del GDPR",
                "articolo 12, paragrafo 3, del GDPR",
                "articolo 18, paragrafo 1, lettera d), del GDPR",
                "articolo 15 del GDPR",
                "articolo 17, paragrafo 1",
                "articolo 77 del GDPR",
                "art. 30 cpv. 2 lett. b LPD",
            ],
            _ => &[
                "articolo 21, paragrafo 1, del GDPR",
                "articolo 6, paragrafo 1, lettera f), del GDPR",
                "articolo 12, paragrafo 3, del GDPR",
                "articolo 18, paragrafo 1, lettera d), del GDPR",
                "articolo 15 del GDPR",
                "articolo 17, paragrafo 1",
                "articolo 77 del GDPR",
            ],
        },
        (law, l) if l.code() == "pl" => match law {
            Some(Law::Uk) => &[
                "art. 21 ust. 1 UK GDPR",
                "art. 6 ust. 1 lit. f UK GDPR",
                "art. 12 ust. 3 UK GDPR",
                "art. 18 ust. 1 lit. d UK GDPR",
                "art. 15 UK GDPR",
                "art. 17 ust. 1",
                "art. 77 UK GDPR",
            ],
            Some(Law::Ch) => &[
                "art. 21 ust. 1 RODO",
                "art. 6 ust. 1 lit. f RODO",
                "art. 12 ust. 3 RODO",
                "art. 18 ust. 1 lit. d RODO",
                "art. 15 RODO",
                "art. 17 ust. 1",
                "art. 77 RODO",
                "art. 30 ust. 2 lit. b DSG",
            ],
            _ => &[
                "art. 21 ust. 1 RODO",
                "art. 6 ust. 1 lit. f RODO",
                "art. 12 ust. 3 RODO",
                "art. 18 ust. 1 lit. d RODO",
                "art. 15 RODO",
                "art. 17 ust. 1",
                "art. 77 RODO",
            ],
        },
        _ => panic!("tests/properties.rs: add the legal elements of the letters in {lang:?}"),
    }
}

/// The one-month deadline's article (Art. 12(3)), in the wording of the letter's language.
fn deadline_article(lang: Lang) -> &'static str {
    match lang {
        Lang::DE => "Art. 12 Abs. 3",
        Lang::EN => "Art. 12(3)",
        l if l.code() == "fr" => "article 12, paragraphe 3",
        l if l.code() == "es" => "artículo 12.3",
        l if l.code() == "nl" => "artikel 12, lid 3",
        l if l.code() == "it" => "articolo 12, paragrafo 3",
        l if l.code() == "pl" => "art. 12 ust. 3",
        _ => panic!("tests/properties.rs: add the deadline article in {lang:?}"),
    }
}

/// The article a complaint rests on: Art. 77, or in Switzerland (no Art. 77) the Swiss Act's
/// objection article that the report to the EDÖB rests on.
fn complaint_article(law: Law, lang: Lang) -> &'static str {
    match (law, lang.code()) {
        (Law::Ch, "de") => "Art. 30 Abs. 2 Bst. b DSG",
        (Law::Ch, "en") => "Art. 30(2)(b) FADP",
        (Law::Ch, "fr") => "art. 30, al. 2, let. b, LPD",
        (Law::Ch, "es") => "artículo 30.2, letra b), de la LPD",
        (Law::Ch, "nl") => "artikel 30, lid 2, onder b, DSG",
        (Law::Ch, "it") => "art. 30 cpv. 2 lett. b LPD",
        (Law::Ch, "pl") => "art. 30 ust. 2 lit. b DSG",
        (_, "de" | "en") => "Art. 77",
        (_, "fr") => "article 77",
        (_, "es") => "artículo 77",
        (_, "nl") => "artikel 77",
        (_, "it") => "articolo 77",
        (_, "pl") => "art. 77",
        _ => panic!("tests/properties.rs: add the complaint's article in {lang:?}"),
    }
}

/// Any text, weighted towards the nasty kinds: markup, direction overrides, controls, emoji.
fn nasty_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[<>&\"'/a-z ]{0,40}"
            .prop_map(|s| format!("<script>{s}</script><img src=x onerror=alert(1)>")),
        "[\u{0590}-\u{05FF}\u{0600}-\u{06FF} ]{0,40}"
            .prop_map(|s| format!("\u{202E}{s}\u{202C}\u{200B}")),
        "[\u{0000}-\u{001F}\u{007F}]{0,20}",
        "[😀-🙏👩‍💻 ]{0,20}",
        Just(String::new()),
    ]
}

fn check(person: Person, accounts: Vec<Account>, lang: Lang) -> Result<(), TestCaseError> {
    let c = catalog();
    let platforms: Vec<String> = c.platforms.iter().map(|p| p.id.clone()).collect();
    let req = Request {
        catalog: c,
        person: &person,
        accounts: &accounts,
        today: Date::parse("2026-11-23").unwrap(),
        sent_on: None,
        reminder_on: None,
        lang,
    };
    for t in generate(&req, &platforms) {
        let mut letters = vec![&t.objection, &t.reminder, &t.refusal, &t.access];
        letters.extend(t.complaint.iter());
        if let Some((a, b)) = &t.slack {
            letters.push(a);
            letters.push(b);
        }
        for l in letters {
            let all = l.plain_text();
            prop_assert!(
                !all.contains('<') && !all.contains('>'),
                "markup in {:?} of {}",
                l.kind,
                t.platform
            );
            prop_assert!(
                !all.contains('\u{202E}') && !all.contains('\u{200B}'),
                "invisible override kept"
            );
            if let Some(m) = l.mailto() {
                prop_assert!(
                    m.bytes().all(|b| b.is_ascii_graphic()),
                    "mailto not fully encoded"
                );
            }
        }
        if c.platform(&t.platform)
            .is_some_and(|p| p.audience == Audience::Account)
        {
            for needle in legal_elements(c.region(&person.region).map(|r| r.law), lang) {
                prop_assert!(
                    t.objection.body.contains(needle),
                    "{} objection lacks {needle}",
                    t.platform
                );
            }
        }
        for f in &t.forms {
            for field in &f.fields {
                if let Some(max) = field.max_chars {
                    prop_assert!(
                        field.value.chars().count() <= max as usize,
                        "{} field {} over its limit",
                        t.platform,
                        field.label
                    );
                }
                prop_assert!(!field.value.contains('<'));
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn any_text_in_any_field_is_safe(
        name in nasty_text(), address in nasty_text(), email in nasty_text(), situation in nasty_text(), links in nasty_text(),
        user in nasty_text(), account_email in nasty_text(), linked in any::<bool>(),
        region in prop::sample::select(vec!["DE-BY", "DE", "AT", "CH", "GB", "FR", "LI", "", "XX", "DE-ZZ"]),
        reasons in prop::collection::vec(prop::sample::select(vec!["children", "safety", "creative-work", "unknown-reason", "own-privacy"]), 0..4),
        english in any::<bool>(),
    ) {
        let c = catalog();
        let accounts = c.platforms.iter().map(|p| Account { platform: p.id.clone(), username: user.clone(), email: account_email.clone(), own_email: true, linked, ..Account::default() }).collect();
        let person = Person { name, address, email, region: region.to_string(), reasons: reasons.iter().map(|r| r.to_string()).collect(), situation, post_links: links };
        let lang = if english { Lang::EN } else { Lang::DE };
        check(person, accounts, lang)?;
    }
}

#[test]
fn a_hundred_thousand_characters_everywhere() {
    let huge = "Ä<b>x</b> ".repeat(10_000);
    let c = catalog();
    let accounts: Vec<Account> = c
        .platforms
        .iter()
        .map(|p| Account {
            platform: p.id.clone(),
            username: huge.clone(),
            email: huge.clone(),
            own_email: true,
            linked: true,
            ..Account::default()
        })
        .collect();
    let reasons = c.reasons.iter().map(|r| r.id.clone()).collect();
    let person = Person {
        name: huge.clone(),
        address: huge.clone(),
        email: huge.clone(),
        region: "DE-BY".into(),
        reasons,
        situation: huge.clone(),
        post_links: huge,
    };
    check(person, accounts, Lang::DE).unwrap();
}

// ---------------------------------------------------------------------------------------------
// Every platform, every place, every language: invariants of the live data.

/// Today and the day the objection was sent, for the deterministic checks below.
const TODAY: &str = "2026-11-23";
const SENT_ON: &str = "2026-10-20";

fn day(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// A person who filled in everything, living in `region`, with one account on every platform.
fn complete_person(region: &str) -> (Person, Vec<Account>) {
    let c = catalog();
    let person = Person {
        name: "Alex Beispiel".into(),
        address: "Musterweg 1\n12345 Musterstadt".into(),
        email: "alex@example.org".into(),
        region: region.into(),
        reasons: c.reasons.iter().take(2).map(|r| r.id.clone()).collect(),
        situation: "Meine eigenen Worte.".into(),
        post_links: "https://example.org/post/1".into(),
    };
    let accounts = c
        .platforms
        .iter()
        .filter(|p| p.audience == Audience::Account)
        .enumerate()
        .map(|(i, p)| Account {
            id: i as u32,
            platform: p.id.clone(),
            username: format!("alex-{}", p.id),
            email: "alex@example.org".into(),
            own_email: false,
            linked: false,
        })
        .collect();
    (person, accounts)
}

fn texts_for(c: &Catalog, region: &str, lang: Lang) -> Vec<PlatformTexts> {
    let (person, accounts) = complete_person(region);
    let req = Request {
        catalog: c,
        person: &person,
        accounts: &accounts,
        today: day(TODAY),
        sent_on: Some(day(SENT_ON)),
        reminder_on: None,
        lang,
    };
    let ids: Vec<String> = c.platforms.iter().map(|p| p.id.clone()).collect();
    generate(&req, &ids)
}

fn letters(t: &PlatformTexts) -> Vec<&Letter> {
    let mut all = vec![&t.objection, &t.reminder, &t.refusal, &t.access];
    all.extend(t.complaint.iter());
    if let Some((a, b)) = &t.slack {
        all.push(a);
        all.push(b);
    }
    all
}

/// For every platform, region and language: no placeholder left unrendered and nothing marked
/// missing (the person gave everything); the company for that country in every letter; the
/// legal elements and the Art. 12(3) deadline dates; a complaint to the authority of the
/// residence wherever the residence is precise enough.
#[test]
fn every_letter_of_every_platform_in_every_place_and_language_is_complete() {
    let c = catalog();
    let mut checked = 0;
    for region in &c.regions {
        let has_states = c.states_of(&region.code).next().is_some();
        for lang in langs(c) {
            for t in texts_for(c, &region.code, lang) {
                let p = c.platform(&t.platform).unwrap();
                let at = format!("{} / {} / {}", p.id, region.code, lang.code());
                for l in letters(&t) {
                    let text = l.plain_text();
                    assert!(
                        !text.contains(['{', '}']),
                        "{at}: {:?} has an unrendered placeholder:\n{text}",
                        l.kind
                    );
                    // Missing values are written as "[Ihr Name]" / "[your name]".
                    assert!(
                        !text.contains('['),
                        "{at}: {:?} marks something as missing:\n{text}",
                        l.kind
                    );
                    assert!(!l.subject.trim().is_empty(), "{at}: {:?}", l.kind);
                    checked += 1;
                }
                // The company responsible for people living there, in every letter to it.
                let company = &c.controller_for(p, &region.code).unwrap().name;
                for l in [&t.objection, &t.reminder, &t.refusal, &t.access] {
                    assert_eq!(&l.to[0], company, "{at}: {:?}", l.kind);
                }
                // One month from the letter (objection) or from sending it (follow-ups).
                let o = &t.objection.body;
                assert!(
                    o.contains(&c.long_date(day(TODAY).add_months(1), lang)),
                    "{at}: objection without its deadline"
                );
                let r = &t.reminder.body;
                assert!(
                    r.contains(&c.long_date(day(SENT_ON), lang))
                        && r.contains(&c.long_date(day(SENT_ON).add_months(1), lang))
                        && r.contains(deadline_article(lang)),
                    "{at}: reminder without the date sent and the deadline"
                );
                if p.audience == Audience::Account {
                    for needle in legal_elements(Some(region.law), lang) {
                        assert!(o.contains(needle), "{at}: objection lacks {needle}");
                    }
                }
                match (&t.complaint, has_states) {
                    (None, true) => {}
                    (Some(_), true) => panic!("{at}: a complaint without knowing the state"),
                    (None, false) => panic!("{at}: no complaint"),
                    (Some(l), false) => {
                        let a = c.competent_authority(&region.code).unwrap();
                        // Its official name in the letter's language, else the English one.
                        assert!(
                            l.to[0] == a.postal_name(lang),
                            "{at}: complaint to {:?}, not {}",
                            l.to[0],
                            a.name_en
                        );
                        // Switzerland has no Art. 77: the report to the EDÖB rests on the
                        // Swiss Act's objection article.
                        let article = complaint_article(region.law, lang);
                        assert!(l.body.contains(article), "{at}: complaint lacks {article}");
                    }
                }
            }
        }
    }
    assert!(checked > 10_000, "{checked} letters");
}

/// The same service for people in different countries: each gets the company the data names for
/// their country, and no letter to them names another country's company.
#[test]
fn each_country_gets_its_own_company() {
    let c = catalog();
    for p in &c.platforms {
        let default = &c.controller(&p.controller).unwrap().name;
        for entry in &p.controller_for {
            let regional = &c.controller(&entry.controller).unwrap().name;
            for region in &entry.regions {
                for lang in langs(c) {
                    let t = texts_for(c, region, lang);
                    let t = t.iter().find(|t| t.platform == p.id).unwrap();
                    assert_eq!(&t.objection.to[0], regional, "{} {region}", p.id);
                    for l in letters(t) {
                        if regional != default {
                            assert!(
                                !l.plain_text().contains(default.as_str()),
                                "{} {region}: {:?} names {default}",
                                p.id,
                                l.kind
                            );
                        }
                    }
                }
            }
            // And someone in Germany gets the platform's own company, not this one.
            let t = texts_for(c, "DE-BE", Lang::DE);
            let t = t.iter().find(|t| t.platform == p.id).unwrap();
            assert_eq!(&t.objection.to[0], default, "{} DE-BE", p.id);
            if regional != default {
                assert!(!t.objection.plain_text().contains(regional.as_str()));
            }
        }
    }
}

/// Where the only way is a letter, the way's e-mail address is the one the letters use.
#[test]
fn e_mail_routes_and_letters_agree() {
    let c = catalog();
    let texts = texts_for(c, "DE-BE", Lang::DE);
    for p in c
        .platforms
        .iter()
        .filter(|p| p.opt_out == kiw_core::model::OptOutKind::None)
    {
        let t = texts.iter().find(|t| t.platform == p.id).unwrap();
        for r in p
            .routes
            .iter()
            .filter(|r| r.device == kiw_core::model::Device::Email)
        {
            let Some(addr) = r.link.as_deref().and_then(|l| l.strip_prefix("mailto:")) else {
                continue;
            };
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

/// Regression: the browser loads one language's data only; letters made from it lost the country
/// line of foreign addresses. Every platform's letters come out the same from it.
#[test]
fn the_browser_data_makes_the_same_letters() {
    let c = catalog();
    for lang in langs(c) {
        let one = Catalog::from_bytes(&c.to_bytes_for(lang)).unwrap();
        for region in ["DE-BY", "AT", "CH", "GB", "FR"] {
            assert!(
                texts_for(c, region, lang) == texts_for(&one, region, lang),
                "{region} {lang:?}: the browser's data gives other letters"
            );
        }
    }
}
