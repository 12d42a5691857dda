//! The footer: how current the data is, licences, privacy and embedding.

use crate::ui::Ctx;
use kiw_core::route::route_hash;
use kiw_core::state::Step;
use kiw_core::ui_text::fill;
use yew::prelude::*;

pub fn footer(ctx: &Ctx) -> Html {
    let t = ctx.t();
    let newest = kiw_core::freshness::sources_dated_range(&ctx.catalog.platforms).map(|(_, n)| n);
    html! {
        <footer class="site-footer">
            if let Some(d) = newest { <p>{ fill(t.footer_data, &[&ctx.catalog.long_date(d, ctx.lang())]) }</p> }
            <p>{ t.footer_licence }</p>
            <p><a href={route_hash(ctx.lang(), Step::Privacy, None)}>{ t.privacy_title }</a></p>
            <p><a href={route_hash(ctx.lang(), Step::Changes, None)}>{ t.changes_page_title }</a></p>
            <p><a href={format!("./{}.html", t.embed_file)}>{ t.embed_link }</a></p>
        </footer>
    }
}
