//! The wizard's state as a plain value, the actions on it and the reducer.
//!
//! Accounts have stable ids, and what was done refers to those ids and to an action kind, never
//! to a position in a list or to a translated text: deleting an account or switching the language
//! cannot move a tick to another account. The saved form lives in `saved.rs`, routes in `route.rs`.

use crate::date::Date;
use crate::letters::{Account, Person};
use crate::model::Lang;
use crate::replies::KindId;
use serde::{Deserialize, Serialize};

/// The steps of the journey, in order, plus the page on privacy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Step {
    /// Choose the services.
    #[default]
    Start,
    /// Asked once: only what the chosen routes need.
    About,
    /// One card per service, the actions first.
    Plan,
    /// What is done, what is open, the record and the calendar.
    Done,
    /// How to check that nothing leaves the device.
    Privacy,
    /// What the companies changed lately, for all services.
    Changes,
}

impl Step {
    pub const JOURNEY: [Step; 4] = [Step::Start, Step::About, Step::Plan, Step::Done];
}

/// What a person did, as recorded: the kind of action, independent of the language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ActionKind {
    /// Switched a setting off.
    Setting,
    /// Sent the platform's own form.
    Form,
    /// Sent the objection as a letter or e-mail.
    Objection,
    /// Slack: asked the workspace owner to opt the workspace out.
    WorkspaceRequest,
    /// Sent a reminder after a month without an answer.
    Reminder,
    /// Answered a refusal.
    RefusalReply,
    /// Sent an access request.
    Access,
    /// Complained to the supervisory authority.
    Complaint,
    /// The company answered, and the person recorded what kind of answer it was (one per
    /// service: a newer answer replaces it).
    Answer(KindId),
    /// Sent the reply to "use our form" or "send an ID".
    Reply,
}

impl ActionKind {
    /// Actions that object (and start the one-month clock), as opposed to follow-ups.
    pub fn is_objection(self) -> bool {
        matches!(
            self,
            ActionKind::Setting
                | ActionKind::Form
                | ActionKind::Objection
                | ActionKind::WorkspaceRequest
        )
    }

    /// Whether the company owes an answer within a month (Art. 12(3) GDPR): not for a switch in
    /// the settings, which takes effect at once.
    pub fn expects_answer(self) -> bool {
        // A setting takes effect at once; the workspace owner, not the company, answers a
        // member's request; an authority's handling takes longer than a month.
        !matches!(
            self,
            ActionKind::Setting
                | ActionKind::Complaint
                | ActionKind::WorkspaceRequest
                | ActionKind::Answer(_)
        )
    }
}

/// One thing ticked as done: for which service and account, what, and on which day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Done {
    pub platform: String,
    /// The account's id; `None` when the action covers the whole service (a letter, or a route
    /// for people without an account).
    pub account: Option<u32>,
    pub action: ActionKind,
    /// The day it was really done; today unless the person says otherwise.
    pub date: Date,
}

/// Everything the person entered and did. Nothing here ever goes into a URL.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    pub lang: Lang,
    pub step: Step,
    /// Platform ids chosen on the start page, in the order they were chosen.
    pub selected: Vec<String>,
    /// Accounts of chosen services, and of services un-chosen during this session (kept so that
    /// un-ticking by mistake loses nothing; the plan ignores them).
    pub accounts: Vec<Account>,
    pub person: Person,
    pub done: Vec<Done>,
    /// The person chose "remember on this device".
    pub remember: bool,
    /// The id the next new account gets.
    pub next_id: u32,
    /// Letters to companies in this language instead of the page's (English: many companies
    /// sit in Ireland). `None`: the page's language.
    pub company_lang: Option<Lang>,
}

/// Which text of the person is edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonField {
    Name,
    Address,
    Email,
    Region,
    Situation,
    /// Links to posts that show a person without an account.
    PostLinks,
}

/// Which text of an account is edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountField {
    Username,
    Email,
}

/// Everything that can happen to the state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetLang(Lang),
    Go(Step),
    /// Choose or un-choose a platform. Choosing adds a first account if it has none yet;
    /// un-choosing keeps its accounts and ticks for this session.
    Toggle(String),
    AddAccount(String),
    RemoveAccount(u32),
    EditAccount(u32, AccountField, String),
    /// This account uses another e-mail address than the person's.
    SetOwnEmail(u32, bool),
    /// The person's Meta accounts are linked in the Accounts Center.
    SetLinked(bool),
    EditPerson(PersonField, String),
    ToggleReason(String),
    /// Tick (with the day it was done) or untick one action.
    SetDone {
        platform: String,
        account: Option<u32>,
        action: ActionKind,
        date: Option<Date>,
    },
    SetRemember(bool),
    SetCompanyLang(Option<Lang>),
    /// Drop chosen services that the data does not know (from an old link or a host's typo).
    KeepKnown(Vec<String>),
    /// Forget everything: back to a fresh start in the current language.
    Forget,
    /// Replace the state (restored from storage or undone "forget"); the step and language of
    /// the address win.
    Restore(Box<State>),
}

