//! Step 5: what was done when, as text, JSON and a calendar reminder — all made on the device.

use super::step_heading;
use crate::ui::{browser, Ctx};
use kiw_core::proof::{proof_json, proof_text, reminder_ics};
use kiw_core::state::Step;
use kiw_core::text::long_date;
use yew::prelude::*;

/// A view function rather than a component: it holds no state of its own, and each component
/// costs several kilobytes of generic Yew code in the wasm.
pub fn proof_step(ctx: &Ctx) -> Html {
    let ctx = ctx.clone();
    let t = ctx.t();
    let lang = ctx.lang();
    let proof = ctx.s().proof.clone();
    let today = ctx.today;
    let text = proof_text(&proof, lang, today);
    let on_txt = {
        let text = text.clone();
        move |_| {
            browser::download(
                "nachweis-ki-widerspruch.txt",
                "text/plain;charset=utf-8",
                &text,
            )
        }
    };
    let on_json = {
        let proof = proof.clone();
        move |_| {
            browser::download(
                "nachweis-ki-widerspruch.json",
                "application/json",
                &proof_json(&proof),
            )
        }
    };
    let on_ics = {
        let proof = proof.clone();
        move |_| {
            let ics = reminder_ics(&proof, lang, today);
            browser::download(
                "erinnerung-ki-widerspruch.ics",
                "text/calendar;charset=utf-8",
                &ics,
            );
        }
    };
    html! {
        <section aria-labelledby="step-heading">
            { step_heading(t.proof_title) }
            <p>{ t.proof_hint }</p>
            if proof.is_empty() {
                <p>{ t.proof_empty }</p>
            } else {
                <ul class="proof">
                    { for proof.iter().map(|e| html! {
                        <li><strong>{ long_date(e.date, lang) }</strong>{ format!(" – {}: {} ({})", e.platform_name, e.action, e.to) }</li>
                    }) }
                </ul>
                <div class="actions">
                    <button type="button" class="secondary" onclick={on_txt}>{ t.download_proof_txt }</button>
                    <button type="button" class="secondary" onclick={on_json}>{ t.download_proof_json }</button>
                    <button type="button" class="secondary" onclick={on_ics}>{ t.download_ics }</button>
                </div>
            }
            { super::step_buttons(&ctx, Some(Step::Plan), None, true, "") }
        </section>
    }
}
