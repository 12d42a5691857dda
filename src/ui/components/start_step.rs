//! Step 1: one sentence, and the choice of services as tiles grouped by company, with a search
//! field. Statuses come later, on each service's card, so the list stays easy to scan.

use super::step_buttons;
use crate::ui::Ctx;
use kiw_core::model::{Audience, Platform};
use kiw_core::plan::{matches_search, needs, service_groups};
use kiw_core::route::route_hash;
use kiw_core::state::{Action, Step};
use kiw_core::ui_text::fill;
use web_sys::HtmlInputElement;
use yew::prelude::*;

fn tile(ctx: &Ctx, p: &Platform) -> Html {
    let id = format!("svc-{}", p.id);
    let checked = ctx.s().selected.contains(&p.id);
    let onchange = {
        let ctx = ctx.clone();
        let pid = p.id.clone();
        move |_| ctx.dispatch(Action::Toggle(pid.clone()))
    };
    html! {
        <li key={p.id.clone()}>
            <label class={classes!("tile", checked.then_some("chosen"))} for={id.clone()}>
                <input type="checkbox" {id} {checked} {onchange} />
                <span class="tile-name">{ tile_name(p.name.get(ctx.lang())) }</span>
            </label>
        </li>
    }
}

/// A narrow tile breaks a name after a dot ("WordPress." "com"), not inside a word; most names
/// have no dot and get no break element.
fn tile_name(name: &str) -> Html {
    match name.split_once('.') {
        Some((head, tail)) if !tail.is_empty() => html! { <>{ head }{ "." }<wbr />{ tail }</> },
        _ => html! { { name } },
    }
}

pub fn start_step(ctx: &Ctx) -> Html {
    let t = ctx.t();
    let lang = ctx.lang();
    let query = ctx.screen.search.clone();
    let shown = |p: &Platform| matches_search(p, &query, lang);
    let groups: Vec<Html> = service_groups(&ctx.catalog)
        .into_iter()
        .filter_map(|g| {
            let tiles: Vec<Html> = g
                .platforms
                .iter()
                .filter(|p| shown(p))
                .map(|p| tile(ctx, p))
                .collect();
            if tiles.is_empty() {
                return None;
            }
            let title = g.company.unwrap_or(t.other_services).to_string();
            let key = g.company.unwrap_or("").to_string();
            Some(html! {
                <div class="group" {key}>
                    <h3 class="group-title">{ title }</h3>
                    <ul class="tiles">{ tiles }</ul>
                </div>
            })
        })
        .collect();
    let without: Vec<Html> = ctx
        .catalog
        .platforms
        .iter()
        .filter(|p| p.audience == Audience::NoAccount && shown(p))
        .map(|p| tile(ctx, p))
        .collect();
    let nothing_found = groups.is_empty() && without.is_empty();
    let onsearch = {
        let ctx = ctx.clone();
        move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            ctx.screen(|s| s.search = v);
        }
    };
    let n = ctx.s().selected.len();
    let label = match n {
        0 => t.next.to_string(),
        1 => t.next_with_one.to_string(),
        _ => fill(t.next_with, &[&n.to_string()]),
    };
    // With only settings to switch off, there is nothing to ask: straight to the plan.
    let next = if needs(ctx.s(), &ctx.catalog).nothing() && n > 0 {
        Step::Plan
    } else {
        Step::About
    };
    html! {
        <section aria-labelledby="step-heading" class="start">
            <h1 id="step-heading" tabindex="-1">{ t.start_title }</h1>
            <p class="lead">{ t.start_lead }{ " " }<a href={route_hash(lang, Step::Privacy, None)}>{ t.how_to_check }</a></p>
            <h2 class="choose">{ t.choose_services }</h2>
            <p class="hint">{ t.choose_services_hint }</p>
            <div class="field search">
                <label for="search">{ t.search_label }</label>
                <input id="search" type="search" value={query.clone()} oninput={onsearch} autocomplete="off" enterkeyhint="search" />
            </div>
            <p class="search-none" role="status">{ if nothing_found { t.search_none } else { "" } }</p>
            <fieldset class="services">
                <legend class="visually-hidden">{ t.choose_services }</legend>
                // One stable element around everything the search changes: a list whose length
                // changes must not sit beside the search field, or the field is re-created and
                // loses focus while typing.
                { for groups }
                if !without.is_empty() {
                    <div class="group">
                        <h3 class="group-title">{ t.no_account_group }</h3>
                        <ul class="tiles">{ without }</ul>
                    </div>
                }
            </fieldset>
            <div class="sticky-next">
                { step_buttons(ctx, None, Some((next, label)), n > 0, t.choose_one_first) }
            </div>
        </section>
    }
}
