//! The plan, the questions asked once, the record and the follow-up texts, checked against facts a
//! person checked by hand (what is asked, what can be ticked, what a text must and must not say).
#![cfg(not(target_arch = "wasm32"))]

use kiw_core::letters::{generate, Account, Person, Request};
use kiw_core::plan::{needs, plan, record, Recipient, RouteKind, UserField};
use kiw_core::proof::{proof_json, proof_text, reminder_ics};
use kiw_core::state::{reduce, Action, ActionKind, PersonField, State};
use kiw_core::ui_text::UiText;
use kiw_core::{Catalog, Date, Lang};
use std::path::Path;

fn catalog() -> Catalog {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    match kiw_core::load::load_and_validate(&data, day("2026-12-02")) {
        Ok((c, _)) => c,
        Err(f) => panic!("{}", kiw_core::validate::report(&f)),
    }
}

/// The frozen fixture (`tests/fixtures/data/`): for facts about wording, so that an editor who
/// rewords a live template changes no test here.
fn fixture() -> Catalog {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/data");
    let (c, mut findings) = kiw_core::load::load_dir(&dir);
    findings.retain(|f| f.file != "ui.toml");
    findings.extend(kiw_core::validate::validate(&c, day("2026-12-02")));
    findings.retain(|f| f.severity == kiw_core::validate::Severity::Error);
    assert!(
        findings.is_empty(),
        "{}",
        kiw_core::validate::report(&findings)
    );
    c
}

