//! Step 1: what is happening, the privacy promise, and the choice of services with today's status.

use super::{step_buttons, step_heading};
use crate::i18n::fill;
use crate::ui::Ctx;
use kiw_core::model::{Audience, Platform, Status};
use kiw_core::state::{route_hash, Action, Step};
use kiw_core::text::long_date;
use yew::prelude::*;

pub fn status_text(ctx: &Ctx, p: &Platform) -> String {
    let t = ctx.t();
    let lang = ctx.lang();
    match p.status(ctx.today) {
        Status::TrainingSince(d) if p.future_only => {
            format!(
                "{} {}",
                fill(t.status_training_since, &[&long_date(d, lang)]),
                t.status_future_only
            )
        }
        Status::TrainingSince(d) => fill(t.status_training_since, &[&long_date(d, lang)]),
        Status::Starts(d) => fill(t.status_starts, &[&long_date(d, lang)]),
        Status::Unknown => t.status_no_date.to_string(),
    }
}

/// `newest` is the most recent check date of all services: only older ones say their own date.
fn choice(ctx: &Ctx, p: &Platform, newest: Option<kiw_core::Date>) -> Html {
    let t = ctx.t();
    let id = format!("svc-{}", p.id);
    let checked = ctx.s().selected.contains(&p.id);
    let onchange = {
        let ctx = ctx.clone();
        let pid = p.id.clone();
        move |_| ctx.dispatch(Action::Toggle(pid.clone()))
    };
    let desc = format!("{id}-status");
    html! {
        <li class="service">
            <input type="checkbox" id={id.clone()} {checked} {onchange} aria-describedby={desc.clone()} />
            <label for={id}>
                <span class="service-name">{ p.name.get(ctx.lang()) }</span>
            </label>
            <p class="status" id={desc}>
                { status_text(ctx, p) }{ " " }
                if Some(p.last_verified) != newest {
                    <span class="checked">{ fill(t.checked_on, &[&long_date(p.last_verified, ctx.lang())]) }</span>
                }
            </p>
        </li>
    }
}

/// A view function rather than a component: it holds no state of its own, and each component
/// costs several kilobytes of generic Yew code in the wasm.
pub fn start_step(ctx: &Ctx) -> Html {
    let ctx = ctx.clone();
    let t = ctx.t();
    let newest = ctx.catalog.platforms.iter().map(|p| p.last_verified).max();
    let with_account = ctx
        .catalog
        .platforms
        .iter()
        .filter(|p| p.audience == Audience::Account);
    let without = ctx
        .catalog
        .platforms
        .iter()
        .filter(|p| p.audience == Audience::NoAccount);
    html! {
        <section aria-labelledby="step-heading">
            { step_heading(t.choose_services) }
            <div class="intro">
                { for t.intro().iter().map(|p| html! { <p>{ *p }</p> }) }
            </div>
            <aside class="promise">
                <h2>{ t.promise_title }</h2>
                <p>{ t.promise }</p>
                <p><a href={route_hash(ctx.lang(), Step::Privacy, None)}>{ t.how_to_check }</a></p>
            </aside>
            <fieldset class="services">
                <legend>{ t.choose_services_hint }</legend>
                if let Some(d) = newest { <p class="checked">{ fill(t.checked_all, &[&long_date(d, ctx.lang())]) }</p> }
                <ul>{ for with_account.map(|p| choice(&ctx, p, newest)) }</ul>
            </fieldset>
            <fieldset class="services">
                <legend>{ t.no_account_group }</legend>
                <ul>{ for without.map(|p| choice(&ctx, p, newest)) }</ul>
            </fieldset>
            { step_buttons(&ctx, None, Some(Step::Accounts), !ctx.s().selected.is_empty(), t.choose_one_first) }
        </section>
    }
}
