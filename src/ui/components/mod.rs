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
pub use copy_button::CopyButton;
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
pub use step_buttons::StepButtons;
pub use step_nav::step_nav;

use yew::prelude::*;

/// The heading every step starts with; focus moves here when the step changes.
pub fn step_heading(text: &str) -> Html {
    html! { <h1 id="step-heading" tabindex="-1">{ text }</h1> }
}
