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

pub use accounts_step::AccountsStep;
pub use copy_button::CopyButton;
pub use field::{TextArea, TextInput};
pub use footer::Footer;
pub use header::Header;
pub use letter_view::LetterView;
pub use plan_step::PlanStep;
pub use platform_card::PlatformCard;
pub use privacy_page::PrivacyPage;
pub use proof_step::ProofStep;
pub use situation_step::SituationStep;
pub use start_step::StartStep;
pub use step_buttons::StepButtons;
pub use step_nav::StepNav;

use yew::prelude::*;

/// The heading every step starts with; focus moves here when the step changes.
pub fn step_heading(text: &str) -> Html {
    html! { <h1 id="step-heading" tabindex="-1">{ text }</h1> }
}
