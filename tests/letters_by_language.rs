//! The letters of each language of the tool, checked against facts a person wrote down by hand
//! from the GDPR's text in that language (how it cites its articles) and the dates, and against
//! the data for names and addresses (the company, its country, the person's own authority), so
//! that an editor who corrects an address or a wording changes no test here.
//! A complaint whose language differs from the person's goes in the authority's language.
#![cfg(not(target_arch = "wasm32"))]

use kiw_core::letters::{generate, Account, Person, Request};
use kiw_core::plan::plan_with;
use kiw_core::state::{reduce, AccountField, Action, ActionKind, PersonField, State};
use kiw_core::{Catalog, Date, Lang};
use std::path::Path;
use std::sync::OnceLock;

fn catalog() -> &'static Catalog {
    static C: OnceLock<Catalog> = OnceLock::new();
    C.get_or_init(|| {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        match kiw_core::load::load_and_validate(&data, day("2026-12-02")) {
            Ok((c, _)) => c,
            Err(f) => panic!("{}", kiw_core::validate::report(&f)),
        }
    })
}

fn day(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// Kim's texts for TikTok (account "kimm"), living in `region`, written in `lang` on `today`,
/// the objection sent on `sent_on` and a follow-up on `reminder_on`.
fn tiktok_texts(
    lang: Lang,
    region: &str,
    today: &str,
    sent_on: &str,
    reminder_on: Option<&str>,
) -> kiw_core::letters::PlatformTexts {
    let person = Person {
        name: "Kim Muster".into(),
        region: region.into(),
        ..Person::default()
    };
    let accounts = [Account {
        platform: "tiktok".into(),
        username: "kimm".into(),
        ..Account::default()
    }];
    let req = Request {
        catalog: catalog(),
        person: &person,
        accounts: &accounts,
        today: day(today),
        sent_on: Some(day(sent_on)),
        reminder_on: reminder_on.map(day),
        lang,
    };
    generate(&req, &["tiktok".to_string()]).pop().unwrap()
}

struct Case {
    lang: &'static str,
    region: &'static str,
    /// In the objection to TikTok's company, written on 23 November 2026: the law's articles
    /// as that language cites them, and the deadline date.
    objection: &'static [&'static str],
    /// In the complaint to the person's authority, objection sent on 20 October 2026.
    complaint: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        lang: "it",
        region: "IT",
        objection: &[
            "articolo 21, paragrafo 1, del GDPR",
            "articolo 6, paragrafo 1, lettera f), del GDPR",
            "23 dicembre 2026",
        ],
        complaint: &["articolo 77, paragrafo 1, del GDPR", "20 ottobre 2026"],
    },
    Case {
        lang: "es",
        region: "ES",
        objection: &[
            "artículo 21.1 del RGPD",
            "artículo 6.1, letra f), del RGPD",
            "23 de diciembre de 2026",
        ],
        complaint: &["artículo 77.1 del RGPD", "20 de octubre de 2026"],
    },
    Case {
        lang: "nl",
        region: "NL",
        objection: &[
            "artikel 21, lid 1, AVG",
            "artikel 6, lid 1, onder f, AVG",
            "23 december 2026",
        ],
        complaint: &["artikel 77, lid 1, AVG", "20 oktober 2026"],
    },
    Case {
        lang: "pl",
        region: "PL",
        objection: &[
            "art. 21 ust. 1 RODO",
            "art. 6 ust. 1 lit. f RODO",
            "23 grudnia 2026 r.",
        ],
        complaint: &["art. 77 ust. 1 RODO", "20 października 2026 r."],
    },
];

#[test]
fn each_language_writes_the_letters_people_in_its_country_need() {
    let c = catalog();
    for case in CASES {
        let lang = Lang::from_code(case.lang).unwrap();
        let t = tiktok_texts(lang, case.region, "2026-11-23", "2026-10-20", None);
        let objection = t.objection.plain_text();
        for fact in case.objection {
            assert!(
                objection.contains(fact),
                "{}: objection lacks {fact:?}:\n{objection}",
                case.lang
            );
        }
        // The company for the person's country, and its country in the letter's language, as
        // the data names them (an editor's correction changes no test).
        let tiktok = c.platform("tiktok").unwrap();
        let company = c.controller_for(tiktok, case.region).unwrap();
        assert!(
            objection.contains(&company.name),
            "{}: {objection}",
            case.lang
        );
        let country = c
            .country_name(company.country.as_deref().unwrap(), lang)
            .unwrap();
        assert!(objection.contains(country), "{}: {country}", case.lang);
        let complaint = t.complaint.expect("a complaint").plain_text();
        // The person's own authority, by its name in the letter's language, with its address.
        let authority = c.competent_authority(case.region).unwrap();
        assert!(
            complaint.contains(&authority.name_in(lang))
                && complaint.contains(&authority.address[0]),
            "{}: {complaint}",
            case.lang
        );
        for fact in case.complaint {
            assert!(
                complaint.contains(fact),
                "{}: complaint lacks {fact:?}:\n{complaint}",
                case.lang
            );
        }
        // Nothing of another language's law names.
        for other in ["DSGVO", "RGPD", "AVG", "RODO"]
            .iter()
            .filter(|n| !case.objection.iter().any(|f| f.contains(*n)))
        {
            assert!(
                !objection.contains(other),
                "{}: {other} in\n{objection}",
                case.lang
            );
        }
    }
}

