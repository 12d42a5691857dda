//! The top bar: the name, the language, and a small menu for saving and privacy. "Forget
//! everything" asks first and can be undone while the page is open.

use crate::ui::{browser, storage, Ctx, StorageNote};
use kiw_core::route::route_hash;
use kiw_core::state::{Action, Step};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub fn header(ctx: &Ctx) -> Html {
    let t = ctx.t();
    let s = ctx.s();
    let current = ctx
        .catalog
        .language(s.lang)
        .map_or(s.lang.code(), |l| l.name.as_str());
    // Each language named in itself, as a link (the address says the language; the app follows).
    let languages: Html = ctx
        .catalog
        .languages
        .iter()
        .map(|l| {
            let here = l.code == s.lang;
            html! {
                <li><a href={route_hash(l.code, s.step, None)} lang={l.code.code().to_string()} hreflang={l.code.code().to_string()}
                    aria-current={here.then_some("true")}
                    onclick={|_| browser::close_menu("lang-menu")}>{ l.name.clone() }</a></li>
            }
        })
        .collect();
    let onremember = {
        let ctx = ctx.clone();
        move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            ctx.dispatch(Action::SetRemember(on));
        }
    };
    let onforget = {
        let ctx = ctx.clone();
        move |_| ctx.screen(|s| s.confirm_forget = true)
    };
    let oncancel = {
        let ctx = ctx.clone();
        move |_| ctx.screen(|s| s.confirm_forget = false)
    };
    let onconfirm = {
        let ctx = ctx.clone();
        move |_| {
            browser::close_menu("menu");
            ctx.undo.set(Some(Rc::new(ctx.state.0.clone())));
            let result = storage::forget();
            ctx.dispatch(Action::Forget);
            ctx.screen(|s| *s = Default::default());
            ctx.note.set(Some(match result {
                Ok(()) => StorageNote::Forgotten,
                Err(n) => n,
            }));
        }
    };
    let onundo = {
        let ctx = ctx.clone();
        move |_| {
            if let Some(old) = (*ctx.undo).clone() {
                // Back to where the person was, not only to what they entered.
                ctx.dispatch(Action::Restore(Box::new((*old).clone())));
                ctx.dispatch(Action::Go(old.step));
                ctx.undo.set(None);
                ctx.note.set(Some(StorageNote::Restored));
            }
        }
    };
    let onexport = {
        move |_| {
            if let Some(raw) = storage::unreadable() {
                browser::download(
                    &format!("{}.txt", t.file_unreadable),
                    "text/plain;charset=utf-8",
                    &raw,
                );
            }
        }
    };
    let note = ctx.note.as_ref().map(|n| match n {
        StorageNote::Blocked => t.storage_blocked,
        StorageNote::Corrupt => t.storage_corrupt,
        StorageNote::Newer => t.storage_newer,
        StorageNote::Full => t.storage_full,
        StorageNote::Forgotten => t.forgotten,
        StorageNote::Restored => t.restored,
    });
    let can_undo = *ctx.note == Some(StorageNote::Forgotten) && ctx.undo.is_some();
    let can_export = matches!(*ctx.note, Some(StorageNote::Corrupt | StorageNote::Newer));
    html! {
        <header class="site-header">
            // A real link for the screen reader's list of links; the hash is the router's, so
            // the click only moves focus.
            <a class="skip" href="#main" onclick={|e: MouseEvent| { e.prevent_default(); browser::focus("main"); }}>{ t.skip_to_content }</a>
            <p class="app-name">{ t.app_name }</p>
            <nav class="tools" aria-label={t.language_label}>
                <details class="menu lang-menu" id="lang-menu" onkeydown={|e: KeyboardEvent| if e.key() == "Escape" { browser::close_menu("lang-menu"); browser::focus("lang-summary"); }}>
                    <summary id="lang-summary"><span class="visually-hidden">{ t.language_label }{ " " }</span>{ current }</summary>
                    <ul class="menu-body">{ languages }</ul>
                </details>
            </nav>
            <details class="menu" id="menu" onkeydown={|e: KeyboardEvent| if e.key() == "Escape" { browser::close_menu("menu"); browser::focus("menu-summary"); }}>
                <summary id="menu-summary"><span aria-hidden="true">{ "⋯" }</span><span class="menu-label">{ t.menu }</span></summary>
                <div class="menu-body">
                    <div class="check">
                        <input type="checkbox" id="remember" checked={s.remember} onchange={onremember} aria-describedby="remember-hint" />
                        <label for="remember">{ t.remember }</label>
                    </div>
                    <p class="hint" id="remember-hint">{ t.remember_hint }</p>
                    if ctx.screen.confirm_forget {
                        <p class="confirm" id="forget-question">{ t.forget_confirm }</p>
                        <p class="actions">
                            <button type="button" class="danger" onclick={onconfirm} aria-describedby="forget-question">{ t.forget_yes }</button>
                            <button type="button" class="secondary" onclick={oncancel}>{ t.cancel }</button>
                        </p>
                    } else {
                        <p><button type="button" class="secondary" onclick={onforget}>{ t.forget }</button></p>
                    }
                    <p><a href={route_hash(s.lang, Step::Privacy, None)}>{ t.privacy_title }</a></p>
                </div>
            </details>
            <div class="storage-note" role="status">
                { note.unwrap_or_default() }
                if can_undo { { " " }<button type="button" class="secondary small" onclick={onundo}>{ t.undo }</button> }
                if can_export { { " " }<button type="button" class="secondary small" onclick={onexport}>{ t.export_unreadable }</button> }
            </div>
        </header>
    }
}