/// At most this many accounts per person, so a stuck key cannot grow the state without end.
pub const MAX_ACCOUNTS: usize = 50;
/// At most this many ticks (every action of every account of every service is far fewer).
pub const MAX_DONE: usize = 2_000;

impl State {
    /// The accounts of one service, in the order they were added.
    pub fn accounts_of<'a>(&'a self, platform: &'a str) -> impl Iterator<Item = &'a Account> {
        self.accounts.iter().filter(move |a| a.platform == platform)
    }

    /// Whether the person said their Meta accounts are linked (stored on every Meta account).
    pub fn linked(&self) -> bool {
        self.accounts.iter().any(|a| a.linked)
    }

    pub fn done(&self, platform: &str, account: Option<u32>, action: ActionKind) -> Option<Date> {
        self.done
            .iter()
            .find(|d| d.platform == platform && d.account == account && d.action == action)
            .map(|d| d.date)
    }

    fn add_account(&mut self, platform: String) -> Option<u32> {
        if self.accounts.len() >= MAX_ACCOUNTS {
            return None;
        }
        let id = self.next_id;
        self.next_id = self.next_id.wrapping_add(1);
        let linked = self.linked();
        self.accounts.push(Account {
            id,
            platform,
            linked,
            ..Account::default()
        });
        Some(id)
    }

    /// Ids are unique even in a state that was edited by hand or restored from an old save.
    pub(crate) fn repair(&mut self) {
        let max = self.accounts.iter().map(|a| a.id).max();
        if let Some(max) = max {
            if self.next_id <= max {
                self.next_id = max.wrapping_add(1);
            }
        }
        let mut seen = Vec::new();
        for a in &mut self.accounts {
            if seen.contains(&a.id) {
                a.id = self.next_id;
                self.next_id = self.next_id.wrapping_add(1);
            }
            seen.push(a.id);
        }
        self.accounts.truncate(MAX_ACCOUNTS);
        self.done.truncate(MAX_DONE);
    }
}

/// Applies one action. Pure: the same state and action always give the same result.
pub fn reduce(mut s: State, action: Action) -> State {
    match action {
        Action::SetLang(l) => s.lang = l,
        Action::SetCompanyLang(l) => s.company_lang = l,
        Action::Go(step) => s.step = step,
        Action::Toggle(id) => {
            if let Some(i) = s.selected.iter().position(|p| p == &id) {
                s.selected.remove(i);
            } else {
                if s.accounts_of(&id).next().is_none() {
                    s.add_account(id.clone());
                }
                s.selected.push(id);
            }
        }
        Action::AddAccount(id) => {
            if s.selected.contains(&id) {
                s.add_account(id);
            }
        }
        Action::RemoveAccount(id) => {
            if let Some(i) = s.accounts.iter().position(|a| a.id == id) {
                let platform = s.accounts.remove(i).platform;
                s.done.retain(|d| d.account != Some(id));
                // A chosen service always keeps one account to tick.
                if s.selected.contains(&platform) && s.accounts_of(&platform).next().is_none() {
                    s.add_account(platform);
                }
            }
        }
        Action::EditAccount(id, field, value) => {
            if let Some(a) = s.accounts.iter_mut().find(|a| a.id == id) {
                match field {
                    AccountField::Username => a.username = value,
                    AccountField::Email => a.email = value,
                }
            }
        }
        Action::SetOwnEmail(id, on) => {
            if let Some(a) = s.accounts.iter_mut().find(|a| a.id == id) {
                a.own_email = on;
            }
        }
        Action::SetLinked(on) => {
            for a in &mut s.accounts {
                a.linked = on;
            }
        }
        Action::EditPerson(field, value) => match field {
            PersonField::Name => s.person.name = value,
            PersonField::Address => s.person.address = value,
            PersonField::Email => s.person.email = value,
            PersonField::Region => s.person.region = value,
            PersonField::Situation => s.person.situation = value,
            PersonField::PostLinks => s.person.post_links = value,
        },
        Action::ToggleReason(id) => {
            if let Some(i) = s.person.reasons.iter().position(|r| r == &id) {
                s.person.reasons.remove(i);
            } else {
                s.person.reasons.push(id);
            }
        }
        Action::SetDone {
            platform,
            account,
            action,
            date,
        } => {
            let answer = matches!(action, ActionKind::Answer(_));
            s.done.retain(|d| {
                !(d.platform == platform
                    && d.account == account
                    && (d.action == action || answer && matches!(d.action, ActionKind::Answer(_))))
            });
            if let Some(date) = date {
                if s.done.len() < MAX_DONE {
                    s.done.push(Done {
                        platform,
                        account,
                        action,
                        date,
                    });
                }
            }
        }
        Action::SetRemember(r) => s.remember = r,
        Action::KeepKnown(known) => {
            s.selected.retain(|id| known.contains(id));
            s.accounts.retain(|a| known.contains(&a.platform));
            s.done.retain(|d| known.contains(&d.platform));
        }
        Action::Forget => {
            s = State {
                lang: s.lang,
                step: Step::Start,
                ..State::default()
            };
        }
        Action::Restore(saved) => {
            let (lang, step) = (s.lang, s.step);
            s = *saved;
            s.lang = lang;
            s.step = step;
        }
    }
    s.repair();
    s
}

