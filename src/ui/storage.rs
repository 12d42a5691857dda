//! The one module that touches local storage. Every call can fail (blocked, full, corrupt) and
//! each failure becomes a message, never a panic.

use kiw_core::state::{decode_saved, encode_saved, RestoreError, State, STORAGE_KEY};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageNote {
    Blocked,
    Corrupt,
    OtherVersion,
    Full,
    Forgotten,
}

fn storage() -> Result<web_sys::Storage, StorageNote> {
    // `window.localStorage` itself throws when cookies and site data are blocked.
    web_sys::window()
        .ok_or(StorageNote::Blocked)?
        .local_storage()
        .map_err(|_| StorageNote::Blocked)?
        .ok_or(StorageNote::Blocked)
}

/// Loads a remembered state, if there is one.
pub fn load() -> Result<Option<State>, StorageNote> {
    let s = storage()?;
    let Some(raw) = s.get_item(STORAGE_KEY).map_err(|_| StorageNote::Blocked)? else {
        return Ok(None);
    };
    match decode_saved(&raw) {
        Ok(state) => Ok(Some(state)),
        Err(e) => {
            // A damaged save would fail again on every visit: remove it, say so once.
            let _ = s.remove_item(STORAGE_KEY);
            Err(match e {
                RestoreError::OtherVersion => StorageNote::OtherVersion,
                RestoreError::Corrupt | RestoreError::TooLarge => StorageNote::Corrupt,
            })
        }
    }
}

pub fn save(state: &State) -> Result<(), StorageNote> {
    storage()?
        .set_item(STORAGE_KEY, &encode_saved(state))
        .map_err(|_| StorageNote::Full)
}

/// Removes everything this app ever stored on the device.
pub fn forget() -> Result<(), StorageNote> {
    let s = storage()?;
    s.remove_item(STORAGE_KEY).map_err(|_| StorageNote::Blocked)
}
