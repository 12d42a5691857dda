//! The format in which the state is kept on the device, and the way up from every released
//! version of it. A test decodes a frozen sample of each released format, so a change to
//! `State` that forgets to bump the version fails before it can lose what people saved.

use crate::state::State;

/// The storage key (local storage with consent, session storage of the tab otherwise).
pub const STORAGE_KEY: &str = "ki-widerspruch";
/// Where an unreadable save is kept aside instead of being deleted, so it can be exported.
pub const UNREADABLE_KEY: &str = "ki-widerspruch-unreadable";
/// The start of a save in the current format.
pub const PREFIX: &str = "kiw4:";
/// Saved state larger than this is refused (local storage holds about 5 MB per site).
pub const MAX_SAVED_BYTES: usize = 1_500_000;

/// Why a saved state could not be restored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreError {
    /// Saved by a newer version of the app than this one.
    Newer,
    /// Not readable: damaged or changed by hand.
    Corrupt,
    TooLarge,
}

/// The state as a string for storage: `kiw4:` and the compact encoding as hex.
pub fn encode_saved(s: &State) -> String {
    with_prefix(PREFIX, &postcard::to_allocvec(s).unwrap_or_default())
}

fn with_prefix(prefix: &str, bytes: &[u8]) -> String {
    let mut out = String::with_capacity(prefix.len() + bytes.len() * 2);
    out.push_str(prefix);
    for b in bytes {
        out.push(char::from(b"0123456789abcdef"[usize::from(b >> 4)]));
        out.push(char::from(b"0123456789abcdef"[usize::from(b & 15)]));
    }
    out
}

fn unhex(hex: &str) -> Result<Vec<u8>, RestoreError> {
    if hex.len() % 2 != 0 {
        return Err(RestoreError::Corrupt);
    }
    let nibble = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    };
    hex.as_bytes()
        .chunks(2)
        .map(|p| Some(nibble(p[0])? << 4 | nibble(p[1])?))
        .collect::<Option<Vec<u8>>>()
        .ok_or(RestoreError::Corrupt)
}

/// Reads a saved state of this or any earlier released version. Never panics.
pub fn decode_saved(saved: &str) -> Result<State, RestoreError> {
    if saved.len() > MAX_SAVED_BYTES {
        return Err(RestoreError::TooLarge);
    }
    fn current(bytes: &[u8]) -> Result<State, RestoreError> {
        crate::decode::from_bytes(bytes).ok_or(RestoreError::Corrupt)
    }
    let mut state: State = if let Some(hex) = saved.strip_prefix(PREFIX) {
        current(&unhex(hex)?)?
    } else if let Some(hex) = saved.strip_prefix("kiw3:") {
        // Version 3 (2026-12-02) ended before `company_lang`: add it as "none".
        let mut bytes = unhex(hex)?;
        bytes.push(0);
        current(&bytes)?
    } else if let Some(hex) = saved.strip_prefix("kiw2:") {
        // Version 2 (2026-12-02) differed only in the first field: the language was one of two,
        // by position (0 German, 1 English); now it is its code. The rest reads as today's.
        let mut bytes = unhex(hex)?;
        let code: &[u8] = match bytes.first() {
            Some(0) => b"de",
            Some(1) => b"en",
            _ => return Err(RestoreError::Corrupt),
        };
        bytes.splice(..1, [2].iter().chain(code).copied());
        // … and ended before `company_lang`, like version 3.
        bytes.push(0);
        current(&bytes)?
    } else if let Some(hex) = saved.strip_prefix("kiw1:") {
        let old =
            crate::decode::from_bytes::<v1::State>(&unhex(hex)?).ok_or(RestoreError::Corrupt)?;
        v1::upgrade(old)
    } else if saved.starts_with("kiw") {
        return Err(RestoreError::Newer);
    } else {
        return Err(RestoreError::Corrupt);
    };
    // Ids and limits are repaired, as after any action: the string may have been edited.
    state.repair();
    Ok(state)
}

/// Version 1 (released 2026-11): the whole state, positional; accounts and ticks by position,
/// the record as texts in the language of the day. Frozen: never change these types.
mod v1 {
    use crate::date::Date;
    use crate::decode::{structs, unit_enums, Decode, Reader};
    use crate::letters::{Account as NewAccount, Person as NewPerson};
    use crate::state::{ActionKind, Done, State as NewState, Step as NewStep};
    use serde::Serialize;

    #[derive(Clone, Copy, Debug, Serialize)]
    pub enum Lang {
        De,
        En,
    }

    #[derive(Clone, Copy, Debug, Serialize)]
    pub enum Step {
        Start,
        Accounts,
        Situation,
        Plan,
        Proof,
        Privacy,
    }

