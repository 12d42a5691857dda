//! Step 2, asked once: only what the chosen services' routes need (`kiw_core::plan::needs`).
//! One name and one e-mail for every account, unless an account uses another; more accounts,
//! reasons and links to posts are folded away until wanted.

use super::{para, platform_name, step_heading, text_field, Field};
use crate::ui::Ctx;
use kiw_core::plan::{needs, AccountNeeds, UserField};
use kiw_core::route::route_hash;
use kiw_core::state::{AccountField, Action, PersonField, Step};
use kiw_core::ui_text::fill;
use kiw_core::Lang;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Where the person lives: the country and, where it decides the authority, the state.
/// Used here and next to a complaint that still needs it.
pub fn region_fields(ctx: &Ctx, prefix: &str) -> Html {
    let t = ctx.t();
    let lang = ctx.lang();
    let person = &ctx.s().person;
    let country = person
        .region
        .split('-')
        .next()
        .unwrap_or_default()
        .to_string();
    // Country and state both set the region: a state's code ("DE-BY") is the more precise one.
    let on_region = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            ctx.dispatch(Action::EditPerson(
                PersonField::Region,
                e.target_unchecked_into::<HtmlSelectElement>().value(),
            ))
        })
    };
    let states: Vec<_> = ctx.catalog.states_of(&country).collect();
    let countries = ctx.catalog.countries_by_name(lang);
    let (cid, sid) = (format!("{prefix}country"), format!("{prefix}state"));
    html! {
        <>
            <div class="field">
                <label for={cid.clone()}>{ t.country }</label>
                <p class="hint" id={format!("{cid}-hint")}>{ t.country_hint }</p>
                <select id={cid.clone()} onchange={on_region.clone()} aria-describedby={format!("{cid}-hint")}>
                    <option value="" selected={country.is_empty()}>{ t.choose }</option>
                    { for countries.iter().map(|r| html! {
                        <option value={r.code.clone()} selected={r.code == country}>{ r.name.get(lang) }</option>
                    }) }
                </select>
            </div>
            if !states.is_empty() {
                <div class="field">
                    <label for={sid.clone()}>{ t.state }</label>
                    <p class="hint" id={format!("{sid}-hint")}>{ t.state_hint }</p>
                    <select id={sid.clone()} onchange={on_region} aria-describedby={format!("{sid}-hint")}>
                        <option value={country.clone()} selected={person.region == country}>{ t.choose }</option>
                        { for states.iter().map(|r| html! {
                            <option value={r.code.clone()} selected={r.code == person.region}>{ r.name.get(lang) }</option>
                        }) }
                    </select>
                </div>
            }
        </>
    }
}

/// The accounts of one service: a user name, phone number or workspace where the route uses it,
/// another e-mail address where the form or letter uses one, more accounts.
fn accounts_of(ctx: &Ctx, need: &AccountNeeds) -> Html {
    let t = ctx.t();
    let lang = ctx.lang();
    let s = ctx.s();
    let platform = ctx.catalog.platform(&need.platform);
    let name = platform_name(ctx, &need.platform);
    let list: Vec<_> = s.accounts_of(&need.platform).collect();
    let several = list.len() > 1;
    let nothing = need.user.is_none() && !need.email;
    let accounts = list.iter().enumerate().map(|(n, a)| {
        let id = a.id;
        let edit = |field: AccountField| {
            let ctx = ctx.clone();
            Callback::from(move |v: String| ctx.dispatch(Action::EditAccount(id, field, v)))
        };
        let on_own = {
            let ctx = ctx.clone();
            move |e: Event| ctx.dispatch(Action::SetOwnEmail(id, e.target_unchecked_into::<HtmlInputElement>().checked()))
        };
        let onremove = {
            let ctx = ctx.clone();
            move |_| ctx.dispatch(Action::RemoveAccount(id))
        };
        let legend = format!("{name} – {}", fill(t.account_n, &[&(n + 1).to_string()]));
        let user = need.user.map(|(kind, _)| {
            // The service's word for an account ("phone number") is written for the middle of a
            // sentence; as a field's label it starts with a capital (ASCII: our languages' words).
            let capital: Option<String> = platform.and_then(|p| p.account_label.as_ref()).map(|l| {
                let mut c = l.get(lang).chars();
                c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
            });
            let label = capital.as_deref();
            // A service that knows accounts by a phone number gets the phone's number pad.
            let (label, hint, auto, input) = match (kind, label) {
                (UserField::Workspace, _) => (t.workspace, t.workspace_hint, "off", "text"),
                (UserField::Username, Some(l)) => (l, t.username_hint, "tel", "tel"),
                (UserField::Username, None) => (t.username, t.username_hint, "username", "text"),
            };
            text_field(ctx, Field { id: format!("acc-{id}-user"), label, hint, value: &a.username, kind: input, autocomplete: auto, multiline: false }, edit(AccountField::Username))
        });
        let own = need.email.then(|| html! {
            <>
                <div class="check">
                    <input type="checkbox" id={format!("acc-{id}-own")} checked={a.own_email} onchange={on_own} />
                    <label for={format!("acc-{id}-own")}>{ t.own_email }</label>
                </div>
                if a.own_email {
                    { text_field(ctx, Field { id: format!("acc-{id}-email"), label: t.account_email, hint: "", value: &a.email, kind: "email", autocomplete: "email", multiline: false }, edit(AccountField::Email)) }
                }
            </>
        });
        // With one account the service's heading says it all; a fieldset names each of several.
        if several {
            html! {
                <fieldset class="account" key={id}>
                    <legend>{ legend.clone() }</legend>
                    { user }{ own }
                    <button type="button" class="secondary small" onclick={onremove} aria-label={format!("{} ({legend})", t.remove_account)}>{ t.remove_account }</button>
                </fieldset>
            }
        } else {
            html! { <div class="account" key={id}>{ user }{ own }</div> }
        }
    });
    let onadd = {
        let ctx = ctx.clone();
        let pid = need.platform.clone();
        move |_| ctx.dispatch(Action::AddAccount(pid.clone()))
    };
    let note = platform
        .and_then(|p| p.accounts_note.as_ref())
        .map(|n| para("note", n.text.get(lang).to_string()));
    html! {
        <section class="account-group" key={need.platform.clone()}>
            <h3>{ name.clone() }</h3>
            { note }
            if nothing && !several { { para("hint", t.accounts_nothing) } }
            <div class="accounts">{ for accounts }</div>
            <button type="button" class="secondary small" onclick={onadd}>{ fill(t.add_account, &[&name]) }</button>
        </section>
    }
}

