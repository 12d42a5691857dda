//! Step 3: the reasons from the person's particular situation, their own words, and only the
//! personal details the letters need — each field says why it is asked.

use super::{step_buttons, step_heading, text_field, Field};
use crate::ui::Ctx;
use kiw_core::state::{Action, PersonField, Step};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// A view function rather than a component: it holds no state of its own, and each component
/// costs several kilobytes of generic Yew code in the wasm.
pub fn situation_step(ctx: &Ctx) -> Html {
    let ctx = ctx.clone();
    let t = ctx.t();
    let lang = ctx.lang();
    let person = &ctx.s().person;
    let edit = |field: PersonField| {
        let ctx = ctx.clone();
        Callback::from(move |v: String| ctx.dispatch(Action::EditPerson(field, v)))
    };
    let reasons = ctx.catalog.reasons.iter().map(|r| {
        let id = format!("reason-{}", r.id);
        let checked = person.reasons.contains(&r.id);
        let onchange = {
            let ctx = ctx.clone();
            let rid = r.id.clone();
            move |_| ctx.dispatch(Action::ToggleReason(rid.clone()))
        };
        html! {
            <li class="check">
                <input type="checkbox" id={id.clone()} {checked} {onchange} aria-describedby={format!("{id}-hint")} />
                <label for={id.clone()}>{ r.label.get(lang) }</label>
                <p class="hint" id={format!("{id}-hint")}>{ r.hint.get(lang) }</p>
            </li>
        }
    });
    let country = person
        .region
        .split('-')
        .next()
        .unwrap_or_default()
        .to_string();
    // Country and state both set the region: a state's code ("DE-BY") is the more precise one.
    let on_region = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            ctx.dispatch(Action::EditPerson(
                PersonField::Region,
                e.target_unchecked_into::<HtmlSelectElement>().value(),
            ))
        })
    };
    let states: Vec<_> = ctx.catalog.states_of(&country).collect();
    html! {
        <section aria-labelledby="step-heading">
            { step_heading(t.situation_title) }
            <p>{ t.situation_hint }</p>
            <fieldset class="reasons">
                <legend>{ t.reasons_legend }</legend>
                <p class="hint">{ t.reasons_why }</p>
                <ul>{ for reasons }</ul>
            </fieldset>
            { text_field(&ctx, Field { id: "situation".into(), label: t.own_words, hint: t.own_words_hint, value: &person.situation, kind: "text", autocomplete: "off", multiline: true }, edit(PersonField::Situation)) }
            <fieldset class="about">
                <legend>{ t.about_you }</legend>
                <div class="field">
                    <label for="country">{ t.country }</label>
                    <p class="hint" id="country-hint">{ t.country_hint }</p>
                    <select id="country" onchange={on_region.clone()} aria-describedby="country-hint">
                        <option value="" selected={country.is_empty()}>{ t.choose }</option>
                        { for ctx.catalog.countries().map(|r| html! {
                            <option value={r.code.clone()} selected={r.code == country}>{ r.name.get(lang) }</option>
                        }) }
                    </select>
                </div>
                if !states.is_empty() {
                    <div class="field">
                        <label for="state">{ t.state }</label>
                        <p class="hint" id="state-hint">{ t.state_hint }</p>
                        <select id="state" onchange={on_region.clone()} aria-describedby="state-hint">
                            <option value={country.clone()} selected={person.region == country}>{ t.choose }</option>
                            { for states.iter().map(|r| html! {
                                <option value={r.code.clone()} selected={r.code == person.region}>{ r.name.get(lang) }</option>
                            }) }
                        </select>
                    </div>
                }
                { text_field(&ctx, Field { id: "name".into(), label: t.name, hint: t.name_hint, value: &person.name, kind: "text", autocomplete: "name", multiline: false }, edit(PersonField::Name)) }
                { text_field(&ctx, Field { id: "email".into(), label: t.email, hint: t.email_hint, value: &person.email, kind: "email", autocomplete: "email", multiline: false }, edit(PersonField::Email)) }
                { text_field(&ctx, Field { id: "address".into(), label: t.address, hint: t.address_hint, value: &person.address, kind: "text", autocomplete: "street-address", multiline: true }, edit(PersonField::Address)) }
            </fieldset>
            { step_buttons(&ctx, Some(Step::Accounts), Some(Step::Plan), true, "") }
        </section>
    }
}