    pub struct Account {
        pub platform: String,
        pub username: String,
        pub email: String,
        pub linked: bool,
    }

    pub struct Person {
        pub name: String,
        pub address: String,
        pub email: String,
        pub region: String,
        pub reasons: Vec<String>,
        pub situation: String,
    }

    pub struct ProofEntry {
        pub date: Date,
        pub platform: String,
        #[allow(dead_code)]
        pub platform_name: String,
        #[allow(dead_code)]
        pub action: String,
        #[allow(dead_code)]
        pub to: String,
    }

    pub struct State {
        pub lang: Lang,
        pub step: Step,
        pub selected: Vec<String>,
        pub accounts: Vec<Account>,
        pub person: Person,
        /// "platform/account-index" of the ticked form items.
        pub done: Vec<String>,
        pub proof: Vec<ProofEntry>,
        pub remember: bool,
    }

    // Read as written then: the fields in order (`crate::decode`).
    unit_enums! {
        Lang { De, En }
        Step { Start, Accounts, Situation, Plan, Proof, Privacy }
    }
    structs! {
        Account { platform, username, email, linked }
        Person { name, address, email, region, reasons, situation }
        ProofEntry { date, platform, platform_name, action, to }
        State { lang, step, selected, accounts, person, done, proof, remember }
    }

