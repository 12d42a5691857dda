//! A copy button that works without the Clipboard API: then it selects the text and says how
//! to copy by hand. Which button copied last is screen state (`Screen::copied`).

use crate::ui::{browser, copy_text, Ctx};
use kiw_core::ui_text::fill;
use yew::prelude::*;

/// `target` is the id of the element that shows `text`; it is selected when copying fails.
/// `what` names the text for screen readers ("Copy: E-mail address").
pub fn copy_button(ctx: &Ctx, text: String, target: String, what: &str) -> Html {
    let t = ctx.t();
    let onclick = {
        let state = ctx.screen.clone();
        let target = target.clone();
        move |_| {
            let (state, text, target) = (state.clone(), text.clone(), target.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let ok = copy_text(&text).await.is_ok();
                if !ok {
                    browser::select_element(&target);
                }
                let mut s = (*state).clone();
                s.copied = Some((target, ok));
                state.set(s);
            });
        }
    };
    let outcome = ctx
        .screen
        .copied
        .as_ref()
        .filter(|(id, _)| *id == target)
        .map(|(_, ok)| *ok);
    let message = match outcome {
        None => "",
        Some(true) => t.copied,
        Some(false) => t.copy_failed,
    };
    // The visible word starts the button's name, also once it says "Copied" (WCAG 2.5.3).
    let word = if outcome == Some(true) {
        t.copied
    } else {
        t.copy
    };
    html! {
        <span class="copy">
            <button type="button" class={classes!("copy-button", (outcome == Some(true)).then_some("copied"))} {onclick}
                aria-label={fill(t.label_value, &[word, what])}>{ word }</button>
            <span class={classes!("copy-status", (outcome == Some(false)).then_some("error"))} role="status">{ message }</span>
        </span>
    }
}
