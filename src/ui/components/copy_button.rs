//! A copy button that works without the Clipboard API: then it selects the text and says how
//! to copy by hand.

use crate::ui::{browser, copy_text, Ctx};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    pub text: AttrValue,
    /// The element that shows the text; selected when copying is not possible.
    pub target: AttrValue,
    /// What is copied, for screen readers ("Copy: E-mail address").
    pub what: AttrValue,
}

#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    Idle,
    Copied,
    Failed,
}

#[component]
pub fn CopyButton(p: &CopyButtonProps) -> Html {
    let outcome = use_state_eq(|| Outcome::Idle);
    let Some(ctx) = use_context::<Ctx>() else {
        return html! {};
    };
    let t = ctx.t();
    let onclick = {
        let outcome = outcome.clone();
        let text = p.text.to_string();
        let target = p.target.to_string();
        move |_| {
            let outcome = outcome.clone();
            let text = text.clone();
            let target = target.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match copy_text(&text).await {
                    Ok(()) => outcome.set(Outcome::Copied),
                    Err(()) => {
                        browser::select_element(&target);
                        outcome.set(Outcome::Failed);
                    }
                }
            });
        }
    };
    let message = match *outcome {
        Outcome::Idle => "",
        Outcome::Copied => t.copied,
        Outcome::Failed => t.copy_failed,
    };
    html! {
        <span class="copy">
            <button type="button" class="copy-button" {onclick} aria-label={format!("{}: {}", t.copy, p.what)}>{ t.copy }</button>
            <span class={classes!("copy-status", (*outcome == Outcome::Failed).then_some("error"))} role="status">{ message }</span>
        </span>
    }
}
