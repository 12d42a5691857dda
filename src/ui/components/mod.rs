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
pub use privacy_page::{changes_page, privacy_page};
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

/// A step that needs chosen services, when there are none: say so and lead to the start.
pub fn nothing_chosen(ctx: &crate::ui::Ctx, title: &str) -> Html {
    let t = ctx.t();
    let go = {
        let ctx = ctx.clone();
        move |_| ctx.dispatch(kiw_core::state::Action::Go(kiw_core::state::Step::Start))
    };
    html! {
        <section aria-labelledby="step-heading">
            { step_heading(title) }
            <p>{ t.nothing_chosen }</p>
            <p><button type="button" class="primary" onclick={go}>{ t.to_start }</button></p>
        </section>
    }
}

/// A platform's name in the current language.
pub fn platform_name(ctx: &crate::ui::Ctx, id: &str) -> String {
    ctx.catalog
        .platform(id)
        .map_or_else(|| id.to_string(), |p| p.name.get(ctx.lang()).to_string())
}

// Small builders for plain elements. Every element written with `html!` compiles to a few
// hundred bytes of wasm; a call to one of these costs a few bytes, and the size budget is tight.
// Elements with listeners or ids that tests and labels refer to stay in `html!`.

/// An element with a class (or none: "") and children.
#[inline(never)]
pub fn el(tag: &'static str, class: &'static str, children: Vec<Html>) -> Html {
    let mut t = yew::virtual_dom::VTag::new(tag);
    if !class.is_empty() {
        t.add_attribute("class", class);
    }
    t.add_children(children);
    t.into()
}

/// An element with a class and one text.
#[inline(never)]
pub fn txt(tag: &'static str, class: &'static str, text: impl Into<AttrValue>) -> Html {
    el(tag, class, vec![yew::virtual_dom::VText::new(text).into()])
}

/// A paragraph with a class.
pub fn para(class: &'static str, text: impl Into<AttrValue>) -> Html {
    txt("p", class, text)
}

/// A list of texts.
#[inline(never)]
pub fn text_list(class: &'static str, items: Vec<String>) -> Html {
    el(
        "ul",
        class,
        items.into_iter().map(|i| txt("li", "", i)).collect(),
    )
}

/// A folded section.
#[inline(never)]
pub fn fold(summary: &str, body: Html) -> Html {
    el(
        "details",
        "",
        vec![txt("summary", "", summary.to_string()), body],
    )
}

/// A link that opens in a new tab, saying so to screen readers.
#[inline(never)]
pub fn link_out(href: &str, class: &'static str, text: Html, new_tab: &'static str) -> Html {
    let mut a = yew::virtual_dom::VTag::new("a");
    a.add_attribute("href", href.to_string());
    a.add_attribute("target", "_blank");
    a.add_attribute("rel", "noopener noreferrer");
    if !class.is_empty() {
        a.add_attribute("class", class);
    }
    a.add_child(text);
    a.add_child(txt("span", "visually-hidden", format!(" {new_tab}")));
    a.into()
}