fn day(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn words(c: &Catalog, lang: Lang) -> UiText {
    let values: Vec<&'static str> = c
        .ui_texts(lang)
        .into_iter()
        .map(|s| &*Box::leak(s.to_string().into_boxed_str()))
        .collect();
    UiText::from_values(&values).unwrap()
}

/// The standard phone journey: Instagram and Facebook (linked), LinkedIn and ChatGPT.
fn journey() -> State {
    let mut s = State::default();
    for id in ["instagram", "facebook", "linkedin", "chatgpt"] {
        s = reduce(s, Action::Toggle(id.into()));
    }
    s = reduce(s, Action::SetLinked(true));
    s = reduce(
        s,
        Action::EditPerson(PersonField::Name, "Anna Beispiel".into()),
    );
    s = reduce(
        s,
        Action::EditPerson(PersonField::Email, "anna@example.de".into()),
    );
    reduce(s, Action::EditPerson(PersonField::Region, "DE".into()))
}

fn tick(s: State, platform: &str, account: Option<u32>, action: ActionKind, date: &str) -> State {
    reduce(
        s,
        Action::SetDone {
            platform: platform.into(),
            account,
            action,
            date: Some(day(date)),
        },
    )
}

#[test]
fn settings_only_services_ask_nothing_and_forms_ask_one_email() {
    let c = catalog();
    let mut s = State::default();
    for id in ["linkedin", "chatgpt"] {
        s = reduce(s, Action::Toggle(id.into()));
    }
    let n = needs(&s, &c);
    assert!(n.nothing(), "{n:?}");
    let n = needs(&journey(), &c);
    assert!(n.email, "Meta's form asks for the e-mail address");
    assert!(!n.name, "no form or setting of these four asks for a name");
    assert!(n.linked_question);
    assert!(!n.post_links);
    let linkedin = n
        .accounts
        .iter()
        .find(|a| a.platform == "linkedin")
        .unwrap();
    assert_eq!((linkedin.user, linkedin.email), (None, false));
}

#[test]
fn slack_asks_for_the_workspace_and_no_account_for_links_without_account_reasons() {
    let c = catalog();
    let s = reduce(State::default(), Action::Toggle("slack".into()));
    let n = needs(&s, &c);
    assert_eq!(n.accounts[0].user, Some((UserField::Workspace, true)));
    let s = reduce(State::default(), Action::Toggle("meta-no-account".into()));
    let n = needs(&s, &c);
    assert!(n.post_links && n.name && n.email);
    assert!(!n.account_reasons, "no account, no account-holder reasons");
    assert!(n.accounts.is_empty());
    // The name field says which services put it in what they send: here the letter and the
    // workspace message, not the setting.
    let mut s = State::default();
    for id in ["linkedin", "whatsapp", "slack"] {
        s = reduce(s, Action::Toggle(id.into()));
    }
    assert_eq!(needs(&s, &c).name_for, ["whatsapp", "slack"]);
}

#[test]
fn every_route_can_be_ticked_and_reaches_the_record() {
    let c = catalog();
    let s = journey();
    let p = plan(&s, &c, day("2026-12-02"), true);
    assert_eq!(p.progress(), (0, 4));
    let kinds: Vec<(String, RouteKind)> = p
        .cards
        .iter()
        .map(|card| (card.platform.clone(), card.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("instagram".into(), RouteKind::Form),
            ("facebook".into(), RouteKind::Form),
            ("linkedin".into(), RouteKind::Setting),
            ("chatgpt".into(), RouteKind::Setting),
        ]
    );
    // Facebook is linked with Instagram, which carries the objection.
    assert!(p.cards[1].covered());
    let ig = s.accounts_of("instagram").next().unwrap().id;
    let li = s.accounts_of("linkedin").next().unwrap().id;
    let gpt = s.accounts_of("chatgpt").next().unwrap().id;
    let s = tick(s, "instagram", Some(ig), ActionKind::Form, "2026-12-02");
    let s = tick(s, "linkedin", Some(li), ActionKind::Setting, "2026-12-02");
    let s = tick(s, "chatgpt", Some(gpt), ActionKind::Setting, "2026-11-30");
    let p = plan(&s, &c, day("2026-12-02"), true);
    assert_eq!(
        p.progress(),
        (4, 4),
        "the linked Facebook account is done too"
    );
    let r = record(&s, &c, day("2026-12-02"));
    let platforms: Vec<&str> = r.iter().map(|e| e.platform.as_str()).collect();
    assert_eq!(platforms, ["chatgpt", "instagram", "facebook", "linkedin"]);
    let fb = &r[2];
    assert_eq!(fb.covered_by.as_deref(), Some("instagram"));
    assert_eq!(r[0].to, Recipient::Service, "a setting sends nothing");
    assert_eq!(r[0].answer_due, None, "a setting expects no answer");
    assert_eq!(r[1].answer_due, Some(day("2027-01-02")));
    // Without a user name, the record says which account by its e-mail address.
    assert_eq!(r[1].username, "anna@example.de");
    // The record in words, as JSON and as a calendar.
    let t = words(&c, Lang::DE);
    let text = proof_text(&r, &c, &t, Lang::DE, day("2026-12-02"));
    let chatgpt = c.platform("chatgpt").unwrap().name.get(Lang::DE);
    let on = c.long_date(day("2026-11-30"), Lang::DE);
    assert!(text.contains(&format!("{on} – {chatgpt}")), "{text}");
    assert!(text.contains(c.platform("instagram").unwrap().name.get(Lang::DE)));
    let json = proof_json(&r, &c, &t, Lang::DE);
    assert!(json.contains(r#""action": "setting""#), "{json}");
    assert!(json.contains(r#""covered_by": "instagram""#), "{json}");
    let ics = reminder_ics(&r, &c, &t, Lang::DE, day("2026-12-02"));
    assert_eq!(
        ics.matches("BEGIN:VEVENT").count(),
        1,
        "only the form expects an answer"
    );
    assert!(ics.contains("DTSTART;VALUE=DATE:20270102"));
}

#[test]
fn a_letter_instead_of_the_form_completes_every_account_of_the_service() {
    let c = catalog();
    let mut s = reduce(State::default(), Action::Toggle("instagram".into()));
    s = reduce(s, Action::AddAccount("instagram".into()));
    let s = tick(s, "instagram", None, ActionKind::Objection, "2026-10-01");
    let p = plan(&s, &c, day("2026-12-02"), false);
    assert!(p.cards[0].complete());
    assert_eq!(p.cards[0].sent_on, Some(day("2026-10-01")));
    assert_eq!(p.cards[0].answer_due, Some(day("2026-11-01")));
}

#[test]
fn status_says_what_happens_now() {
    use kiw_core::model::Status;
    let c = catalog();
    let today = day("2026-12-02");
    let status = |id: &str| c.platform(id).unwrap().status(today, "DE-BY");
    assert_eq!(
        status("chatgpt"),
        Status::TrainingNow,
        "ChatGPT trains by default"
    );
    assert_eq!(
        status("instagram"),
        Status::TrainingSince(day("2025-05-27"))
    );
    assert_eq!(status("quora"), Status::NotNow);
    // The UK has its own timeline at Meta: the EU's start date is not theirs, and its EU dates
    // are not listed for them.
    let instagram = c.platform("instagram").unwrap();
    assert_eq!(instagram.status(today, "GB"), Status::TrainingNow);
    let uk: Vec<_> = instagram.key_dates_for("GB").map(|k| k.date).collect();
    assert_eq!(uk, vec![day("2024-09-13")]);
    assert!(instagram
        .key_dates_for("AT")
        .all(|k| k.date != day("2024-09-13")));
}

fn person(region: &str) -> Person {
    Person {
        name: "Anna Beispiel".into(),
        email: "anna@example.de".into(),
        region: region.into(),
        reasons: vec!["own-privacy".into(), "face-voice".into()],
        ..Person::default()
    }
}

fn texts(
    c: &Catalog,
    person: &Person,
    accounts: &[Account],
    platform: &str,
    today: &str,
    sent: Option<&str>,
    lang: Lang,
) -> kiw_core::letters::PlatformTexts {
    let req = Request {
        catalog: c,
        person,
        accounts,
        today: day(today),
        sent_on: sent.map(day),
        reminder_on: None,
        lang,
    };
    generate(&req, &[platform.to_string()]).pop().unwrap()
}

#[test]
fn follow_ups_never_say_a_deadline_passed_before_it_has() {
    let c = fixture();
    let p = person("DE-BE");
    for lang in [Lang::DE, Lang::EN] {
        let early = texts(
            &c,
            &p,
            &[],
            "linkedin",
            "2026-12-02",
            Some("2026-12-02"),
            lang,
        );
        let complaint = early.complaint.unwrap().body;
        let reminder = early.reminder.body;
        for text in [&complaint, &reminder] {
            assert!(
                !text.contains("abgelaufen") && !text.contains("has passed"),
                "{text}"
            );
            assert!(
                !text.contains("hätten Sie") && !text.contains("were required"),
                "{text}"
            );
            assert!(
                text.contains("2. Januar 2027") || text.contains("2 January 2027"),
                "{text}"
            );
        }
        let late = texts(
            &c,
            &p,
            &[],
            "linkedin",
            "2027-01-03",
            Some("2026-12-02"),
            lang,
        );
        let complaint = late.complaint.unwrap().body;
        assert!(
            complaint.contains("abgelaufen") || complaint.contains("has passed"),
            "{complaint}"
        );
    }
}

#[test]
fn people_without_an_account_get_no_account_holder_sentences_and_no_placeholders() {
    let c = fixture();
    for lang in [Lang::DE, Lang::EN] {
        let mut p = person("DE-HH");
        let t = texts(&c, &p, &[], "meta-no-account", "2026-12-02", None, lang);
        let letter = t.objection.plain_text();
        for wrong in [
            "meine Beiträge geteilt",
            "I shared my posts",
            "Meine Fotos und Videos",
            "My photos and videos",
        ] {
            assert!(!letter.contains(wrong), "{wrong}: {letter}");
        }
        // The sender's address has its own field next to the letter; the body has none to fill.
        assert!(
            !t.objection.body.contains('['),
            "no unfilled placeholder: {letter}"
        );
        let fields: String = t.forms[0].fields.iter().map(|f| f.value.clone()).collect();
        assert!(
            !fields.contains("meine Inhalte") && !fields.contains("my content"),
            "{fields}"
        );
        p.post_links = "https://example.org/p/1\n\n https://example.org/p/2 ".into();
        let t = texts(&c, &p, &[], "meta-no-account", "2026-12-02", None, lang);
        let letter = t.objection.plain_text();
        assert!(
            letter.contains("– https://example.org/p/1\n– https://example.org/p/2"),
            "{letter}"
        );
    }
}

#[test]
fn the_slack_member_text_is_a_message_and_long_emails_are_pasted() {
    let c = catalog();
    let a = Account {
        platform: "slack".into(),
        username: "firma.slack.com".into(),
        ..Account::default()
    };
    let t = texts(
        &c,
        &person("DE-NW"),
        &[a],
        "slack",
        "2026-12-02",
        None,
        Lang::DE,
    );
    let (member, _) = t.slack.unwrap();
    let text = member.plain_text();
    assert!(text.starts_with("Hallo,"), "{text}");
    assert!(text.contains("firma.slack.com"));
    assert!(!text.contains("Anna Beispiel\n\n"), "no sender block");
    // An objection is longer than a link may be: no body in the link, the text is pasted.
    let o = &t.objection;
    assert!(o
        .mailto()
        .is_none_or(|m| m.len() <= kiw_core::letters::MAX_MAILTO));
    assert!(o.mailto_without_body().is_some());
}

#[test]
fn each_account_uses_the_one_email_unless_it_has_its_own() {
    let c = catalog();
    // Instagram's e-mail field, found by what it is filled with, not by its label.
    let email_at = c
        .platform("instagram")
        .unwrap()
        .form
        .as_ref()
        .unwrap()
        .fields
        .iter()
        .position(|f| f.fill == kiw_core::model::FieldFill::Email)
        .unwrap();
    let p = person("DE-BY");
    let mut a = Account {
        id: 1,
        platform: "instagram".into(),
        email: "old@example.org".into(),
        ..Account::default()
    };
    let t = texts(
        &c,
        &p,
        std::slice::from_ref(&a),
        "instagram",
        "2026-12-02",
        None,
        Lang::DE,
    );
    let email = &t.forms[0].fields[email_at];
    assert_eq!(
        email.value, "anna@example.de",
        "the typed but switched-off own address is not used"
    );
    a.own_email = true;
    let t = texts(&c, &p, &[a], "instagram", "2026-12-02", None, Lang::DE);
    let email = &t.forms[0].fields[email_at];
    assert_eq!(email.value, "old@example.org");
}

#[test]
fn the_start_page_groups_companies_with_several_services_and_search_finds_them() {
    use kiw_core::plan::{matches_search, service_groups};
    let c = catalog();
    let groups = service_groups(&c);
    let meta = groups.iter().find(|g| g.company == Some("Meta")).unwrap();
    let ids: Vec<&str> = meta.platforms.iter().map(|p| p.id.as_str()).collect();
    assert!(ids.contains(&"instagram") && ids.contains(&"facebook") && ids.contains(&"whatsapp"));
    assert_eq!(groups.last().unwrap().company, None, "the rest comes last");
    assert!(groups
        .iter()
        .all(|g| g.company.is_none() || g.platforms.len() > 1));
    let all: usize = groups.iter().map(|g| g.platforms.len()).sum();
    let with_account = c
        .platforms
        .iter()
        .filter(|p| p.audience == kiw_core::model::Audience::Account)
        .count();
    assert_eq!(all, with_account, "every service once");
    let wp = c.platform("wordpress-com").unwrap();
    assert!(matches_search(wp, "word press", Lang::DE));
    assert!(matches_search(wp, "AUTOMATTIC", Lang::DE));
    assert!(!matches_search(wp, "insta", Lang::DE));
}

#[test]
fn a_linked_account_waits_for_the_answer_to_the_form_that_covers_it() {
    let c = catalog();
    let s = journey();
    let ig = s.accounts_of("instagram").next().unwrap().id;
    let s = tick(s, "instagram", Some(ig), ActionKind::Form, "2026-12-02");
    let p = plan(&s, &c, day("2026-12-02"), false);
    let fb = p.cards.iter().find(|c| c.platform == "facebook").unwrap();
    assert!(fb.complete());
    assert_eq!(
        fb.answer_due,
        Some(day("2027-01-02")),
        "not 'effective at once'"
    );
}

#[test]
fn a_request_to_the_workspace_owner_expects_no_answer_from_the_company() {
    let c = catalog();
    let s = reduce(State::default(), Action::Toggle("slack".into()));
    let id = s.accounts[0].id;
    let s = tick(
        s,
        "slack",
        Some(id),
        ActionKind::WorkspaceRequest,
        "2026-12-02",
    );
    let p = plan(&s, &c, day("2026-12-02"), false);
    assert!(p.cards[0].complete());
    assert_eq!(p.cards[0].answer_due, None);
}

#[test]
fn whatsapp_accounts_are_named_by_their_phone_number() {
    let c = catalog();
    let a = Account {
        platform: "whatsapp".into(),
        username: "+49 151 2345678".into(),
        ..Account::default()
    };
    let t = texts(
        &c,
        &person("DE-BE"),
        &[a],
        "whatsapp",
        "2026-12-02",
        None,
        Lang::DE,
    );
    // The data's word for a WhatsApp account, and not the general one for a user name.
    let whatsapp = c.platform("whatsapp").unwrap();
    let label = whatsapp.account_label.as_ref().unwrap().get(Lang::DE);
    assert!(
        t.objection
            .body
            .contains(&format!("WhatsApp, {label}: +49 151 2345678")),
        "{}",
        t.objection.body
    );
    let general = &c.words(Lang::DE).unwrap().user_label;
    assert!(!t.objection.body.contains(general.as_str()));
}

/// The company's answer in the record (from whom, which kind) and, where the person answered
/// it in turn, a second reminder in the calendar a month after the answer.
#[test]
fn an_answer_shows_in_the_record_and_the_calendar() {
    use kiw_core::replies::KindId;
    let c = catalog();
    let t = words(&c, Lang::DE);
    let mut s = journey();
    s = tick(s, "linkedin", None, ActionKind::Objection, "2026-10-20");
    s = tick(
        s,
        "linkedin",
        None,
        ActionKind::Answer(KindId::IdentityRequested),
        "2026-11-03",
    );
    let r = record(&s, &c, day("2026-12-02"));
    let text = proof_text(&r, &c, &t, Lang::DE, day("2026-12-02"));
    let label = c
        .replies
        .kind(KindId::IdentityRequested)
        .unwrap()
        .label
        .get(Lang::DE);
    assert!(
        text.contains(&kiw_core::ui_text::fill(t.record_answer, &[label])),
        "{text}"
    );
    assert!(text.contains(&format!("{}: ", t.record_from)), "{text}");
    let ics = reminder_ics(&r, &c, &t, Lang::DE, day("2026-12-02"));
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2, "{ics}");
    assert!(
        ics.contains("DTSTART;VALUE=DATE:20261120"),
        "the objection's month: {ics}"
    );
    assert!(
        ics.contains("DTSTART;VALUE=DATE:20261203"),
        "a month after the answer: {ics}"
    );
}

/// A letter for the whole service names its accounts in the record; a reminder asks its own
/// date once the month is over, and that is when to check for an answer.
#[test]
fn after_a_late_reminder_the_record_and_the_check_date_follow_it() {
    use kiw_core::state::AccountField;
    let c = catalog();
    let mut s = reduce(State::default(), Action::Toggle("whatsapp".into()));
    let id = s.accounts[0].id;
    s = reduce(
        s,
        Action::EditAccount(id, AccountField::Username, "+49 151 2345678".into()),
    );
    s = tick(s, "whatsapp", None, ActionKind::Objection, "2026-10-01");
    s = tick(s, "whatsapp", None, ActionKind::Reminder, "2026-12-02");
    let r = record(&s, &c, day("2026-12-02"));
    assert!(r.iter().all(|e| e.username == "+49 151 2345678"), "{r:?}");
    let reminder = r.iter().find(|e| e.action == ActionKind::Reminder).unwrap();
    // 14 days after it arrives, a few days' post counted in.
    assert_eq!(reminder.answer_due, Some(day("2026-12-19")));
    let p = plan(&s, &c, day("2026-12-02"), false);
    assert_eq!(p.cards[0].check_on(), Some(day("2026-12-19")));
}

/// In the UK, a reply to a refusal is the complaint to the company as much as a reminder: the
/// complaint to the ICO names it (s. 164A DPA 2018).
#[test]
fn a_uk_complaint_after_a_reply_to_a_refusal_names_it() {
    let c = catalog();
    let mut s = reduce(State::default(), Action::Toggle("tiktok".into()));
    s = reduce(s, Action::EditPerson(PersonField::Region, "GB".into()));
    s = tick(s, "tiktok", None, ActionKind::Objection, "2026-10-01");
    let before = plan(&s, &c, day("2026-12-02"), false).cards[0]
        .texts
        .complaint
        .clone()
        .unwrap()
        .plain_text();
    assert!(!before.contains("164A"), "{before}");
    s = tick(s, "tiktok", None, ActionKind::RefusalReply, "2026-11-10");
    let after = plan(&s, &c, day("2026-12-02"), false).cards[0]
        .texts
        .complaint
        .clone()
        .unwrap()
        .plain_text();
    let on = c.long_date(day("2026-11-10"), Lang::DE);
    assert!(after.contains("164A") && after.contains(&on), "{after}");
}
