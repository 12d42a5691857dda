//! One service in the plan: steps, link, form fields with copy buttons, "done" ticks, what to
//! expect, the letter, "what if" follow-ups, and the facts with their sources and check date.

use super::start_step::status_text;
use super::{copy_button, letter_view};
use crate::i18n::fill;
use crate::ui::Ctx;
use kiw_core::letters::PlatformTexts;
use kiw_core::model::{Confidence, Device, OptOutKind, Reliability};
use kiw_core::proof::ProofEntry;
use kiw_core::state::Action;
use kiw_core::text::long_date;
use web_sys::HtmlInputElement;
use yew::prelude::*;

fn confidence_note(ctx: &Ctx, c: Confidence) -> Html {
    let t = ctx.t();
    match c {
        Confidence::Confirmed => html! {},
        Confidence::Reported => html! { <p class="caution">{ t.please_check }</p> },
        Confidence::Unverified => html! { <p class="caution strong">{ t.unverified }</p> },
    }
}

pub fn platform_card(ctx: &Ctx, texts: &PlatformTexts) -> Html {
    let ctx = ctx.clone();
    let Some(platform) = ctx.catalog.platform(&texts.platform) else {
        return html! {};
    };
    let t = ctx.t();
    let lang = ctx.lang();
    let s = ctx.s();
    let pid = &platform.id;
    let controller = ctx.catalog.controller(&platform.controller);
    let lead = controller
        .and_then(|c| c.lead_authority.as_deref())
        .and_then(|id| ctx.catalog.authority(id));

    let device_name = |d: Device| match d {
        Device::Web => t.device_web,
        Device::App => t.device_app,
        Device::Ios => t.device_ios,
        Device::Android => t.device_android,
        Device::Email => t.device_email,
    };
    let routes = platform.routes.iter().map(|r| html! {
        <section class={classes!("route", matches!(r.device, Device::Web).then_some("route-web"))}>
            <h4>{ device_name(r.device) }</h4>
            { confidence_note(&ctx, r.confidence) }
            <ol>{ for r.steps.iter().map(|st| html! { <li>{ st.get(lang) }</li> }) }</ol>
            if let Some(link) = &r.link {
                <p><a href={link.clone()} target="_blank" rel="noopener noreferrer">{ t.open_form }<span class="visually-hidden">{ " " }{ t.new_tab }</span></a></p>
            }
            if let Some(link) = &r.fallback_link {
                <p><a href={link.clone()} target="_blank" rel="noopener noreferrer">{ t.fallback_link }<span class="visually-hidden">{ " " }{ t.new_tab }</span></a></p>
            }
        </section>
    });

    // One block of form fields per account (or one without account), each with its own copy button.
    let forms = texts.forms.iter().enumerate().map(|(n, f)| {
        let key = format!("{pid}/{}", f.account);
        let done = s.done.contains(&key);
        let ondone = {
            let ctx = ctx.clone();
            let key = key.clone();
            let entry = ProofEntry {
                date: ctx.today,
                platform: pid.clone(),
                platform_name: platform.name.get(lang).to_string(),
                action: match platform.opt_out {
                    OptOutKind::Setting => t.proof_action_setting.to_string(),
                    _ => t.proof_action_form.to_string(),
                },
                to: controller.map_or_else(|| platform.name.get(lang).to_string(), |c| c.name.clone()),
            };
            move |e: Event| {
                let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                ctx.dispatch(Action::SetDone { key: key.clone(), done: on, entry: on.then(|| entry.clone()) });
            }
        };
        let title = if texts.forms.len() > 1 { fill(t.account_n, &[&(n + 1).to_string()]) } else { String::new() };
        // A linked account is covered by the objection of another one: nothing to fill in.
        if let Some(other) = f.covered_by {
            let by = s.accounts.get(other).map(|a| {
                let name = ctx.catalog.platform(&a.platform).map_or(a.platform.as_str(), |p| p.name.get(lang));
                let nth = s.accounts.iter().take(other + 1).filter(|o| o.platform == a.platform).count();
                format!("{name}, {}", fill(t.account_n, &[&nth.to_string()]))
            });
            return html! {
                <div class="account-form">
                    if !title.is_empty() { <h4>{ title.clone() }</h4> }
                    <p class="note">{ fill(t.covered_by, &[&by.unwrap_or_default()]) }</p>
                </div>
            };
        }
        html! {
            <div class="account-form">
                if !title.is_empty() { <h4>{ title.clone() }</h4> }
                <dl class="fields">
                    { for f.fields.iter().enumerate().map(|(i, field)| {
                        let vid = format!("f-{pid}-{n}-{i}");
                        html! {
                            <div class="form-field">
                                <dt>
                                    { &field.label }
                                    <span class="tag">{ if field.required { t.field_required } else { t.field_optional } }</span>
                                </dt>
                                <dd>
                                    if field.is_choice {
                                        <p>{ t.field_choose }{ " " }<strong id={vid.clone()}>{ &field.value }</strong></p>
                                    } else if field.missing {
                                        <p class="error">{ t.field_missing }</p>
                                    } else {
                                        <div class="value" id={vid.clone()}>{ super::shown(&ctx, &field.value) }</div>
                                        if !field.value.is_empty() {
                                            { copy_button(&ctx, field.value.clone(), vid.clone(), &format!("{} ({}{})", field.label, platform.name.get(lang), if title.is_empty() { String::new() } else { format!(", {title}") })) }
                                        }
                                    }
                                    if let Some(max) = field.max_chars {
                                        <p class="hint">{ fill(t.chars_of, &[&field.value.chars().count().to_string(), &max.to_string()]) }</p>
                                    }
                                    if field.shortened { <p class="hint">{ t.field_shortened }</p> }
                                </dd>
                            </div>
                        }
                    }) }
                </dl>
                <p class="check done">
                    <input type="checkbox" id={format!("done-{pid}-{n}")} checked={done} onchange={ondone} />
                    <label for={format!("done-{pid}-{n}")}>{ format!("{} – {}{}", t.done_tick, platform.name.get(lang), if title.is_empty() { String::new() } else { format!(", {title}") }) }</label>
                </p>
            </div>
        }
    });

    let letter_id = |kind: &str| format!("{pid}-{kind}");
    let follow_up = |summary: &str, kind: &str, letter: &kiw_core::letters::Letter| {
        html! {
            <details class="what-if">
                <summary>{ summary.to_string() }</summary>
                { letter_view(&ctx, letter_id(kind), letter, format!("{} – {}", platform.name.get(lang), letter.subject)) }
            </details>
        }
    };

    html! {
        <article class="card" id={format!("card-{pid}")} aria-labelledby={format!("card-{pid}-title")}>
            <h2 id={format!("card-{pid}-title")} tabindex="-1">{ platform.name.get(lang) }</h2>
            <p class="status">{ status_text(&ctx, platform) }</p>
            <p class="checked">{ fill(t.checked_on, &[&long_date(platform.last_verified, lang)]) }</p>
            <p>{ platform.data_used.get(lang) }</p>

            <h3>{ t.how_to_get_there }</h3>
            <div class="routes">{ for routes }</div>

            if !texts.forms.is_empty() {
                <h3>{ t.form_fields }</h3>
                if let Some(form) = &platform.form { { confidence_note(&ctx, form.confidence) } }
                { for forms }
            }

            <h3>{ t.after_title }</h3>
            <p>{ platform.after.get(lang) }</p>

            if let Some((member, owner)) = &texts.slack {
                <h3>{ t.slack_member_title }</h3>
                { letter_view(&ctx, letter_id("slack-member"), member, t.slack_member_title.to_string()) }
                <h3>{ t.slack_owner_title }</h3>
                { letter_view(&ctx, letter_id("slack-owner"), owner, t.slack_owner_title.to_string()) }
            }

            <h3>{ t.letter_title }</h3>
            <p class="hint">{ t.letter_hint }</p>
            if let Some(c) = controller { { confidence_note(&ctx, c.confidence) } }
            { letter_view(&ctx, letter_id("objection"), &texts.objection, format!("{} – {}", platform.name.get(lang), texts.objection.subject)) }

            <h3>{ t.what_if }</h3>
            { follow_up(t.what_if_no_answer, "reminder", &texts.reminder) }
            { follow_up(t.what_if_refusal, "refusal", &texts.refusal) }
            { follow_up(t.what_if_access, "access", &texts.access) }
            if let Some(c) = &texts.complaint {
                { follow_up(t.what_if_complaint, "complaint", c) }
            } else {
                <details class="what-if">
                    <summary>{ t.what_if_complaint }</summary>
                    <p>{ t.complaint_needs_residence }</p>
                </details>
            }

            if !platform.problems.is_empty() {
                <h3>{ t.problems_title }</h3>
                { for platform.problems.iter().map(|pr| html! {
                    <details class="problem">
                        <summary>{ pr.title.get(lang) }</summary>
                        <p>{ pr.fix.get(lang) }</p>
                    </details>
                }) }
            }
            if !platform.protections.is_empty() {
                <h3>{ t.protect_title }</h3>
                <ul class="protections">
                    { for platform.protections.iter().map(|pr| html! {
                        <li>
                            <strong>{ pr.title.get(lang) }</strong>
                            <p>{ pr.how.get(lang) }</p>
                            <p class="hint">{ t.limits }{ " " }{ pr.limits.get(lang) }</p>
                        </li>
                    }) }
                </ul>
            }
            if !platform.alternatives.is_empty() {
                <h3>{ t.alternatives_title }</h3>
                <ul>{ for platform.alternatives.iter().map(|a| html! { <li>{ a.get(lang) }</li> }) }</ul>
            }
            <details class="facts">
                <summary>{ t.sources_title }</summary>
                if let Some(c) = controller {
                    <p><strong>{ t.controller_title }{ ": " }</strong>{ &c.name }{ ", " }{ c.address.join(", ") }</p>
                }
                if let Some(a) = lead {
                    <p><strong>{ t.lead_authority }{ ": " }</strong>{ if lang == kiw_core::Lang::De { &a.name } else { &a.name_en } }</p>
                }
                if !platform.key_dates.is_empty() {
                    <p><strong>{ t.key_dates_title }</strong></p>
                    <ul>{ for platform.key_dates.iter().map(|k| html! { <li>{ format!("{}: {}", long_date(k.date, lang), k.label.get(lang)) }</li> }) }</ul>
                }
                <p class="hint">{ t.sources_legend }</p>
                <ul class="sources">
                    { for platform.sources.iter().map(|src| {
                        let rel = match src.reliability {
                            Reliability::Primary => "P",
                            Reliability::Secondary => "S",
                            Reliability::Weak => "W",
                            Reliability::Seed => "A",
                        };
                        let date = src.date.map(|d| format!(" ({})", long_date(d, lang))).unwrap_or_default();
                        html! {
                            <li>
                                if let Some(u) = &src.url {
                                    <a href={u.clone()} target="_blank" rel="noopener noreferrer">{ &src.title }</a>
                                } else {
                                    { &src.title }
                                }
                                { date }{ format!(" [{rel}]") }
                            </li>
                        }
                    }) }
                </ul>
            </details>
        </article>
    }
}
