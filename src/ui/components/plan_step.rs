//! Step 3: one card per chosen service, the actions first, with progress; every text is made
//! anew from the current state by the core's plan.

use super::{plan_card, step_heading};
use crate::ui::{browser, Ctx};
use kiw_core::plan::plan_with;
use kiw_core::state::{Action, Step};
use kiw_core::ui_text::fill;
use yew::prelude::*;

pub fn plan_step(ctx: &Ctx) -> Html {
    let t = ctx.t();
    if ctx.s().selected.is_empty() {
        return super::nothing_chosen(ctx, t.plan_title);
    }
    let others = crate::ui::letter_catalogs(ctx.s(), &ctx.catalog);
    let others: Vec<_> = others.iter().map(|(l, c)| (*l, &**c)).collect();
    let p = plan_with(ctx.s(), &ctx.catalog, ctx.today, ctx.phone, &others);
    let (done, total) = p.progress();
    let onprint = |_| browser::print("plan", None);
    let go = |step: Step| {
        let ctx = ctx.clone();
        move |_| ctx.dispatch(Action::Go(step))
    };
    html! {
        <section aria-labelledby="step-heading" class="plan">
            { step_heading(t.plan_title) }
            <p class="hint">{ t.plan_hint }</p>
            <div class="progress" role="status">
                <span class="progress-text">{ fill(t.progress, &[&done.to_string(), &total.to_string()]) }</span>
                <progress aria-hidden="true" value={done.to_string()} max={total.max(1).to_string()}></progress>
            </div>
            if p.cards.is_empty() { <p role="alert">{ t.choose_one_first }</p> }
            { for p.cards.iter().map(|c| plan_card(ctx, c)) }
            <p class="print-plan"><button type="button" class="secondary" onclick={onprint}>{ t.print_plan }</button></p>
            <div class="step-buttons sticky-next">
                <div class="buttons">
                    <button type="button" class="secondary" onclick={go(Step::About)}>{ t.back }</button>
                    <button type="button" class="primary" onclick={go(Step::Done)}>{ t.to_done }</button>
                </div>
            </div>
        </section>
    }
}
