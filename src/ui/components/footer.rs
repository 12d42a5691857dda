//! The footer: how current the data is, licences, and where to check the privacy promise.

use crate::i18n::fill;
use crate::ui::Ctx;
use kiw_core::state::{route_hash, Step};
use kiw_core::text::long_date;
use yew::prelude::*;

/// A view function rather than a component: it holds no state of its own, and each component
/// costs several kilobytes of generic Yew code in the wasm.
pub fn footer(ctx: &Ctx) -> Html {
    let ctx = ctx.clone();
    let t = ctx.t();
    let newest = ctx.catalog.platforms.iter().map(|p| p.last_verified).max();
    html! {
        <footer class="site-footer">
            if let Some(d) = newest { <p>{ fill(t.footer_data, &[&long_date(d, ctx.lang())]) }</p> }
            <p>{ t.footer_licence }</p>
            <p><a href={route_hash(ctx.lang(), Step::Privacy, None)}>{ t.privacy_title }</a></p>
            <p><a href="./einbetten.html">{ t.embed_link }</a></p>
        </footer>
    }
}
