//! One letter or message: readable on screen, copy, .txt download, print on a DIN 5008
//! window-envelope layout, and open in the e-mail program. An e-mail too long for a link is
//! copied first, then opened with its subject only, to paste the text in.

use super::copy_button;
use crate::ui::{browser, copy_text, Ctx};
use kiw_core::letters::Letter;
use yew::prelude::*;

/// `id` is unique in the page (`<service>-<kind>`); `title` is read out by screen readers for
/// the letter and its copy button, and its first words, in the letter's language, name the
/// downloaded file.
pub fn letter_view(ctx: &Ctx, id: String, letter: &Letter, title: String) -> Html {
    let t = ctx.t();
    let text = letter.plain_text();
    let text_id = format!("{id}-text");
    let ondownload = {
        let text = text.clone();
        // The title is "<service> – <subject>": its first words name the file.
        let name = format!("{}.txt", kiw_core::text::file_slug(&title, 3));
        move |_| browser::download(&name, "text/plain;charset=utf-8", &text)
    };
    let onprint = {
        let id = id.clone();
        move |_| browser::print("letter", Some(&id))
    };
    let l = letter;
    let email = if let Some(href) = l.mailto() {
        html! { <a class="button secondary" {href}>{ t.open_email }</a> }
    } else if let Some(href) = l.mailto_without_body() {
        // Copy, then open: the person pastes the whole text into the new e-mail.
        let onclick = {
            let state = ctx.screen.clone();
            let text = l.email_text();
            let target = text_id.clone();
            move |_| {
                let (href, text, target, state) =
                    (href.clone(), text.clone(), target.clone(), state.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let ok = copy_text(&text).await.is_ok();
                    let mut s = (*state).clone();
                    s.copied = Some((target.clone(), ok));
                    state.set(s);
                    if ok {
                        browser::open(&href);
                    } else {
                        browser::select_element(&target);
                    }
                });
            }
        };
        html! {
            <>
                <button type="button" class="secondary" {onclick} aria-describedby={format!("{id}-long")}>{ t.open_email }</button>
                <p class="hint" id={format!("{id}-long")}>{ t.too_long_for_email }</p>
            </>
        }
    } else if l.message {
        html! {}
    } else if l.web_form.is_some() {
        html! { <p class="hint">{ t.no_email_use_form }</p> }
    } else {
        let to = l.to.first().map_or("", String::as_str);
        html! { <p class="hint">{ kiw_core::ui_text::fill(t.no_email_address, &[to]) }</p> }
    };
    html! {
        <div class="letter" id={id.clone()}>
            <pre class="letter-text" id={text_id.clone()} tabindex="0" role="region" aria-label={title.clone()}>{ super::shown(ctx, &text) }</pre>
            if !l.message {
                // The printed letter: sender line, address in the envelope window, date, subject, body.
                <div class="print-letter" aria-hidden="true">
                    <div class="head">
                        <p class="return-line">{ l.from.join(" · ") }</p>
                        <div class="window">{ for l.to.iter().map(|line| html! { <div>{ line }</div> }) }</div>
                        <p class="date">{ &l.date }</p>
                        <span class="fold fold-1"></span>
                        <span class="fold fold-2"></span>
                        <span class="hole"></span>
                    </div>
                    <p class="subject">{ &l.subject }</p>
                    <div class="body">{ &l.body }</div>
                </div>
            }
            <div class="actions">
                { copy_button(ctx, text.clone(), text_id, &title) }
                { email }
                <button type="button" class="secondary" onclick={ondownload}>{ t.download_txt }</button>
                if !l.message {
                    <button type="button" class="secondary" onclick={onprint}>{ t.print_letter }</button>
                }
            </div>
        </div>
    }
}
