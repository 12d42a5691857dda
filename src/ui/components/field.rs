//! Labelled text inputs with a hint that says why the field is asked.

use crate::i18n::fill;
use crate::ui::Ctx;
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
    let n = f.value.chars().count();
    let long = (n > LONG)
        .then(|| html! { <p class="note">{ fill(ctx.t().long_text_note, &[&n.to_string()]) }</p> });
    // A gentle check, never a block: the text is kept as typed.
    let odd_email = f.kind == "email" && !f.value.trim().is_empty() && !looks_like_email(f.value);
    let email_note =
        odd_email.then(|| html! { <p class="note" role="status">{ ctx.t().email_check }</p> });
    let input = if f.multiline {
        let oninput = move |e: InputEvent| {
            oninput.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        };
        html! {
            <textarea id={f.id.clone()} value={f.value.to_string()} {oninput} rows="4"
                autocomplete={f.autocomplete.to_string()} aria-describedby={hint_id.clone()} />
        }
    } else {
        let oninput = move |e: InputEvent| {
            oninput.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        };
        html! {
            <input id={f.id.clone()} type={f.kind.to_string()} value={f.value.to_string()} {oninput}
                autocomplete={f.autocomplete.to_string()} aria-describedby={hint_id.clone()} />
        }
    };
    html! {
        <div class="field">
            <label for={f.id.clone()}>{ f.label }</label>
            <p class="hint" id={hint_id}>{ f.hint }</p>
            { input }
            { email_note }
            { long }
        </div>
    }
}

fn looks_like_email(s: &str) -> bool {
    let s = s.trim();
    match s.split_once('@') {
        Some((user, host)) => {
            !user.is_empty()
                && !host.contains('@')
                && host.contains('.')
                && !host.starts_with('.')
                && !host.ends_with('.')
                && !s.contains(char::is_whitespace)
        }
        None => false,
    }
}
