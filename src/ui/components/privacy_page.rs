//! "How to check this yourself": what happens to what people enter, and how to verify it.

use super::step_heading;
use crate::ui::Ctx;
use kiw_core::route::route_hash;
use kiw_core::state::Step;
use yew::prelude::*;

pub fn privacy_page(ctx: &Ctx) -> Html {
    let t = ctx.t();
    html! {
        <section aria-labelledby="step-heading">
            { step_heading(t.privacy_title) }
            <ul>{ for t.privacy_points().iter().map(|p| html! { <li>{ *p }</li> }) }</ul>
            <h2>{ t.privacy_check_title }</h2>
            <ol>{ for t.privacy_check().iter().map(|p| html! { <li>{ *p }</li> }) }</ol>
            <p><a href={route_hash(ctx.lang(), Step::Start, None)}>{ t.back }</a></p>
        </section>
    }
}