pub fn about_step(ctx: &Ctx) -> Html {
    let t = ctx.t();
    let lang = ctx.lang();
    let s = ctx.s();
    let person = &s.person;
    let n = needs(s, &ctx.catalog);
    let edit = |field: PersonField| {
        let ctx = ctx.clone();
        Callback::from(move |v: String| ctx.dispatch(Action::EditPerson(field, v)))
    };
    let meta: Vec<String> = s
        .selected
        .iter()
        .filter_map(|id| ctx.catalog.platform(id))
        .filter(|p| p.accounts_center && p.audience == kiw_core::model::Audience::Account)
        .map(|p| p.name.get(lang).to_string())
        .collect();
    let meta_names = match meta.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} {} {last}", rest.join(", "), t.and),
        _ => meta.join(""),
    };
    let on_linked = {
        let ctx = ctx.clone();
        move |e: Event| {
            ctx.dispatch(Action::SetLinked(
                e.target_unchecked_into::<HtmlInputElement>().checked(),
            ))
        }
    };
    // What a letter or Slack needs is asked openly; everything else about accounts is folded.
    let (open, folded): (Vec<&AccountNeeds>, Vec<&AccountNeeds>) =
        n.accounts.iter().partition(|a| a.openly);
    let reasons: Vec<Html> = ctx
        .catalog
        .reasons
        .iter()
        .filter(|r| n.account_reasons || !r.accounts_only)
        .map(|r| {
            let id = format!("reason-{}", r.id);
            let checked = person.reasons.contains(&r.id);
            let onchange = {
                let ctx = ctx.clone();
                let rid = r.id.clone();
                move |_| ctx.dispatch(Action::ToggleReason(rid.clone()))
            };
            html! {
                <li class="check" key={r.id.clone()}>
                    <input type="checkbox" id={id.clone()} {checked} {onchange} aria-describedby={format!("{id}-hint")} />
                    <label for={id.clone()}>{ r.label.get(lang) }</label>
                    <p class="hint" id={format!("{id}-hint")}>{ r.hint.get(lang) }</p>
                </li>
            }
        })
        .collect();
    let chosen = ctx
        .catalog
        .reasons
        .iter()
        .filter(|r| person.reasons.contains(&r.id) && (n.account_reasons || !r.accounts_only))
        .count();
    // A gentle check: an e-mail address that looks wrong is pointed out once before going on.
    let odd_email = n.email
        && !person.email.trim().is_empty()
        && !kiw_core::text::looks_like_email(&person.email)
        && !ctx.screen.left.iter().any(|f| f == "email");
    let onsubmit = {
        let ctx = ctx.clone();
        move |e: SubmitEvent| {
            e.prevent_default();
            if odd_email {
                ctx.screen(|s| s.left.push("email".into()));
                crate::ui::browser::focus("email");
            } else {
                ctx.dispatch(Action::Go(Step::Plan));
            }
        }
    };
    let onback = {
        let ctx = ctx.clone();
        move |_| ctx.dispatch(Action::Go(Step::Start))
    };
    if s.selected.is_empty() {
        return super::nothing_chosen(ctx, t.about_title);
    }
    // People in a country whose languages the page is not in (Belgium: French, Dutch, German).
    let others: Vec<_> = kiw_core::plan::region_languages(&ctx.catalog, &person.region, ctx.lang())
        .into_iter()
        .filter_map(|l| ctx.catalog.languages.iter().find(|x| x.code == l))
        .collect();
    let on_english = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            ctx.dispatch(Action::SetCompanyLang(on.then_some(Lang::EN)))
        })
    };
    // Which of the chosen services put the name in what they send.
    let name_hint = {
        let names: Vec<String> = n.name_for.iter().map(|id| platform_name(ctx, id)).collect();
        fill(t.name_needed_for, &[&names.join(", ")])
    };
    html! {
        <section aria-labelledby="step-heading">
            { step_heading(t.about_title) }
            <p>{ if n.nothing() { t.about_nothing } else { t.about_hint } }</p>
            <form class="about" novalidate=true {onsubmit}>
                if n.name {
                    { text_field(ctx, Field { id: "name".into(), label: t.name, hint: &name_hint, value: &person.name, kind: "text", autocomplete: "name", multiline: false }, edit(PersonField::Name)) }
                }
                if n.email {
                    { text_field(ctx, Field { id: "email".into(), label: t.email, hint: if n.account_reasons { t.email_hint } else { t.email_hint_no_account }, value: &person.email, kind: "email", autocomplete: "email", multiline: false }, edit(PersonField::Email)) }
                }
                if n.linked_question {
                    <div class="check linked">
                        <input type="checkbox" id="linked" checked={s.linked()} onchange={on_linked} aria-describedby="linked-hint" />
                        <label for="linked">{ fill(t.linked, &[&meta_names]) }</label>
                        <p class="hint" id="linked-hint">{ t.linked_hint }</p>
                    </div>
                }
                <div class="open-accounts">{ for open.iter().map(|a| accounts_of(ctx, a)) }</div>
                { region_fields(ctx, "") }
                if !others.is_empty() {
                    <p class="hint region-languages">
                        { t.region_languages }{ " " }
                        { for others.iter().enumerate().map(|(i, l)| html! { <>
                            if i > 0 { { " · " } }
                            <a href={route_hash(l.code, Step::About, None)} lang={l.code.code().to_string()} hreflang={l.code.code().to_string()}>{ l.name.clone() }</a>
                        </> }) }
                    </p>
                }
                if n.name && ctx.lang() != Lang::EN {
                    <div class="check">
                        <input type="checkbox" id="company-english" checked={s.company_lang == Some(Lang::EN)} onchange={on_english} aria-describedby="company-english-hint" />
                        <label for="company-english">{ t.company_english }</label>
                        <p class="hint" id="company-english-hint">{ t.company_english_hint }</p>
                    </div>
                }
                if n.post_links {
                    { text_field(ctx, Field { id: "post-links".into(), label: t.post_links, hint: t.post_links_hint, value: &person.post_links, kind: "text", autocomplete: "off", multiline: true }, edit(PersonField::PostLinks)) }
                }
                if !folded.is_empty() {
                    <details class="more">
                        <summary>{ t.accounts_more }</summary>
                        <p class="hint">{ t.accounts_more_hint }</p>
                        <div class="folded-accounts">{ for folded.iter().map(|a| accounts_of(ctx, a)) }</div>
                    </details>
                }
                if n.reasons {
                    <details class="more">
                        <summary>
                            { t.reasons_more }
                            if chosen > 0 { <span class="count">{ format!(" ({})", fill(t.reasons_chosen, &[&chosen.to_string()])) }</span> }
                        </summary>
                        <fieldset class="reasons">
                            <legend class="visually-hidden">{ t.reasons_more }</legend>
                            <p class="hint">{ t.reasons_why }</p>
                            <ul>{ reasons }</ul>
                        </fieldset>
                        { text_field(ctx, Field { id: "situation".into(), label: t.own_words, hint: t.own_words_hint, value: &person.situation, kind: "text", autocomplete: "off", multiline: true }, edit(PersonField::Situation)) }
                    </details>
                }
                <div class="step-buttons sticky-next">
                    <div class="buttons">
                        <button type="button" class="secondary" onclick={onback}>{ t.back }</button>
                        <button type="submit" class="primary">{ t.to_plan }</button>
                    </div>
                </div>
            </form>
        </section>
    }
}
