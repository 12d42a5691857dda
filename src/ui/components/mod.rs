//! The views, one per file, named after it. Each is a plain function of `Ctx`: views hold no
//! state of their own, and each Yew component type costs kilobytes of generic code in the wasm.

mod about_step;
mod copy_button;
mod done_step;
mod field;
mod footer;
mod header;
mod letter_view;
mod plan_card;
mod plan_step;
mod privacy_page;
mod start_step;
mod step_buttons;
mod step_nav;

pub use about_step::about_step;
pub use copy_button::copy_button;
pub use done_step::done_step;
pub use field::{date_field, text_field, Field};
pub use footer::footer;
pub use header::header;
pub use letter_view::letter_view;
pub use plan_card::plan_card;
pub use plan_step::plan_step;
pub use privacy_page::privacy_page;
pub use start_step::start_step;
pub use step_buttons::step_buttons;
pub use step_nav::step_nav;

use yew::prelude::*;

/// The heading every step starts with; focus moves here when the step changes.
pub fn step_heading(text: &str) -> Html {
    html! { <h1 id="step-heading" tabindex="-1">{ text }</h1> }
}

/// On screen, very long texts show their beginning only: laying out 100 000 characters
/// freezes a phone for seconds. Copying and downloading always use the whole text.
pub fn shown(ctx: &crate::ui::Ctx, text: &str) -> String {
    const MAX_SHOWN: usize = 6_000;
    match text.char_indices().nth(MAX_SHOWN) {
        Some((cut, _)) => format!("{} …\n\n[{}]", &text[..cut], ctx.t().shown_shortened),
        None => text.to_string(),
    }
}

/// A platform's name in the current language.
pub fn platform_name(ctx: &crate::ui::Ctx, id: &str) -> String {
    ctx.catalog
        .platform(id)
        .map_or_else(|| id.to_string(), |p| p.name.get(ctx.lang()).to_string())
}

/// A folded section. One shared function for the many folds of a card: each `html!` element
/// written out costs code in the wasm, a call costs a few bytes.
#[inline(never)]
pub fn fold(summary: &str, body: Html) -> Html {
    html! { <details><summary>{ summary.to_string() }</summary>{ body }</details> }
}

/// A paragraph with a class.
#[inline(never)]
pub fn para(class: &'static str, text: String) -> Html {
    html! { <p class={class}>{ text }</p> }
}
