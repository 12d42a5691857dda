//! Step 4: one card per chosen service, with every text regenerated from the current state.

use super::{platform_card, step_buttons, step_heading};
use crate::ui::{browser, Ctx};
use kiw_core::letters::{generate, Request};
use kiw_core::state::Step;
use yew::prelude::*;

/// A view function rather than a component: it holds no state of its own, and each component
/// costs several kilobytes of generic Yew code in the wasm.
pub fn plan_step(ctx: &Ctx) -> Html {
    let ctx = ctx.clone();
    let t = ctx.t();
    let s = ctx.s();
    // Each service's follow-ups count from the day its own objection was ticked as sent.
    let texts: Vec<_> = s
        .selected
        .iter()
        .flat_map(|pid| {
            let req = Request {
                catalog: &ctx.catalog,
                person: &s.person,
                accounts: &s.accounts,
                today: ctx.today,
                sent_on: s.proof.iter().find(|e| &e.platform == pid).map(|e| e.date),
                lang: s.lang,
            };
            generate(&req, std::slice::from_ref(pid))
        })
        .collect();
    let onprint = |_| browser::print("plan", None);
    html! {
        <section aria-labelledby="step-heading">
            { step_heading(t.plan_title) }
            <p>{ t.plan_hint }</p>
            if texts.is_empty() { <p role="alert">{ t.choose_one_first }</p> }
            { for texts.iter().map(|pt| platform_card(&ctx, pt)) }
            <p><button type="button" class="secondary" onclick={onprint}>{ t.print_plan }</button></p>
            { step_buttons(&ctx, Some(Step::Situation), Some(Step::Proof), true, "") }
        </section>
    }
}
