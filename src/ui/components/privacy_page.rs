//! The two pages beside the journey: privacy ("how to check this yourself") and what the
//! companies changed lately.

use super::step_heading;
use crate::ui::Ctx;
use kiw_core::route::route_hash;
use kiw_core::state::Step;
use kiw_core::ui_text::fill;
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

/// What the companies changed lately, newest first, for every service.
pub fn changes_page(ctx: &Ctx) -> Html {
    let t = ctx.t();
    let lang = ctx.lang();
    let all = ctx.catalog.all_changes();
    let items: Vec<String> = all
        .iter()
        .map(|(p, c)| {
            let line = fill(t.label_value, &[p.name.get(lang), c.text.get(lang)]);
            format!("{} – {line}", ctx.catalog.long_date(c.date, lang))
        })
        .collect();
    html! {
        <section aria-labelledby="step-heading">
            { step_heading(t.changes_page_title) }
            { super::para("hint", t.changes_page_hint) }
            if items.is_empty() { { super::para("", t.changes_empty) } } else { { super::text_list("changes", items) } }
            <p><a href={route_hash(ctx.lang(), Step::Start, None)}>{ t.back }</a></p>
        </section>
    }
}
