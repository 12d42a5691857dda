//! Labelled inputs. Their structure never changes while a person types: the check of an e-mail
//! address shows beside the field only after it was left, in an element that is always there,
//! so the input is never re-created (which would drop focus and close a phone's keyboard).

use crate::ui::Ctx;
use kiw_core::text::looks_like_email;
use kiw_core::ui_text::fill;
use kiw_core::Date;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Texts longer than this get a friendly note (nothing is cut).
const LONG: usize = 5_000;

/// One text field: a single line, or several (`multiline`) for addresses and free text.
pub struct Field<'a> {
    pub id: String,
    pub label: &'a str,
    pub hint: &'a str,
    pub value: &'a str,
    /// `text` or `email`.
    pub kind: &'a str,
    pub autocomplete: &'a str,
    pub multiline: bool,
}

pub fn text_field(ctx: &Ctx, f: Field<'_>, oninput: Callback<String>) -> Html {
    let hint_id = format!("{}-hint", f.id);
    let msg_id = format!("{}-msg", f.id);
    let n = f.value.chars().count();
    let left = ctx.screen.left.contains(&f.id);
    // A gentle check, never a block: the text is kept as typed.
    let odd_email =
        f.kind == "email" && left && !f.value.trim().is_empty() && !looks_like_email(f.value);
    let message = if odd_email {
        ctx.t().email_check.to_string()
    } else if n > LONG {
        fill(ctx.t().long_text_note, &[&n.to_string()])
    } else {
        String::new()
    };
    let described = format!("{hint_id} {msg_id}");
    let onblur = {
        let ctx = ctx.clone();
        let id = f.id.clone();
        move |_: FocusEvent| {
            let id = id.clone();
            ctx.screen(|s| {
                if !s.left.contains(&id) {
                    s.left.push(id);
                }
            });
        }
    };
    let invalid = odd_email.then_some("true");
    let input = if f.multiline {
        let oninput = move |e: InputEvent| {
            oninput.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        };
        html! {
            <textarea id={f.id.clone()} value={f.value.to_string()} {oninput} {onblur} rows="3"
                autocomplete={f.autocomplete.to_string()} aria-describedby={described} aria-invalid={invalid} />
        }
    } else {
        let oninput = move |e: InputEvent| {
            oninput.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        };
        let inputmode = (f.kind == "email").then_some("email");
        html! {
            <input id={f.id.clone()} type={f.kind.to_string()} value={f.value.to_string()} {oninput} {onblur}
                autocomplete={f.autocomplete.to_string()} aria-describedby={described} aria-invalid={invalid}
                {inputmode} spellcheck={(f.kind == "email").then_some("false")} />
        }
    };
    html! {
        <div class="field">
            <label for={f.id.clone()}>{ f.label }</label>
            <p class="hint" id={hint_id}>{ f.hint }</p>
            { input }
            <p class={classes!("field-msg", odd_email.then_some("error"))} id={msg_id}>{ message }</p>
        </div>
    }
}

/// A date, at most today (a day something was really done); `onchange` gets a valid date only.
pub fn date_field(
    id: String,
    label: &str,
    value: Date,
    today: Date,
    onchange: Callback<Date>,
) -> Html {
    let onchange = move |e: Event| {
        let v = e.target_unchecked_into::<HtmlInputElement>().value();
        if let Some(d) = Date::parse(&v).filter(|d| *d <= today) {
            onchange.emit(d);
        }
    };
    html! {
        <span class="date-field">
            <label for={id.clone()} class="visually-hidden">{ label }</label>
            <input type="date" id={id} value={value.to_string()} max={today.to_string()} {onchange} />
        </span>
    }
}