/// A Polish speaker living in Spain: the objection in Polish, the complaint to the AEPD in
/// Spanish (it accepts Spanish only), with the Polish one to read.
#[test]
fn a_complaint_goes_in_a_language_the_authority_accepts() {
    let c = catalog();
    let pl = Lang::from_code("pl").unwrap();
    let es = Lang::from_code("es").unwrap();
    let mut s = reduce(State::default(), Action::SetLang(pl));
    s = reduce(s, Action::Toggle("tiktok".into()));
    let id = s.accounts[0].id;
    s = reduce(
        s,
        Action::EditAccount(id, AccountField::Username, "kimm".into()),
    );
    s = reduce(
        s,
        Action::EditPerson(PersonField::Name, "Kim Muster".into()),
    );
    s = reduce(s, Action::EditPerson(PersonField::Region, "ES".into()));
    s = reduce(
        s,
        Action::SetDone {
            platform: "tiktok".into(),
            account: None,
            action: ActionKind::Objection,
            date: Some(day("2026-10-20")),
        },
    );
    let p = plan_with(&s, c, day("2026-11-23"), false, &[(es, c)]);
    let card = &p.cards[0];
    assert_eq!(card.complaint_lang, Some(es));
    let send = card.texts.complaint.as_ref().unwrap().plain_text();
    for fact in [
        "Agencia Española de Protección de Datos",
        "artículo 77.1 del RGPD",
        "Muy señores míos:",
        "20 de octubre de 2026",
    ] {
        assert!(send.contains(fact), "{fact:?} not in:\n{send}");
    }
    let read = card
        .copy
        .as_ref()
        .unwrap()
        .complaint
        .as_ref()
        .unwrap()
        .plain_text();
    assert!(
        read.contains("art. 77 ust. 1 RODO") && read.contains("Szanowni Państwo,"),
        "{read}"
    );
    assert!(card.texts.objection.body.contains("art. 21 ust. 1 RODO"));
}

/// A reminder sent while the month for an answer still runs asks for the answer by that day,
/// in every language, and sets no period of its own (the 14 days are for a reminder after it).
#[test]
fn a_reminder_before_the_deadline_asks_for_the_answer_by_the_deadline() {
    // The deadline of an objection sent on 2 December 2026, as each language writes it.
    let facts = [
        ("de", "2. Januar 2027"),
        ("en", "2 January 2027"),
        ("fr", "2 janvier 2027"),
        ("it", "2 gennaio 2027"),
        ("es", "2 de enero de 2027"),
        ("nl", "2 januari 2027"),
        ("pl", "2 stycznia 2027"),
    ];
    for (code, deadline) in facts {
        let lang = Lang::from_code(code).unwrap();
        let early = tiktok_texts(lang, "DE-BE", "2026-12-20", "2026-12-02", None)
            .reminder
            .body;
        assert!(early.contains(deadline), "{code}: {early}");
        assert!(
            !early.contains("14 "),
            "{code}: a period of its own in\n{early}"
        );
    }
}

/// In the UK, the complaint to the ICO says the person first complained to the company
/// (s. 164A DPA 2018) only once they did, by the reminder, and names that day; every language.
#[test]
fn a_uk_complaint_claims_the_complaint_to_the_company_only_once_it_was_sent() {
    let c = catalog();
    let reminded = [
        ("de", "10. Januar 2027"),
        ("en", "10 January 2027"),
        ("fr", "10 janvier 2027"),
        ("it", "10 gennaio 2027"),
        ("es", "10 de enero de 2027"),
        ("nl", "10 januari 2027"),
        ("pl", "10 stycznia 2027"),
    ];
    for (code, reminder_day) in reminded {
        let lang = Lang::from_code(code).unwrap();
        let complaint = |reminder_on: Option<&str>| {
            tiktok_texts(lang, "GB", "2027-02-01", "2026-12-02", reminder_on)
                .complaint
                .expect("a complaint")
                .body
        };
        let before = complaint(None);
        assert!(
            !before.contains("164A"),
            "{code}: no complaint to the company yet:\n{before}"
        );
        // Instead, in the paragraph that lodges the complaint (the one citing Art. 77), it names
        // the objection the company has not dealt with.
        let objected = c.long_date(day("2026-12-02"), lang);
        let lodging = before
            .split("\n\n")
            .find(|p| p.contains("77"))
            .unwrap_or_default();
        assert!(lodging.contains(&objected), "{code}:\n{lodging}");
        let after = complaint(Some("2027-01-10"));
        assert!(
            after.contains("164A") && after.contains(reminder_day),
            "{code}:\n{after}"
        );
    }
}
