//! The list of steps, showing where the person is; each step is a link (deep links work).

use crate::i18n::fill;
use crate::ui::Ctx;
use kiw_core::state::{route_hash, Step};
use yew::prelude::*;

/// A view function rather than a component: it holds no state of its own, and each component
/// costs several kilobytes of generic Yew code in the wasm.
pub fn step_nav(ctx: &Ctx) -> Html {
    let ctx = ctx.clone();
    let t = ctx.t();
    let s = ctx.s();
    let current = Step::WIZARD
        .iter()
        .position(|st| *st == s.step)
        .unwrap_or(0);
    html! {
        <nav class="steps" aria-label={fill(t.step_of, &[&(current + 1).to_string(), &Step::WIZARD.len().to_string()])}>
            <ol>
                { for Step::WIZARD.iter().enumerate().map(|(i, st)| html! {
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