/// The language to start in, among those the tool has (`available`, in menu order): the address
/// wins, then the host page's choice, then a remembered choice, then the first of the browser's
/// languages (`browser`: "fr-CH,fr,de") that the tool has; else English, else the first.
pub fn start_lang(
    route: Option<Lang>,
    host: Option<Lang>,
    saved: Option<Lang>,
    browser: &str,
    available: &[Lang],
) -> Lang {
    let browser = browser
        .split(',')
        .filter_map(|tag| {
            let code = tag.trim().split(['-', '_']).next().unwrap_or_default();
            Lang::from_code(&code.to_ascii_lowercase())
        })
        .find(|l| available.contains(l));
    [route, host, saved, browser, Some(Lang::EN)]
        .into_iter()
        .flatten()
        .find(|l| available.contains(l))
        .or_else(|| available.first().copied())
        .unwrap_or_default()
}

/// Dates from JavaScript arrive as year, month, day numbers; a bad clock must not panic.
pub fn date_or_default(y: u32, m: u32, d: u32) -> Date {
    let fallback = Date::new(2026, 1, 1).expect("a real date");
    match (u16::try_from(y), u8::try_from(m), u8::try_from(d)) {
        (Ok(y), Ok(m), Ok(d)) => Date::new(y, m, d).unwrap_or(fallback),
        _ => fallback,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn choosing_adds_one_account_and_unchoosing_keeps_the_details() {
        let s = reduce(State::default(), Action::Toggle("facebook".into()));
        assert_eq!(s.selected, ["facebook"]);
        assert_eq!(s.accounts.len(), 1);
        let id = s.accounts[0].id;
        let s = reduce(
            s,
            Action::EditAccount(id, AccountField::Username, "anna".into()),
        );
        let s = reduce(s, Action::Toggle("facebook".into()));
        assert!(s.selected.is_empty());
        assert_eq!(s.accounts[0].username, "anna", "un-ticking loses nothing");
        let s = reduce(s, Action::Toggle("facebook".into()));
        assert_eq!(s.accounts.len(), 1, "choosing again finds the old account");
        assert_eq!(s.accounts[0].username, "anna");
    }

    #[test]
    fn ticks_belong_to_account_ids_and_survive_removing_another_account() {
        let mut s = reduce(State::default(), Action::Toggle("facebook".into()));
        s = reduce(s, Action::AddAccount("facebook".into()));
        s = reduce(s, Action::AddAccount("facebook".into()));
        let ids: Vec<u32> = s.accounts.iter().map(|a| a.id).collect();
        for id in [ids[0], ids[2]] {
            s = reduce(
                s,
                Action::SetDone {
                    platform: "facebook".into(),
                    account: Some(id),
                    action: ActionKind::Form,
                    date: Some(day("2026-12-02")),
                },
            );
        }
        let s = reduce(s, Action::RemoveAccount(ids[1]));
        assert_eq!(
            s.done("facebook", Some(ids[2]), ActionKind::Form),
            Some(day("2026-12-02"))
        );
        let s = reduce(s, Action::RemoveAccount(ids[0]));
        assert_eq!(s.done.len(), 1);
        assert_eq!(s.done[0].account, Some(ids[2]));
        // A new account never reuses an old id.
        let s = reduce(s, Action::AddAccount("facebook".into()));
        let new = s.accounts.last().unwrap().id;
        assert!(!ids.contains(&new));
    }

    #[test]
    fn the_last_account_of_a_chosen_service_cannot_disappear() {
        let s = reduce(State::default(), Action::Toggle("x".into()));
        let id = s.accounts[0].id;
        let s = reduce(s, Action::RemoveAccount(id));
        assert_eq!(s.accounts_of("x").count(), 1);
        assert_ne!(s.accounts[0].id, id);
    }

    #[test]
    fn ticking_again_replaces_the_date_and_unticking_removes_it() {
        let tick = |date: Option<&str>| Action::SetDone {
            platform: "linkedin".into(),
            account: Some(0),
            action: ActionKind::Setting,
            date: date.map(day),
        };
        let s = reduce(State::default(), tick(Some("2026-12-02")));
        let s = reduce(s, tick(Some("2026-10-01")));
        assert_eq!(s.done.len(), 1);
        assert_eq!(s.done[0].date, day("2026-10-01"));
        let s = reduce(s, tick(None));
        assert!(s.done.is_empty());
    }

    #[test]
    fn linking_applies_to_every_account_and_to_new_ones() {
        let mut s = reduce(State::default(), Action::Toggle("facebook".into()));
        s = reduce(s, Action::Toggle("instagram".into()));
        s = reduce(s, Action::SetLinked(true));
        assert!(s.accounts.iter().all(|a| a.linked));
        s = reduce(s, Action::AddAccount("instagram".into()));
        assert!(s.accounts.iter().all(|a| a.linked));
    }

    #[test]
    fn forget_keeps_only_the_language() {
        let mut s = reduce(State::default(), Action::SetLang(Lang::EN));
        s = reduce(s, Action::EditPerson(PersonField::Name, "Anna".into()));
        s = reduce(s, Action::SetRemember(true));
        s = reduce(s, Action::Go(Step::Plan));
        let s = reduce(s, Action::Forget);
        assert_eq!(
            s,
            State {
                lang: Lang::EN,
                ..State::default()
            }
        );
    }

    #[test]
    fn restore_keeps_the_address_bar_language_and_step() {
        let mut saved = reduce(
            State::default(),
            Action::EditPerson(PersonField::Name, "A".into()),
        );
        saved.step = Step::Done;
        saved.lang = Lang::EN;
        let now = State {
            step: Step::Plan,
            ..State::default()
        };
        let s = reduce(now, Action::Restore(Box::new(saved)));
        assert_eq!((s.lang, s.step), (Lang::DE, Step::Plan));
        assert_eq!(s.person.name, "A");
    }

    #[test]
    fn the_address_then_the_host_then_the_saved_then_the_browser_language() {
        let fr = Lang::from_code("fr").unwrap();
        let all = [Lang::DE, Lang::EN, fr];
        assert_eq!(
            start_lang(Some(Lang::EN), Some(Lang::DE), None, "de", &all),
            Lang::EN
        );
        assert_eq!(
            start_lang(None, Some(Lang::DE), Some(Lang::EN), "en", &all),
            Lang::DE
        );
        assert_eq!(
            start_lang(None, None, Some(Lang::EN), "de-AT", &all),
            Lang::EN
        );
        assert_eq!(start_lang(None, None, None, "de-CH", &all), Lang::DE);
        assert_eq!(start_lang(None, None, None, "DE_at", &all), Lang::DE);
        assert_eq!(start_lang(None, None, None, "fr-BE", &all), fr);
        assert_eq!(start_lang(None, None, None, "pt-BR", &all), Lang::EN);
        assert_eq!(start_lang(None, None, None, "", &all), Lang::EN);
        // A language the tool does not have is never chosen, even from the address.
        assert_eq!(
            start_lang(Some(fr), None, None, "fr", &[Lang::DE, Lang::EN]),
            Lang::EN
        );
        assert_eq!(start_lang(None, None, None, "fr", &[Lang::DE]), Lang::DE);
        // The browser's list in order: the first language the tool has.
        assert_eq!(start_lang(None, None, None, "pt-BR, fr-CH,de", &all), fr);
        assert_eq!(start_lang(None, None, None, "it,rm,de-CH", &all), Lang::DE);
        assert_eq!(start_lang(None, None, None, "x-klingon,,", &all), Lang::EN);
    }

    #[test]
    fn repeated_ids_from_a_damaged_save_are_made_unique() {
        let mut s = State::default();
        for _ in 0..3 {
            s.accounts.push(Account {
                id: 7,
                platform: "x".into(),
                ..Account::default()
            });
        }
        let s = reduce(s, Action::SetRemember(false));
        let mut ids: Vec<u32> = s.accounts.iter().map(|a| a.id).collect();
        ids.dedup();
        assert_eq!(ids.len(), 3);
        assert!(s.next_id > 7);
    }
}
