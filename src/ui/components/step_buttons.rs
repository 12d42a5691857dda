//! "Back" and "Next" at the end of a step; "Next" explains what is missing instead of going on.

use crate::ui::Ctx;
use kiw_core::state::{Action, Step};
use yew::prelude::*;

/// `allowed = false` makes "Next" show `error` (announced) instead of moving on. `label` names
/// the next button ("Continue with 2 services").
pub fn step_buttons(
    ctx: &Ctx,
    back: Option<Step>,
    next: Option<(Step, String)>,
    allowed: bool,
    error: &str,
) -> Html {
    let t = ctx.t();
    let back = back.map(|b| {
        let c = ctx.clone();
        html! { <button type="button" class="secondary" onclick={move |_| c.dispatch(Action::Go(b))}>{ t.back }</button> }
    });
    let show_error = ctx.screen.next_error && !allowed;
    let next = next.map(|(n, label)| {
        let c = ctx.clone();
        let onclick = move |_| {
            if allowed {
                c.screen(|s| s.next_error = false);
                c.dispatch(Action::Go(n));
            } else {
                c.screen(|s| s.next_error = true);
            }
        };
        html! {
            <button type="button" class="primary" {onclick} aria-describedby={show_error.then_some("step-error")}>{ label }</button>
        }
    });
    html! {
        <div class="step-buttons">
            <p id="step-error" role="alert" class="error">{ if show_error { error } else { "" } }</p>
            <div class="buttons">{ back }{ next }</div>
        </div>
    }
}
