//! Step 2: one or more accounts per chosen service; linked Meta accounts explained.

use super::{step_buttons, step_heading, text_field, Field};
use crate::i18n::fill;
use crate::ui::Ctx;
use kiw_core::model::Audience;
use kiw_core::state::{AccountField, Action, Step};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A view function rather than a component: it holds no state of its own, and each component
/// costs several kilobytes of generic Yew code in the wasm.
pub fn accounts_step(ctx: &Ctx) -> Html {
    let ctx = ctx.clone();
    let t = ctx.t();
    let s = ctx.s();
    let platforms = ctx
        .catalog
        .platforms
        .iter()
        .filter(|p| s.selected.contains(&p.id));
    // The note on business pages once, in the first Meta service.
    let first_meta = ctx
        .catalog
        .platforms
        .iter()
        .find(|p| p.accounts_center && s.selected.contains(&p.id))
        .map(|p| p.id.as_str());
    let section = |p: &kiw_core::model::Platform| {
        if p.audience == Audience::NoAccount {
            return html! {
                <section class="account-group">
                    <h2>{ p.name.get(ctx.lang()) }</h2>
                    <p>{ t.no_account_note }</p>
                </section>
            };
        }
        let mut n = 0;
        let accounts = s.accounts.iter().enumerate().filter(|(_, a)| a.platform == p.id).map(|(i, a)| {
            n += 1;
            let edit = |field: AccountField| {
                let ctx = ctx.clone();
                Callback::from(move |v: String| ctx.dispatch(Action::EditAccount(i, field, v)))
            };
            let onlinked = {
                let ctx = ctx.clone();
                move |e: Event| ctx.dispatch(Action::SetLinked(i, e.target_unchecked_into::<HtmlInputElement>().checked()))
            };
            let onremove = {
                let ctx = ctx.clone();
                move |_| ctx.dispatch(Action::RemoveAccount(i))
            };
            let legend = format!("{} – {}", p.name.get(ctx.lang()), fill(t.account_n, &[&n.to_string()]));
            html! {
                <fieldset class="account">
                    <legend>{ legend.clone() }</legend>
                    { text_field(&ctx, Field { id: format!("acc-{i}-user"), label: t.username, hint: t.username_hint,
                        value: &a.username, kind: "text", autocomplete: "username", multiline: false }, edit(AccountField::Username)) }
                    { text_field(&ctx, Field { id: format!("acc-{i}-email"), label: t.account_email, hint: t.account_email_hint,
                        value: &a.email, kind: "email", autocomplete: "email", multiline: false }, edit(AccountField::Email)) }
                    if p.accounts_center {
                        <div class="field check">
                            <input type="checkbox" id={format!("acc-{i}-linked")} checked={a.linked} onchange={onlinked}
                                aria-describedby={format!("acc-{i}-linked-hint")} />
                            <label for={format!("acc-{i}-linked")}>{ t.linked }</label>
                            <p class="hint" id={format!("acc-{i}-linked-hint")}>{ t.linked_hint }</p>
                        </div>
                    }
                    <button type="button" class="secondary small" onclick={onremove} aria-label={format!("{} ({legend})", t.remove_account)}>{ t.remove_account }</button>
                </fieldset>
            }
        }).collect::<Html>();
        let onadd = {
            let ctx = ctx.clone();
            let pid = p.id.clone();
            move |_| ctx.dispatch(Action::AddAccount(pid.clone()))
        };
        html! {
            <section class="account-group">
                <h2>{ p.name.get(ctx.lang()) }</h2>
                if Some(p.id.as_str()) == first_meta { <p class="note">{ t.business_pages }</p> }
                { accounts }
                <button type="button" class="secondary" onclick={onadd}>{ format!("{} ({})", t.add_account, p.name.get(ctx.lang())) }</button>
            </section>
        }
    };
    html! {
        <section aria-labelledby="step-heading">
            { step_heading(t.accounts_title) }
            <p>{ t.accounts_hint }</p>
            { for platforms.map(section) }
            { step_buttons(&ctx, Some(Step::Start), Some(Step::Situation), true, "") }
        </section>
    }
}
