//! A copy button that works without the Clipboard API: then it selects the text and says how
//! to copy by hand. Which button last copied is kept in the app (`Ctx::copy`), so this is a
//! plain view function.

use crate::ui::{browser, copy_text, Ctx};
use yew::prelude::*;

/// `target` is the id of the element that shows `text`; it is selected when copying fails.
/// `what` names the text for screen readers ("Copy: E-mail address").
pub fn copy_button(ctx: &Ctx, text: String, target: String, what: &str) -> Html {
    let t = ctx.t();
    let onclick = {
        let state = ctx.copy.clone();
        let target = target.clone();
        move |_| {
            let state = state.clone();
            let text = text.clone();
            let target = target.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = copy_text(&text).await.is_ok();
                if !ok {
                    browser::select_element(&target);
                }
                state.set(Some((target, ok)));
            });
        }
    };
    let outcome = ctx
        .copy
        .as_ref()
        .filter(|(id, _)| *id == target)
        .map(|(_, ok)| *ok);
    let message = match outcome {
        None => "",
        Some(true) => t.copied,
        Some(false) => t.copy_failed,
    };
    html! {
        <span class="copy">
            <button type="button" class="copy-button" {onclick} aria-label={format!("{}: {what}", t.copy)}>{ t.copy }</button>
            <span class={classes!("copy-status", (outcome == Some(false)).then_some("error"))} role="status">{ message }</span>
        </span>
    }
}
