//! The wizard's state as a plain value, the actions on it and the reducer; plus the versioned
//! format in which it is remembered on the device (only when the person opts in).

use crate::date::Date;
use crate::letters::{Account, Person};
use crate::model::Lang;
use crate::proof::ProofEntry;
use serde::{Deserialize, Serialize};

/// The steps of the wizard, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Step {
    #[default]
    Start,
    Accounts,
    Situation,
    Plan,
    Proof,
    /// How to check that nothing leaves the device.
    Privacy,
}

impl Step {
    pub const WIZARD: [Step; 5] = [
        Step::Start,
        Step::Accounts,
        Step::Situation,
        Step::Plan,
        Step::Proof,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Step::Start => "start",
            Step::Accounts => "konten",
            Step::Situation => "situation",
            Step::Plan => "plan",
            Step::Proof => "nachweis",
            Step::Privacy => "datenschutz",
        }
    }

    pub fn from_slug(s: &str) -> Option<Step> {
        [
            Step::Start,
            Step::Accounts,
            Step::Situation,
            Step::Plan,
            Step::Proof,
            Step::Privacy,
        ]
        .into_iter()
        .find(|st| st.slug() == s)
    }

    pub fn next(self) -> Step {
        match self {
            Step::Start => Step::Accounts,
            Step::Accounts => Step::Situation,
            Step::Situation => Step::Plan,
            Step::Plan | Step::Proof => Step::Proof,
            Step::Privacy => Step::Start,
        }
    }
}

/// Everything the person entered and did. Nothing here ever goes into a URL.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    pub lang: Lang,
    pub step: Step,
    /// Platform ids chosen on the start page, in catalogue order.
    pub selected: Vec<String>,
    pub accounts: Vec<Account>,
    pub person: Person,
    /// Keys "platform/account-index" of the plan items ticked as done.
    pub done: Vec<String>,
    pub proof: Vec<ProofEntry>,
    /// The person chose "remember on this device".
    pub remember: bool,
}

/// Which text of a person or account is edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonField {
    Name,
    Address,
    Email,
    Region,
    Situation,
}

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
    /// Choose or un-choose a platform; choosing one adds a first, empty account for it.
    Toggle(String),
    AddAccount(String),
    RemoveAccount(usize),
    EditAccount(usize, AccountField, String),
    SetLinked(usize, bool),
    EditPerson(PersonField, String),
    ToggleReason(String),
    /// Tick or untick a plan item; ticking records it in the proof with the given date.
    SetDone {
        key: String,
        done: bool,
        entry: Option<ProofEntry>,
    },
    SetRemember(bool),
    /// Drop chosen services that the data does not know (from an old link or a host's typo).
    KeepKnown(Vec<String>),
    /// Forget everything: back to a fresh start in the current language.
    Forget,
    /// Replace the state (restored from storage); the step and language of the URL win.
    Restore(Box<State>),
}

/// At most this many accounts per person, so a stuck key cannot grow the state without end.
pub const MAX_ACCOUNTS: usize = 50;

