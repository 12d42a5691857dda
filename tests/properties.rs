//! Property tests of the letter engine with any text in any field: it never panics, never
//! produces markup, keeps every legal element, and keeps every form field within its limit.
#![cfg(not(target_arch = "wasm32"))]

use kiw_core::letters::{generate, Account, Person, Request};
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

/// The articles every objection must name, by legal system and language.
fn legal_elements(region: &str, lang: Lang) -> &'static [&'static str] {
    match (region, lang) {
        ("GB", Lang::En) => &[
            "Art. 21(1)",
            "Art. 6(1)(f) UK GDPR",
            "Art. 12(3) UK GDPR",
            "Art. 18(1)(d) UK GDPR",
            "Art. 15 UK GDPR",
            "Art. 17(1)",
            "Art. 77 UK GDPR",
        ],
        ("CH", Lang::De) => &[
            "Art. 21 Abs. 1",
            "Art. 6 Abs. 1 lit. f DSGVO",
            "Art. 12 Abs. 3",
            "Art. 18 Abs. 1 lit. d",
            "Art. 15",
            "Art. 17 Abs. 1",
            "Art. 77",
            "Art. 30 Abs. 2 Bst. b DSG",
        ],
        (_, Lang::De) => &[
            "Art. 21 Abs. 1",
            "Art. 6 Abs. 1 lit. f DSGVO",
            "Art. 12 Abs. 3 DSGVO",
            "Art. 18 Abs. 1 lit. d DSGVO",
            "Art. 15 DSGVO",
            "Art. 17 Abs. 1",
            "Art. 77 DSGVO",
        ],
        (_, Lang::En) => &[
            "Art. 21(1)",
            "Art. 6(1)(f) GDPR",
            "Art. 12(3) GDPR",
            "Art. 18(1)(d) GDPR",
            "Art. 15 GDPR",
            "Art. 17(1)",
            "Art. 77 GDPR",
        ],
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
            .is_some_and(|p| p.audience == kiw_core::model::Audience::Account)
        {
            for needle in legal_elements(&person.region, lang) {
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
        let lang = if english { Lang::En } else { Lang::De };
        // The article lists above exist for UK letters in English and Swiss letters in German.
        prop_assume!(!(region == "GB" && !english || region == "CH" && english));
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
    check(person, accounts, Lang::De).unwrap();
}
