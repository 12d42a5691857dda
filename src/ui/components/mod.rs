//! One component per file, named after it.

mod accounts_step;
mod copy_button;
mod field;
mod footer;
mod header;
mod letter_view;
mod plan_step;
mod platform_card;
mod privacy_page;
mod proof_step;
mod situation_step;
mod start_step;
mod step_buttons;
mod step_nav;

pub use accounts_step::accounts_step;
pub use copy_button::copy_button;
pub use field::{text_field, Field};
pub use footer::footer;
pub use header::header;
pub use letter_view::letter_view;
pub use plan_step::plan_step;
pub use platform_card::platform_card;
pub use privacy_page::privacy_page;
pub use proof_step::proof_step;
pub use situation_step::situation_step;
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
