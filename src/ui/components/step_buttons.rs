//! "Back" and "Next" at the end of a step; "Next" explains what is missing instead of going on.

use crate::ui::Ctx;
use kiw_core::state::{Action, Step};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepButtonsProps {
    #[prop_or_default]
    pub back: Option<Step>,
    #[prop_or_default]
    pub next: Option<Step>,
    #[prop_or(true)]
    pub allowed: bool,
    #[prop_or_default]
    pub error: AttrValue,
}

#[component]
pub fn StepButtons(p: &StepButtonsProps) -> Html {
    let shown = use_state_eq(|| false);
    let Some(ctx) = use_context::<Ctx>() else {
        return html! {};
    };
    let t = ctx.t();
    let back = p.back.map(|b| {
        let c = ctx.clone();
        html! { <button type="button" class="secondary" onclick={move |_| c.dispatch(Action::Go(b))}>{ t.back }</button> }
    });
    let show_error = *shown && !p.allowed;
    let next = p.next.map(|n| {
        let c = ctx.clone();
        let allowed = p.allowed;
        let shown = shown.clone();
        let onclick = move |_| if allowed { c.dispatch(Action::Go(n)) } else { shown.set(true) };
        html! {
            <button type="button" class="primary" {onclick} aria-describedby={show_error.then_some("step-error")}>{ t.next }</button>
        }
    });
    html! {
        <div class="step-buttons">
            { back }{ next }
            <p id="step-error" role="alert" class="error">{ if show_error { p.error.clone() } else { AttrValue::default() } }</p>
        </div>
    }
}