/// Applies one action. Pure: the same state and action always give the same result.
pub fn reduce(mut s: State, action: Action) -> State {
    match action {
        Action::SetLang(l) => s.lang = l,
        Action::Go(step) => s.step = step,
        Action::Toggle(id) => {
            if let Some(i) = s.selected.iter().position(|p| p == &id) {
                s.selected.remove(i);
                s.accounts.retain(|a| a.platform != id);
                s.done.retain(|k| k.split('/').next() != Some(id.as_str()));
            } else {
                s.selected.push(id.clone());
                if s.accounts.len() < MAX_ACCOUNTS {
                    s.accounts.push(Account {
                        platform: id,
                        ..Account::default()
                    });
                }
            }
        }
        Action::AddAccount(id) => {
            if s.selected.contains(&id) && s.accounts.len() < MAX_ACCOUNTS {
                s.accounts.push(Account {
                    platform: id,
                    ..Account::default()
                });
            }
        }
        Action::RemoveAccount(i) => {
            if i < s.accounts.len() {
                s.accounts.remove(i);
                // Ticks are keyed "platform/account index": drop the removed one's, shift the rest.
                s.done = s
                    .done
                    .iter()
                    .filter_map(|k| {
                        let (p, n) = k.split_once('/')?;
                        let n: usize = n.parse().ok()?;
                        match n.cmp(&i) {
                            core::cmp::Ordering::Less => Some(k.clone()),
                            core::cmp::Ordering::Equal => None,
                            core::cmp::Ordering::Greater => Some(format!("{p}/{}", n - 1)),
                        }
                    })
                    .collect();
            }
        }
        Action::EditAccount(i, field, value) => {
            if let Some(a) = s.accounts.get_mut(i) {
                match field {
                    AccountField::Username => a.username = value,
                    AccountField::Email => a.email = value,
                }
            }
        }
        Action::SetLinked(i, linked) => {
            if let Some(a) = s.accounts.get_mut(i) {
                a.linked = linked;
            }
        }
        Action::EditPerson(field, value) => match field {
            PersonField::Name => s.person.name = value,
            PersonField::Address => s.person.address = value,
            PersonField::Email => s.person.email = value,
            PersonField::Region => s.person.region = value,
            PersonField::Situation => s.person.situation = value,
        },
        Action::ToggleReason(id) => {
            if let Some(i) = s.person.reasons.iter().position(|r| r == &id) {
                s.person.reasons.remove(i);
            } else {
                s.person.reasons.push(id);
            }
        }
        Action::SetDone { key, done, entry } => {
            s.done.retain(|k| k != &key);
            if done {
                s.done.push(key);
                if let Some(e) = entry {
                    let dup = s.proof.iter().any(|p| {
                        p.platform == e.platform && p.date == e.date && p.action == e.action
                    });
                    if !dup {
                        s.proof.push(e);
                    }
                }
            }
        }
        Action::SetRemember(r) => s.remember = r,
        Action::KeepKnown(known) => {
            s.selected.retain(|id| known.contains(id));
            s.accounts.retain(|a| known.contains(&a.platform));
        }
        Action::Forget => {
            s = State {
                lang: s.lang,
                ..State::default()
            };
        }
        Action::Restore(saved) => {
            let (lang, step) = (s.lang, s.step);
            s = *saved;
            s.lang = lang;
            s.step = step;
            s.remember = true;
        }
    }
    s
}

/// The storage key; the version is part of the value, so old saves are recognised.
pub const STORAGE_KEY: &str = "ki-widerspruch";
const PREFIX: &str = "kiw1:";
/// Saved state larger than this is refused (local storage holds about 5 MB per site).
pub const MAX_SAVED_BYTES: usize = 1_500_000;

/// Why a saved state could not be restored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreError {
    /// Saved by another (older or newer) version of the app.
    OtherVersion,
    /// Not readable: damaged or changed by hand.
    Corrupt,
    TooLarge,
}

/// The state as a string for local storage: `kiw1:` and the compact encoding as hex.
pub fn encode_saved(s: &State) -> String {
    let bytes = postcard::to_allocvec(s).unwrap_or_default();
    let mut out = String::with_capacity(PREFIX.len() + bytes.len() * 2);
    out.push_str(PREFIX);
    for b in bytes {
        out.push(char::from(b"0123456789abcdef"[usize::from(b >> 4)]));
        out.push(char::from(b"0123456789abcdef"[usize::from(b & 15)]));
    }
    out
}

/// Reads a saved state back. Never panics, whatever the string holds.
pub fn decode_saved(saved: &str) -> Result<State, RestoreError> {
    if saved.len() > MAX_SAVED_BYTES {
        return Err(RestoreError::TooLarge);
    }
    let Some(hex) = saved.strip_prefix(PREFIX) else {
        return Err(if saved.starts_with("kiw") {
            RestoreError::OtherVersion
        } else {
            RestoreError::Corrupt
        });
    };
    if hex.len() % 2 != 0 {
        return Err(RestoreError::Corrupt);
    }
    let nibble = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    };
    let bytes: Option<Vec<u8>> = hex
        .as_bytes()
        .chunks(2)
        .map(|p| Some(nibble(p[0])? << 4 | nibble(p[1])?))
        .collect();
    let bytes = bytes.ok_or(RestoreError::Corrupt)?;
    let mut s: State = postcard::from_bytes(&bytes).map_err(|_| RestoreError::Corrupt)?;
    s.accounts.truncate(MAX_ACCOUNTS);
    Ok(s)
}

/// A route in the address bar: language, step and optionally a platform. Only ids, never
/// anything a person typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub lang: Lang,
    pub step: Step,
    pub platform: Option<String>,
}

