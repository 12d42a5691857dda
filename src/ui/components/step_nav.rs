//! The steps of the journey, showing where the person is; each step is a link (deep links work).

use crate::ui::Ctx;
use kiw_core::route::route_hash;
use kiw_core::state::Step;
use kiw_core::ui_text::fill;
use yew::prelude::*;

pub fn step_nav(ctx: &Ctx) -> Html {
    let t = ctx.t();
    let s = ctx.s();
    let current = Step::JOURNEY
        .iter()
        .position(|st| *st == s.step)
        .unwrap_or(0);
    html! {
        <nav class="steps" aria-label={fill(t.step_of, &[&(current + 1).to_string(), &Step::JOURNEY.len().to_string()])}>
            <ol>
                { for Step::JOURNEY.iter().enumerate().map(|(i, st)| html! {
                    <li class={classes!((i == current).then_some("current"), (i < current).then_some("past"))}>
                        <a href={route_hash(s.lang, *st, None)} aria-current={(i == current).then_some("step")}>
                            <span class="num" aria-hidden="true">{ i + 1 }</span><span class="label">{ t.step(i) }</span>
                        </a>
                    </li>
                }) }
            </ol>
        </nav>
    }
}
