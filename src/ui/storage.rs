//! The one module that touches the browser's storage. Work in progress lives in the session
//! storage of this tab (gone when the tab closes); only with the person's consent does it go to
//! local storage. Every call can fail (blocked, full, corrupt) and each failure becomes a
//! message, never a panic. An unreadable save is kept aside, never deleted, so it can be exported.

use kiw_core::saved::{decode_saved, encode_saved, RestoreError, STORAGE_KEY, UNREADABLE_KEY};
use kiw_core::state::State;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageNote {
    Blocked,
    /// Kept aside under `UNREADABLE_KEY`: it can be exported.
    Corrupt,
    /// From a newer version of the app; kept aside as well.
    Newer,
    Full,
    /// "Forget everything" was done; it can be undone while the page is open.
    Forgotten,
    /// "Undo" brought everything back.
    Restored,
}

fn area(local: bool) -> Result<web_sys::Storage, StorageNote> {
    // `window.localStorage` itself throws when cookies and site data are blocked.
    let w = web_sys::window().ok_or(StorageNote::Blocked)?;
    let s = if local {
        w.local_storage()
    } else {
        w.session_storage()
    };
    s.map_err(|_| StorageNote::Blocked)?
        .ok_or(StorageNote::Blocked)
}

fn read(local: bool) -> Result<Option<State>, StorageNote> {
    let s = area(local)?;
    let Some(raw) = s.get_item(STORAGE_KEY).map_err(|_| StorageNote::Blocked)? else {
        return Ok(None);
    };
    match decode_saved(&raw) {
        Ok(state) => Ok(Some(state)),
        Err(e) => {
            // Reading it again would fail on every visit: move it aside (not away) and say so.
            let _ = s.set_item(UNREADABLE_KEY, &raw);
            let _ = s.remove_item(STORAGE_KEY);
            Err(match e {
                RestoreError::Newer => StorageNote::Newer,
                RestoreError::Corrupt | RestoreError::TooLarge => StorageNote::Corrupt,
            })
        }
    }
}

/// The remembered state (local storage, with consent), else this tab's work in progress.
pub fn load() -> Result<Option<State>, StorageNote> {
    let local = read(true);
    if let Ok(Some(s)) = local {
        return Ok(Some(s));
    }
    match read(false) {
        Ok(Some(s)) => Ok(Some(s)),
        session => local.and(session),
    }
}

/// Keeps the state where the person's choice says: on the device, or in this tab only.
pub fn save(state: &State) -> Result<(), StorageNote> {
    let text = encode_saved(state);
    let (keep, drop) = if state.remember {
        (true, false)
    } else {
        (false, true)
    };
    let result = area(keep)?
        .set_item(STORAGE_KEY, &text)
        .map_err(|_| StorageNote::Full);
    // Never two copies: without consent nothing may stay in local storage.
    if let Ok(other) = area(drop) {
        let _ = other.remove_item(STORAGE_KEY);
    }
    result
}

/// Removes everything this app ever stored, in both places, unreadable copies included.
pub fn forget() -> Result<(), StorageNote> {
    let mut result = Ok(());
    for local in [true, false] {
        match area(local) {
            Ok(s) => {
                for key in [STORAGE_KEY, UNREADABLE_KEY] {
                    if s.remove_item(key).is_err() {
                        result = Err(StorageNote::Blocked);
                    }
                }
            }
            Err(e) => result = Err(e),
        }
    }
    result
}

/// The unreadable save that was kept aside, for the person to export.
pub fn unreadable() -> Option<String> {
    [true, false]
        .into_iter()
        .find_map(|local| area(local).ok()?.get_item(UNREADABLE_KEY).ok()?)
}