/// Reads `#/de/plan/facebook`. Unknown parts are ignored (with the reason, for the console).
pub fn parse_route(hash: &str) -> (Option<Route>, Vec<String>) {
    let mut notes = Vec::new();
    let path = hash.trim_start_matches('#').trim_start_matches('/');
    if path.is_empty() {
        return (None, notes);
    }
    if path.len() > 200 {
        notes.push("route too long, ignored".into());
        return (None, notes);
    }
    let mut parts = path.split('/');
    let lang = match parts.next().and_then(Lang::from_code) {
        Some(l) => l,
        None => {
            notes.push("unknown language in route, ignored".into());
            return (None, notes);
        }
    };
    let step = match parts.next() {
        None | Some("") => Step::Start,
        Some(s) => Step::from_slug(s).unwrap_or_else(|| {
            notes.push("unknown step in route, showing the start".into());
            Step::Start
        }),
    };
    let platform = parts
        .next()
        .filter(|p| crate::validate::is_id(p))
        .map(str::to_string);
    (
        Some(Route {
            lang,
            step,
            platform,
        }),
        notes,
    )
}

pub fn route_hash(lang: Lang, step: Step, platform: Option<&str>) -> String {
    match platform {
        Some(p) => format!("#/{}/{}/{}", lang.code(), step.slug(), p),
        None => format!("#/{}/{}", lang.code(), step.slug()),
    }
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

    #[test]
    fn toggling_a_platform_adds_and_removes_its_accounts() {
        let s = reduce(State::default(), Action::Toggle("facebook".into()));
        assert_eq!(s.selected, ["facebook"]);
        assert_eq!(s.accounts.len(), 1);
        let s = reduce(s, Action::AddAccount("facebook".into()));
        let s = reduce(
            s,
            Action::EditAccount(1, AccountField::Email, "b@example.org".into()),
        );
        assert_eq!(s.accounts[1].email, "b@example.org");
        let s = reduce(s, Action::Toggle("facebook".into()));
        assert!(s.selected.is_empty() && s.accounts.is_empty());
    }

    #[test]
    fn removing_an_account_keeps_the_other_ticks_on_their_accounts() {
        let mut s = reduce(State::default(), Action::Toggle("facebook".into()));
        s = reduce(s, Action::AddAccount("facebook".into()));
        s = reduce(s, Action::AddAccount("facebook".into()));
        for k in ["facebook/0", "facebook/2"] {
            s = reduce(
                s,
                Action::SetDone {
                    key: k.into(),
                    done: true,
                    entry: None,
                },
            );
        }
        let s = reduce(s, Action::RemoveAccount(1));
        assert_eq!(s.done, ["facebook/0", "facebook/1"]);
        let s = reduce(s, Action::RemoveAccount(0));
        assert_eq!(s.done, ["facebook/0"]);
    }

    #[test]
    fn forget_keeps_only_the_language() {
        let mut s = reduce(State::default(), Action::SetLang(Lang::En));
        s = reduce(s, Action::EditPerson(PersonField::Name, "Anna".into()));
        s = reduce(s, Action::SetRemember(true));
        let s = reduce(s, Action::Forget);
        assert_eq!(
            s,
            State {
                lang: Lang::En,
                ..State::default()
            }
        );
    }

    #[test]
    fn saved_state_round_trips_and_bad_input_is_an_error() {
        let mut s = reduce(State::default(), Action::Toggle("instagram".into()));
        s = reduce(
            s,
            Action::EditPerson(PersonField::Situation, "ünïcødé 👋 <b>".into()),
        );
        let saved = encode_saved(&s);
        assert_eq!(decode_saved(&saved), Ok(s));
        assert_eq!(decode_saved("kiw0:00"), Err(RestoreError::OtherVersion));
        assert_eq!(decode_saved("{}"), Err(RestoreError::Corrupt));
        assert_eq!(decode_saved("kiw1:zz"), Err(RestoreError::Corrupt));
        assert_eq!(decode_saved("kiw1:0"), Err(RestoreError::Corrupt));
        assert_eq!(decode_saved("kiw1:ffffffff"), Err(RestoreError::Corrupt));
        assert_eq!(
            decode_saved(&"a".repeat(MAX_SAVED_BYTES + 1)),
            Err(RestoreError::TooLarge)
        );
    }

    #[test]
    fn routes_parse_and_ignore_nonsense() {
        let (r, _) = parse_route("#/en/plan/facebook");
        assert_eq!(
            r,
            Some(Route {
                lang: Lang::En,
                step: Step::Plan,
                platform: Some("facebook".into())
            })
        );
        let (r, notes) = parse_route("#/de/<script>");
        assert_eq!(r.map(|r| r.step), Some(Step::Start));
        assert_eq!(notes.len(), 1);
        assert_eq!(parse_route("#/xx/plan").0, None);
        assert_eq!(parse_route("").0, None);
        let (r, _) = parse_route("#/de/plan/Face%20book");
        assert_eq!(r.and_then(|r| r.platform), None);
        assert_eq!(route_hash(Lang::De, Step::Proof, None), "#/de/nachweis");
    }
}
