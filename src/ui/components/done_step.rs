//! Step 4, the end: what is done (with dates), what is still open, when to look for an answer,
//! and the record and calendar to keep — all made on the device.

use super::{platform_name, step_heading};
use crate::ui::{browser, Ctx};
use kiw_core::plan::{plan, record};
use kiw_core::proof::{entry_action, entry_title, proof_json, proof_text, reminder_ics};
use kiw_core::state::{Action, Step};
use kiw_core::ui_text::fill;
use yew::prelude::*;

pub fn done_step(ctx: &Ctx) -> Html {
    let t = ctx.t();
    let lang = ctx.lang();
    let today = ctx.today;
    if ctx.s().selected.is_empty() {
        return super::nothing_chosen(ctx, t.done_title);
    }
    let p = plan(ctx.s(), &ctx.catalog, today, ctx.phone);
    let (done, total) = p.progress();
    let entries = record(ctx.s(), &ctx.catalog, today);
    let catalog = ctx.catalog.clone();
    let on_txt = {
        let text = proof_text(&entries, &catalog, t, lang, today);
        move |_| {
            browser::download(
                &format!("{}.txt", t.file_record),
                "text/plain;charset=utf-8",
                &text,
            )
        }
    };
    let on_json = {
        let json = proof_json(&entries, &catalog, t, lang);
        move |_| {
            browser::download(
                &format!("{}.json", t.file_record),
                "application/json",
                &json,
            )
        }
    };
    let ics = reminder_ics(&entries, &catalog, t, lang, today);
    let has_events = ics.contains("BEGIN:VEVENT");
    let on_ics = move |_| {
        browser::download(
            &format!("{}.ics", t.file_calendar),
            "text/calendar;charset=utf-8",
            &ics,
        )
    };
    let open_card = |pid: String| {
        let ctx = ctx.clone();
        move |_| {
            ctx.dispatch(Action::Go(Step::Plan));
            let pid = pid.clone();
            // After the plan has rendered and focus went to its heading: the card.
            gloo::timers::callback::Timeout::new(60, move || {
                browser::focus(&format!("card-{pid}-title"));
            })
            .forget();
        }
    };
    let open: Vec<_> = p.cards.iter().filter(|c| !c.complete()).collect();
    let finished: Vec<_> = p.cards.iter().filter(|c| c.complete()).collect();
    let to_plan = {
        let ctx = ctx.clone();
        move |_| ctx.dispatch(Action::Go(Step::Plan))
    };
    html! {
        <section aria-labelledby="step-heading" class="done">
            { step_heading(t.done_title) }
            <p class={classes!("summary", (done == total && total > 0).then_some("all-done"))}>
                { match (done, total) { (1, 1) => t.done_all_one.to_string(), (d, n) if d == n => fill(t.done_all, &[&n.to_string()]), (d, n) => fill(t.done_some, &[&d.to_string(), &n.to_string()]) } }
            </p>
            if !finished.is_empty() {
                <h2>{ t.done_list }</h2>
                <ul class="done-list">
                    { for finished.iter().map(|c| {
                        let name = platform_name(ctx, &c.platform);
                        // A linked account waits for the answer to the objection that covers it.
                        let by = c.units.iter().find_map(|u| u.covered_by.as_ref()).filter(|_| c.covered());
                        let check = match (by, c.check_on()) {
                            (Some(by), _) => fill(t.covered_line, &[&platform_name(ctx, &by.platform)]),
                            (None, Some(due)) if due < today => fill(t.check_now, &[&ctx.catalog.long_date(due, lang)]),
                            (None, Some(due)) => fill(t.check_again, &[&ctx.catalog.long_date(due, lang)]),
                            (None, None) => t.no_check_needed.to_string(),
                        };
                        html! { <li key={c.platform.clone()}><strong>{ name }</strong>{ " – " }{ check }</li> }
                    }) }
                </ul>
            }
            if !open.is_empty() {
                <h2>{ t.open_list }</h2>
                <ul class="open-list">
                    { for open.iter().map(|c| {
                        // A linked account is done with the objection that covers it.
                        let by = c.units.iter().find_map(|u| u.covered_by.as_ref()).filter(|_| c.covered());
                        match by {
                            Some(by) => html! {
                                <li key={c.platform.clone()}><strong>{ platform_name(ctx, &c.platform) }</strong>{ " – " }{ fill(t.covered_pending, &[&platform_name(ctx, &by.platform)]) }</li>
                            },
                            None => html! {
                                <li key={c.platform.clone()}>
                                    <button type="button" class="link" onclick={open_card(c.platform.clone())}>
                                        { fill(t.open_item, &[&platform_name(ctx, &c.platform)]) }
                                    </button>
                                </li>
                            },
                        }
                    }) }
                </ul>
            }
            <p>{ t.if_no_answer }</p>
            <h2>{ t.record_title }</h2>
            if entries.is_empty() {
                <p>{ t.proof_empty }</p>
            } else {
                <p class="hint">{ t.record_hint }</p>
                <ul class="proof">
                    { for entries.iter().map(|e| html! {
                        <li><strong>{ ctx.catalog.long_date(e.date, lang) }</strong>{ " – " }{ fill(t.label_value, &[&entry_title(t, &ctx.catalog, e, lang), &entry_action(t, &ctx.catalog, e, lang)]) }</li>
                    }) }
                </ul>
                <div class="actions">
                    if has_events { <button type="button" class="primary" onclick={on_ics}>{ t.download_ics }</button> }
                    <button type="button" class="secondary" onclick={on_txt}>{ t.download_proof_txt }</button>
                    <button type="button" class="secondary" onclick={on_json}>{ t.download_proof_json }</button>
                </div>
            }
            <div class="step-buttons">
                <div class="buttons"><button type="button" class="secondary" onclick={to_plan}>{ t.back_to_plan }</button></div>
            </div>
        </section>
    }
}
