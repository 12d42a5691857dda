//! Labelled text inputs with a hint that says why the field is asked.

use crate::i18n::fill;
use crate::ui::Ctx;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Texts longer than this get a friendly note (nothing is cut).
const LONG: usize = 5_000;

#[derive(Properties, PartialEq, Clone)]
pub struct FieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
}

fn long_note(ctx: &Option<Ctx>, id: &str, value: &str) -> Html {
    let n = value.chars().count();
    match ctx {
        Some(c) if n > LONG => {
            html! { <p class="note" id={format!("{id}-long")}>{ fill(c.t().long_text_note, &[&n.to_string()]) }</p> }
        }
        _ => html! {},
    }
}

#[component]
pub fn TextInput(p: &FieldProps) -> Html {
    let ctx = use_context::<Ctx>();
    let hint_id = format!("{}-hint", p.id);
    let oninput = {
        let cb = p.oninput.clone();
        move |e: InputEvent| cb.emit(e.target_unchecked_into::<HtmlInputElement>().value())
    };
    html! {
        <div class="field">
            <label for={p.id.clone()}>{ p.label.clone() }</label>
            if let Some(h) = &p.hint { <p class="hint" id={hint_id.clone()}>{ h.clone() }</p> }
            <input id={p.id.clone()} type={p.kind.clone()} value={p.value.clone()} {oninput}
                autocomplete={p.autocomplete.clone()}
                aria-describedby={p.hint.as_ref().map(|_| hint_id.clone())} />
            { long_note(&ctx, &p.id, &p.value) }
        </div>
    }
}

#[component]
pub fn TextArea(p: &FieldProps) -> Html {
    let ctx = use_context::<Ctx>();
    let hint_id = format!("{}-hint", p.id);
    let oninput = {
        let cb = p.oninput.clone();
        move |e: InputEvent| cb.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value())
    };
    html! {
        <div class="field">
            <label for={p.id.clone()}>{ p.label.clone() }</label>
            if let Some(h) = &p.hint { <p class="hint" id={hint_id.clone()}>{ h.clone() }</p> }
            <textarea id={p.id.clone()} value={p.value.clone()} {oninput} rows="4"
                autocomplete={p.autocomplete.clone()}
                aria-describedby={p.hint.as_ref().map(|_| hint_id.clone())} />
            { long_note(&ctx, &p.id, &p.value) }
        </div>
    }
}
