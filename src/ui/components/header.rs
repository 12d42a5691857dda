//! The top bar: name, language switch, "remember on this device" and "forget everything".

use crate::ui::{storage, Ctx, StorageNote};
use kiw_core::state::{route_hash, Action};
use kiw_core::Lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A view function rather than a component: it holds no state of its own, and each component
/// costs several kilobytes of generic Yew code in the wasm.
pub fn header(ctx: &Ctx) -> Html {
    let ctx = ctx.clone();
    let t = ctx.t();
    let s = ctx.s();
    let other = match s.lang {
        Lang::De => Lang::En,
        Lang::En => Lang::De,
    };
    let onremember = {
        let ctx = ctx.clone();
        move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            if !on {
                let _ = storage::forget();
            }
            ctx.dispatch(Action::SetRemember(on));
        }
    };
    let onforget = {
        let ctx = ctx.clone();
        move |_| {
            let result = storage::forget();
            ctx.dispatch(Action::Forget);
            ctx.note.set(Some(match result {
                Ok(()) => StorageNote::Forgotten,
                Err(n) => n,
            }));
        }
    };
    let note = ctx.note.as_ref().map(|n| match n {
        StorageNote::Blocked => t.storage_blocked,
        StorageNote::Corrupt => t.storage_corrupt,
        StorageNote::OtherVersion => t.storage_old,
        StorageNote::Full => t.storage_full,
        StorageNote::Forgotten => t.forgotten,
    });
    html! {
        <header class="site-header">
            // A real link for the screen reader's list of links; the hash is the router's, so
            // the click only moves focus.
            <a class="skip" href="#main" onclick={|e: MouseEvent| { e.prevent_default(); crate::ui::browser::focus("main"); }}>{ t.skip_to_content }</a>
            <div class="brand">
                <p class="app-name">{ t.app_name }</p>
                <p class="tagline">{ t.tagline }</p>
            </div>
            <nav class="tools" aria-label={t.language_label}>
                <a class="lang-switch" href={route_hash(other, s.step, None)} lang={other.code()} hreflang={other.code()}
                    aria-label={t.other_language_name}>{ t.other_language }</a>
            </nav>
            <div class="memory">
                <label class="check">
                    <input type="checkbox" checked={s.remember} onchange={onremember} aria-describedby="remember-hint" />
                    { t.remember }
                </label>
                <p class="hint" id="remember-hint">{ t.remember_hint }</p>
                <button type="button" class="secondary small" onclick={onforget}>{ t.forget }</button>
            </div>
            <p class="storage-note" role="status">{ note.unwrap_or_default() }</p>
        </header>
    }
}
