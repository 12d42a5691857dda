//! One letter: readable on screen, copy, .txt download, print on a DIN 5008 window-envelope
//! layout, and open in the e-mail program.

use super::copy_button;
use crate::ui::{browser, Ctx};
use kiw_core::letters::Letter;
use yew::prelude::*;

/// `id` is unique in the page and also names the downloaded file; `title` is read out by
/// screen readers for the letter and its copy button.
pub fn letter_view(ctx: &Ctx, id: String, letter: &Letter, title: String) -> Html {
    let t = ctx.t();
    let text = letter.plain_text();
    let text_id = format!("{id}-text");
    let ondownload = {
        let text = text.clone();
        let name = format!("{id}.txt");
        move |_| browser::download(&name, "text/plain;charset=utf-8", &text)
    };
    let onprint = {
        let id = id.clone();
        move |_| browser::print("letter", Some(&id))
    };
    let l = letter;
    html! {
        <div class="letter" id={id.clone()}>
            <pre class="letter-text" id={text_id.clone()} tabindex="0" role="region" aria-label={title.clone()}>{ super::shown(ctx, &text) }</pre>
            // The printed letter: sender line, address in the envelope window, date, subject, body.
            <div class="print-letter" aria-hidden="true">
                <p class="return-line">{ l.from.join(" · ") }</p>
                <div class="window">{ for l.to.iter().map(|line| html! { <div>{ line }</div> }) }</div>
                <p class="date">{ &l.date }</p>
                <p class="subject">{ &l.subject }</p>
                <div class="body">{ &l.body }</div>
            </div>
            <div class="actions">
                { copy_button(ctx, text.clone(), text_id, &title) }
                <button type="button" class="secondary" onclick={ondownload}>{ t.download_txt }</button>
                <button type="button" class="secondary" onclick={onprint}>{ t.print_letter }</button>
                if let Some(href) = l.mailto() {
                    <a class="button secondary" {href}>{ t.open_email }</a>
                } else if l.to_email.is_some() {
                    <p class="hint">{ t.too_long_for_email }</p>
                } else {
                    <p class="hint">{ t.no_email_address }</p>
                }
            </div>
        </div>
    }
}
