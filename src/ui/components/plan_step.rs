//! Step 4: one card per chosen service, with every text regenerated from the current state.

use super::{step_heading, PlatformCard, StepButtons};
use crate::ui::{browser, Ctx};
use kiw_core::letters::{generate, Request};
use kiw_core::state::Step;
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn PlanStep() -> Html {
    let Some(ctx) = use_context::<Ctx>() else {
        return html! {};
    };
    let t = ctx.t();
    let s = ctx.s();
    let req = Request {
        catalog: &ctx.catalog,
        person: &s.person,
        accounts: &s.accounts,
        today: ctx.today,
        sent_on: s.proof.first().map(|e| e.date),
        lang: s.lang,
    };
    let texts = generate(&req, &s.selected);
    let onprint = |_| browser::print("plan");
    html! {
        <section aria-labelledby="step-heading">
            { step_heading(t.plan_title) }
            <p>{ t.plan_hint }</p>
            if texts.is_empty() { <p role="alert">{ t.choose_one_first }</p> }
            { for texts.into_iter().map(|pt| html! { <PlatformCard texts={Rc::new(pt)} /> }) }
            <p><button type="button" class="secondary" onclick={onprint}>{ t.print_plan }</button></p>
            <StepButtons back={Step::Situation} next={Step::Proof} />
        </section>
    }
}