    /// Version 1 could only tick forms, per account position, and kept the day in the record.
    pub fn upgrade(old: State) -> NewState {
        let person_email = old.person.email.trim().to_string();
        let accounts: Vec<NewAccount> = old
            .accounts
            .into_iter()
            .zip(0u32..)
            .map(|(a, id)| NewAccount {
                id,
                own_email: !a.email.trim().is_empty() && a.email.trim() != person_email,
                platform: a.platform,
                username: a.username,
                email: a.email,
                linked: a.linked,
            })
            .collect();
        let first_day = |platform: &str| {
            old.proof
                .iter()
                .filter(|e| e.platform == platform)
                .map(|e| e.date)
                .min()
        };
        let mut done: Vec<Done> = Vec::new();
        for key in &old.done {
            let Some((platform, n)) = key.split_once('/') else {
                continue;
            };
            let (Ok(n), Some(date)) = (n.parse::<usize>(), first_day(platform)) else {
                continue;
            };
            let Some(account) = accounts.get(n).filter(|a| a.platform == platform) else {
                continue;
            };
            done.push(Done {
                platform: platform.to_string(),
                account: Some(account.id),
                action: ActionKind::Form,
                date,
            });
        }
        // Record entries whose tick was taken back still say that something was sent that day.
        for e in &old.proof {
            if !done.iter().any(|d| d.platform == e.platform) {
                done.push(Done {
                    platform: e.platform.clone(),
                    account: None,
                    action: ActionKind::Form,
                    date: e.date,
                });
            }
        }
        NewState {
            lang: match old.lang {
                Lang::De => crate::model::Lang::DE,
                Lang::En => crate::model::Lang::EN,
            },
            step: match old.step {
                Step::Start => NewStep::Start,
                Step::Accounts | Step::Situation => NewStep::About,
                Step::Plan => NewStep::Plan,
                Step::Proof => NewStep::Done,
                Step::Privacy => NewStep::Privacy,
            },
            selected: old.selected,
            next_id: u32::try_from(accounts.len()).unwrap_or(u32::MAX),
            company_lang: None,
            accounts,
            person: NewPerson {
                name: old.person.name,
                address: old.person.address,
                email: old.person.email,
                region: old.person.region,
                reasons: old.person.reasons,
                situation: old.person.situation,
                post_links: String::new(),
            },
            done,
            remember: old.remember,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::letters::{Account, Person};
    use crate::model::Lang;
    use crate::state::{reduce, Action, ActionKind, Done, PersonField, Step};

    /// A save written by version 1 (commit 07a5710, 2026-11): Maria with linked Facebook
    /// (ticked on 20 Nov 2026) and Instagram accounts, English, on the record step.
    const FROZEN_V1: &str = include_str!("../tests/saved/v1.txt");
    /// A save written by version 2 (commit 0002cbb, 2026-12-02): see `sample` for what it holds.
    const FROZEN_V2: &str = include_str!("../tests/saved/v2.txt");
    /// A save written by version 3 (commit b41c0b0, 2026-12-02): `sample` in French.
    const FROZEN_V3: &str = include_str!("../tests/saved/v3.txt");
    /// A save written by version 4 (this format): `sample` in Polish, letters to companies in
    /// English.
    const FROZEN_V4: &str = include_str!("../tests/saved/v4.txt");

    fn sample(lang: Lang) -> State {
        State {
            lang,
            step: Step::Plan,
            selected: vec!["instagram".into(), "linkedin".into()],
            accounts: vec![
                Account {
                    id: 0,
                    platform: "instagram".into(),
                    username: "@anna".into(),
                    email: "alt@example.org".into(),
                    own_email: true,
                    linked: true,
                },
                Account {
                    id: 3,
                    platform: "linkedin".into(),
                    ..Account::default()
                },
            ],
            person: Person {
                name: "Anna Beispiel".into(),
                address: "Weg 1\n12345 Ort".into(),
                email: "anna@example.de".into(),
                region: "DE-BE".into(),
                reasons: vec!["children".into()],
                situation: "ünïcødé 👋".into(),
                post_links: "https://example.org/p/1".into(),
            },
            done: vec![Done {
                platform: "linkedin".into(),
                account: Some(3),
                action: ActionKind::Setting,
                date: Date::parse("2026-12-02").unwrap(),
            }],
            remember: true,
            next_id: 4,
            company_lang: None,
        }
    }

    #[test]
    fn the_released_v4_format_still_decodes() {
        // If this fails, `State` changed: bump the version (PREFIX), freeze the old types in a
        // module like `v1`, write the upgrade, and add a new frozen sample.
        let polish = State {
            company_lang: Some(Lang::EN),
            ..sample(Lang::from_code("pl").unwrap())
        };
        if std::env::var_os("WRITE_SAVED_SAMPLE").is_some() {
            std::fs::write("tests/saved/v4.txt", encode_saved(&polish)).unwrap();
        }
        assert_eq!(decode_saved(FROZEN_V4.trim()), Ok(polish));
    }

    #[test]
    fn a_version_3_save_keeps_everything() {
        let french = Lang::from_code("fr").unwrap();
        assert_eq!(decode_saved(FROZEN_V3.trim()), Ok(sample(french)));
    }

    #[test]
    fn a_version_2_save_keeps_everything() {
        assert_eq!(decode_saved(FROZEN_V2.trim()), Ok(sample(Lang::EN)));
    }

    #[test]
    fn a_version_1_save_keeps_everything_a_person_remembered() {
        let s = decode_saved(FROZEN_V1.trim()).expect("v1 decodes");
        assert_eq!(s.lang, Lang::EN);
        assert_eq!(s.step, Step::Done);
        assert_eq!(s.selected, ["facebook", "instagram"]);
        assert_eq!(s.person.name, "Maria Huber");
        assert_eq!(s.person.region, "DE-BY");
        assert_eq!(s.person.reasons, ["children"]);
        assert_eq!(s.accounts.len(), 2);
        assert_eq!(s.accounts[0].username, "maria.huber.5");
        assert!(
            s.accounts[0].own_email,
            "a different e-mail stays the account's own"
        );
        assert!(s.accounts.iter().all(|a| a.linked));
        assert_eq!(
            s.done,
            [Done {
                platform: "facebook".into(),
                account: Some(s.accounts[0].id),
                action: ActionKind::Form,
                date: Date::parse("2026-11-20").unwrap(),
            }]
        );
        assert!(s.remember);
        // New accounts get new ids.
        let s = reduce(s, Action::AddAccount("facebook".into()));
        let ids: Vec<u32> = s.accounts.iter().map(|a| a.id).collect();
        assert_eq!(ids.len(), 3);
        assert!(ids[2] > ids[0] && ids[2] > ids[1]);
    }

    #[test]
    fn saved_state_round_trips_and_bad_input_is_an_error() {
        let mut s = reduce(State::default(), Action::Toggle("instagram".into()));
        s = reduce(
            s,
            Action::EditPerson(PersonField::Situation, "ünïcødé 👋 <b>".into()),
        );
        s = reduce(s, Action::SetRemember(true));
        let saved = encode_saved(&s);
        assert_eq!(decode_saved(&saved), Ok(s));
        assert_eq!(decode_saved("kiw9:00"), Err(RestoreError::Newer));
        assert_eq!(decode_saved("{}"), Err(RestoreError::Corrupt));
        assert_eq!(decode_saved("kiw2:zz"), Err(RestoreError::Corrupt));
        assert_eq!(decode_saved("kiw2:0"), Err(RestoreError::Corrupt));
        assert_eq!(decode_saved("kiw2:ffffffff"), Err(RestoreError::Corrupt));
        assert_eq!(decode_saved("kiw1:ffffffff"), Err(RestoreError::Corrupt));
        assert_eq!(
            decode_saved(&"a".repeat(MAX_SAVED_BYTES + 1)),
            Err(RestoreError::TooLarge)
        );
    }
}
