//! One service in the plan: a true status line, then "do it now" (1 open, 2 fill in or switch
//! off, 3 tick with the day it was done), then everything else folded under "More help". The
//! card renders what `kiw_core::plan::Card` decided.

use super::about_step::region_fields;
use super::{copy_button, date_field, fold, letter_view, para, platform_name, text_field, Field};
use crate::ui::Ctx;
use kiw_core::letters::{FilledField, Letter};
use kiw_core::model::{Confidence, Device, Platform, Reliability, Route, Status};
use kiw_core::plan::{Card, RouteKind, Unit};
use kiw_core::state::{Action, ActionKind, PersonField};
use kiw_core::text::long_date;
use kiw_core::ui_text::fill;
use kiw_core::Date;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What is happening on the service today, in one sentence.
pub fn status_line(ctx: &Ctx, p: &Platform, status: Status) -> String {
    let t = ctx.t();
    let lang = ctx.lang();
    let base = match status {
        Status::TrainingSince(d) => fill(t.status_training_since, &[&long_date(d, lang)]),
        Status::TrainingNow => t.status_training_now.to_string(),
        Status::Starts(d) => fill(t.status_starts, &[&long_date(d, lang)]),
        Status::Paused => t.status_paused.to_string(),
        Status::NotNow => t.status_not_now.to_string(),
        Status::Unknown => t.status_unknown.to_string(),
    };
    if p.future_only && matches!(status, Status::TrainingSince(_) | Status::TrainingNow) {
        format!("{base} {}", t.status_future_only)
    } else {
        base
    }
}

fn confidence_note(ctx: &Ctx, c: Confidence) -> Html {
    let t = ctx.t();
    match c {
        Confidence::Confirmed => html! {},
        Confidence::Reported => html! { <p class="caution">{ t.please_check }</p> },
        Confidence::Unverified => html! { <p class="caution strong">{ t.unverified }</p> },
    }
}

fn new_tab(ctx: &Ctx) -> Html {
    html! { <span class="visually-hidden">{ " " }{ ctx.t().new_tab }</span> }
}

/// A tick with the day it was done: ticking takes today, the date can be changed to the day it
/// really happened. `what` completes the accessible name ("Done – Instagram, account 2").
fn tick(
    ctx: &Ctx,
    platform: &str,
    account: Option<u32>,
    action: ActionKind,
    done: Option<Date>,
    label: &str,
    what: &str,
) -> Html {
    let t = ctx.t();
    let key = format!(
        "done-{platform}-{}-{}",
        account.map_or_else(|| "all".to_string(), |a| a.to_string()),
        kiw_core::proof::action_id(action)
    );
    let set = {
        let ctx = ctx.clone();
        let platform = platform.to_string();
        Callback::from(move |date: Option<Date>| {
            ctx.dispatch(Action::SetDone {
                platform: platform.clone(),
                account,
                action,
                date,
            })
        })
    };
    let onchange = {
        let set = set.clone();
        let today = ctx.today;
        move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            set.emit(on.then_some(today));
        }
    };
    html! {
        <div class={classes!("tick", done.is_some().then_some("ticked"))}>
            <input type="checkbox" id={key.clone()} checked={done.is_some()} {onchange} />
            <label for={key.clone()}>{ label }<span class="visually-hidden">{ format!(" – {what}") }</span></label>
            if let Some(d) = done {
                <span class="tick-date">
                    { t.done_on }{ " " }
                    { date_field(format!("{key}-date"), &format!("{} ({label} – {what})", t.done_date_label), d, ctx.today, set.reform(Some)) }
                </span>
            }
        </div>
    }
}

/// The fields of a form for one account, each with a big copy button.
fn form_fields(ctx: &Ctx, pid: &str, n: usize, fields: &[FilledField], what: &str) -> Html {
    let t = ctx.t();
    html! {
        <dl class="fields">
            { for fields.iter().enumerate().map(|(i, field)| {
                let vid = format!("f-{pid}-{n}-{i}");
                let onadd = {
                    let ctx = ctx.clone();
                    move |_| ctx.dispatch(Action::Go(kiw_core::state::Step::About))
                };
                html! {
                    <div class="form-field">
                        <dt>
                            { &field.label }
                            <span class="tag">{ if field.required { t.field_required } else { t.field_optional } }</span>
                        </dt>
                        <dd>
                            if field.is_choice {
                                <p>{ t.field_choose }{ " " }<strong id={vid.clone()}>{ format!("«{}»", field.value) }</strong></p>
                            } else if field.missing {
                                <p class="error">{ t.field_missing }{ " " }<button type="button" class="secondary small" onclick={onadd}>{ t.field_add }</button></p>
                            } else if !field.value.is_empty() {
                                <div class="value-row">
                                    <div class="value" id={vid.clone()}>{ super::shown(ctx, &field.value) }</div>
                                    { copy_button(ctx, field.value.clone(), vid.clone(), &format!("{} ({what})", field.label)) }
                                </div>
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
    }
}

fn device_name(ctx: &Ctx, d: Device) -> &'static str {
    let t = ctx.t();
    match d {
        Device::Web => t.device_web,
        Device::App => t.device_app,
        Device::Ios => t.device_ios,
        Device::Android => t.device_android,
        Device::Email => t.device_email,
    }
}

fn steps(ctx: &Ctx, r: &Route) -> Html {
    html! { <ol class="route-steps">{ for r.steps.iter().map(|st| html! { <li>{ st.get(ctx.lang()) }</li> }) }</ol> }
}

/// "(account 2, @anna)" for the accessible names and headings of one account.
fn unit_title(ctx: &Ctx, name: &str, u: &Unit) -> String {
    let mut out = name.to_string();
    if u.nth > 0 {
        out.push_str(", ");
        out.push_str(&fill(ctx.t().account_n, &[&u.nth.to_string()]));
    }
    if !u.username.is_empty() {
        out.push_str(&format!(" ({})", u.username));
    }
    out
}

/// "Do it now": open, fill in or switch off, tick.
fn actions(ctx: &Ctx, p: &Platform, card: &Card) -> Html {
    let t = ctx.t();
    let name = p.name.get(ctx.lang()).to_string();
    let route = card.route.and_then(|i| p.routes.get(i));
    let pid = &p.id;
    // 1: open the form or setting, or the way there when there is no direct link.
    let open = match (card.kind, route) {
        (RouteKind::Letter | RouteKind::Workspace, _) => html! {},
        (_, Some(r)) => html! {
            <li class="action">
                if let Some(link) = &r.link {
                    <a class="button primary" href={link.clone()} target="_blank" rel="noopener noreferrer">
                        { if card.kind == RouteKind::Form { t.open_form } else { t.open_setting } }{ new_tab(ctx) }
                    </a>
                    if let Some(f) = &r.fallback_link {
                        <p class="hint"><a href={f.clone()} target="_blank" rel="noopener noreferrer">{ t.fallback_link }{ new_tab(ctx) }</a></p>
                    }
                } else {
                    <p class="way">{ t.way_there }{ " " }<span class="device">{ device_name(ctx, r.device) }</span></p>
                    { steps(ctx, r) }
                }
                { card_note(ctx, p, card.confidence) }
            </li>
        },
        (_, None) => html! {},
    };
    // 2: what to do there.
    let what = match card.kind {
        RouteKind::Form => html! {
            <li class="action">
                <p class="way">{ t.fill_in }</p>
                { for card.units.iter().filter(|u| u.covered_by.is_none()).map(|u| {
                    let title = unit_title(ctx, &name, u);
                    let form = u.form.and_then(|f| card.texts.forms.get(f));
                    html! {
                        <div class="unit" key={u.account.unwrap_or(u32::MAX)}>
                            if u.nth > 0 || !u.username.is_empty() { <h4>{ title.clone() }</h4> }
                            if let Some(f) = form { { form_fields(ctx, pid, u.account.map_or(0, |a| a as usize), &f.fields, &title) } }
                        </div>
                    }
                }) }
            </li>
        },
        RouteKind::Setting => match route {
            Some(r) if r.link.is_some() => html! {
                <li class="action">
                    <p class="way">{ t.then }</p>
                    if let Some(a) = &r.action { <p>{ a.get(ctx.lang()) }</p> } else { { steps(ctx, r) } }
                </li>
            },
            _ => html! {},
        },
        RouteKind::Letter => html! {
            <li class="action">
                <p class="way">{ t.send_letter }</p>
                { letter_view(ctx, format!("{pid}-objection"), &card.texts.objection, format!("{name} – {}", card.texts.objection.subject)) }
                { letter_details(ctx, pid) }
            </li>
        },
        RouteKind::Workspace => match &card.texts.slack {
            Some((member, _)) => html! {
                <li class="action">
                    <p class="way">{ t.send_message }</p>
                    { letter_view(ctx, format!("{pid}-slack-member"), member, format!("{name} – {}", member.subject)) }
                    { card_note(ctx, p, card.confidence) }
                </li>
            },
            None => html! {},
        },
    };
    // 3: tick, per account where each account is done on its own.
    let action = card.kind.action();
    let ticks = card
        .units
        .iter()
        .filter(|u| u.covered_by.is_none())
        .map(|u| {
            let label = if matches!(card.kind, RouteKind::Letter | RouteKind::Workspace) {
                t.done_sent
            } else {
                t.done_tick
            };
            tick(
                ctx,
                pid,
                u.account,
                action,
                u.done.or(card.letter_done),
                label,
                &unit_title(ctx, &name, u),
            )
        });
    let covered = card.units.iter().filter_map(|u| {
        let c = u.covered_by.as_ref()?;
        let by = platform_name(ctx, &c.platform);
        Some(html! {
            <p class="covered" key={u.account.unwrap_or(0)}>
                if u.nth > 0 { <strong>{ format!("{}: ", fill(t.account_n, &[&u.nth.to_string()])) }</strong> }
                { if c.done.is_some() { fill(t.covered_line, &[&by]) } else { fill(t.covered_pending, &[&by]) } }
            </p>
        })
    });
    html! {
        <>
            <h3 class="do-now">{ t.do_now }</h3>
            <ol class="actions">
                { open }
                { what }
                <li class="action">{ for ticks }{ for covered }</li>
            </ol>
        </>
    }
}

/// Name and postal address for the printed letter, asked right where they are used.
fn letter_details(ctx: &Ctx, pid: &str) -> Html {
    let t = ctx.t();
    let person = &ctx.s().person;
    let edit = |field: PersonField| {
        let ctx = ctx.clone();
        Callback::from(move |v: String| ctx.dispatch(Action::EditPerson(field, v)))
    };
    html! {
        <details class="letter-details">
            <summary>{ t.letter_details }</summary>
            { text_field(ctx, Field { id: format!("{pid}-name"), label: t.name, hint: t.name_hint, value: &person.name, kind: "text", autocomplete: "name", multiline: false }, edit(PersonField::Name)) }
            { text_field(ctx, Field { id: format!("{pid}-address"), label: t.address, hint: t.address_hint, value: &person.address, kind: "text", autocomplete: "street-address", multiline: true }, edit(PersonField::Address)) }
        </details>
    }
}

/// One follow-up: when it makes sense, the text, and a tick once it went out.
fn follow_up(
    ctx: &Ctx,
    card: &Card,
    summary: &str,
    kind: &str,
    action: ActionKind,
    letter: &Letter,
) -> Html {
    let t = ctx.t();
    let lang = ctx.lang();
    let pid = &card.platform;
    let name = platform_name(ctx, pid);
    let done = card
        .follow_ups
        .iter()
        .find(|(a, _)| *a == action)
        .map(|(_, d)| *d);
    let deadline = match (card.answer_due, action) {
        (Some(due), ActionKind::Reminder | ActionKind::Complaint) if due >= ctx.today => {
            html! { <p class="hint">{ fill(t.deadline_running, &[&long_date(due, lang)]) }</p> }
        }
        (Some(due), ActionKind::Reminder | ActionKind::Complaint) => {
            html! { <p class="hint">{ fill(t.deadline_over, &[&long_date(due, lang)]) }</p> }
        }
        _ => html! {},
    };
    fold(
        summary,
        html! {
            <>
                { deadline }
                { letter_view(ctx, format!("{pid}-{kind}"), letter, format!("{name} – {}", letter.subject)) }
                { tick(ctx, pid, None, action, done, t.done_sent, &format!("{name}: {summary}")) }
            </>
        },
    )
}

/// When the objection went out is not known yet (it may be months ago): ask, so that the
/// follow-ups count from the right day.
fn sent_date_question(ctx: &Ctx, card: &Card) -> Html {
    let t = ctx.t();
    if card.sent_on.is_some() {
        return html! {};
    }
    let id = format!("{}-sent-on", card.platform);
    let onchange = {
        let ctx = ctx.clone();
        let platform = card.platform.clone();
        let account = card.units.first().and_then(|u| u.account);
        let action = card.kind.action();
        let today = ctx.today;
        move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Some(d) = Date::parse(&v).filter(|d| *d <= today) {
                ctx.dispatch(Action::SetDone {
                    platform: platform.clone(),
                    account,
                    action,
                    date: Some(d),
                });
            }
        }
    };
    html! {
        <div class="field">
            <label for={id.clone()}>{ t.sent_date_question }</label>
            <p class="hint" id={format!("{id}-hint")}>{ t.sent_date_hint }</p>
            <input type="date" id={id.clone()} max={ctx.today.to_string()} {onchange} aria-describedby={format!("{id}-hint")} />
        </div>
    }
}

fn sources(ctx: &Ctx, p: &Platform) -> Html {
    let t = ctx.t();
    let lang = ctx.lang();
    let region = &ctx.s().person.region;
    let controller = ctx.catalog.controller_for(p, region);
    let lead = controller
        .and_then(|c| c.lead_authority.as_deref())
        .and_then(|id| ctx.catalog.authority(id));
    let mut facts = vec![format!("{}: {}", t.data_used_title, p.data_used.get(lang))];
    if let Some(c) = controller {
        facts.push(format!(
            "{}: {}, {}",
            t.controller_title,
            c.name,
            c.address.join(", ")
        ));
    }
    if let Some(r) = ctx.catalog.representative_for(p, region) {
        facts.push(format!(
            "{}: {}, {}",
            t.representative_title,
            r.name,
            r.address.join(", ")
        ));
    }
    if let Some(a) = lead {
        let name = if lang == kiw_core::Lang::De {
            &a.name
        } else {
            &a.name_en
        };
        facts.push(format!("{}: {name}", t.lead_authority));
    }
    for k in &p.key_dates {
        facts.push(format!(
            "{}: {}",
            long_date(k.date, lang),
            k.label.get(lang)
        ));
    }
    let f = p.freshness(ctx.today);
    if let Some(d) = f.sources_dated {
        facts.push(fill(t.sources_dated, &[&long_date(d, lang)]));
    }
    facts.push(match f.live_checked {
        Some(d) => fill(t.live_checked, &[&long_date(d, lang)]),
        None => t.not_live_checked.to_string(),
    });
    let report = kiw_core::freshness::report_url(crate::REPO_URL, &p.id, "routes");
    html! {
        <>
            { for facts.into_iter().map(|f| para("", f)) }
            { para("hint", t.sources_legend.to_string()) }
            <ul class="sources">
                { for p.sources.iter().map(|src| {
                    let rel = match src.reliability {
                        Reliability::Primary => "P",
                        Reliability::Secondary => "S",
                        Reliability::Weak => "W",
                        Reliability::Seed => "A",
                        Reliability::LiveCheck => "L",
                    };
                    let date = src.date.map(|d| format!(" ({})", long_date(d, lang))).unwrap_or_default();
                    html! {
                        <li>
                            if let Some(u) = &src.url {
                                <a href={u.clone()} target="_blank" rel="noopener noreferrer">{ &src.title }{ new_tab(ctx) }</a>
                            } else {
                                { &src.title }
                            }
                            { format!("{date} [{rel}]") }
                        </li>
                    }
                }) }
            </ul>
            if let Some(href) = report {
                <p><a {href} target="_blank" rel="noopener noreferrer">{ t.report_outdated }{ new_tab(ctx) }</a></p>
                { para("hint", t.report_outdated_hint.to_string()) }
            }
        </>
    }
}

/// What the company changed lately, newest first.
fn changes(ctx: &Ctx, p: &Platform) -> Option<Html> {
    let t = ctx.t();
    let lang = ctx.lang();
    (!p.changes.is_empty()).then(|| {
        fold(t.changes_title, html! {
            <ul>{ for p.changes.iter().map(|c| html! { <li>{ format!("{}: {}", long_date(c.date, lang), c.text.get(lang)) }</li> }) }</ul>
        })
    })
}

/// The one note of a card, beside the action it is about: possibly outdated data first, else how
/// sure the way there is.
fn card_note(ctx: &Ctx, p: &Platform, c: Confidence) -> Html {
    if p.freshness(ctx.today).possibly_outdated {
        para("caution", ctx.t().possibly_outdated.to_string())
    } else {
        confidence_note(ctx, c)
    }
}

fn more_help(ctx: &Ctx, p: &Platform, card: &Card) -> Html {
    let t = ctx.t();
    let lang = ctx.lang();
    let pid = &p.id;
    let name = p.name.get(lang);
    let controller = ctx.catalog.controller_for(p, &ctx.s().person.region);
    let texts = &card.texts;
    let routes = p.routes.iter().map(|r| html! {
        <section class="route">
            <h4>{ device_name(ctx, r.device) }</h4>
            { steps(ctx, r) }
            if let Some(link) = &r.link {
                <p><a href={link.clone()} target="_blank" rel="noopener noreferrer">{ link.clone() }{ new_tab(ctx) }</a></p>
            }
        </section>
    });
    let letter = (card.kind != RouteKind::Letter).then(|| fold(t.letter_instead, html! {
        <>
            { para("hint", t.letter_hint.to_string()) }
            if let Some(c) = controller { { confidence_note(ctx, c.confidence) } }
            { letter_view(ctx, format!("{pid}-objection"), &texts.objection, format!("{name} – {}", texts.objection.subject)) }
            { letter_details(ctx, pid) }
            { tick(ctx, pid, None, ActionKind::Objection, card.letter_done, t.letter_sent, name) }
        </>
    }));
    let owner = texts.slack.as_ref().map(|(_, owner)| {
        fold(
            t.slack_owner_title,
            letter_view(
                ctx,
                format!("{pid}-slack-owner"),
                owner,
                t.slack_owner_title.to_string(),
            ),
        )
    });
    let complaint = match &texts.complaint {
        Some(c) => follow_up(
            ctx,
            card,
            t.what_if_complaint,
            "complaint",
            ActionKind::Complaint,
            c,
        ),
        None => fold(
            t.what_if_complaint,
            html! {
                <>
                    { para("", t.complaint_needs_residence.to_string()) }
                    { region_fields(ctx, &format!("{pid}-")) }
                </>
            },
        ),
    };
    let problems = (!p.problems.is_empty()).then(|| {
        fold(
            t.problems_title,
            html! {
                { for p.problems.iter().map(|pr| html! {
                    <section class="problem">
                        <h4>{ pr.title.get(lang) }</h4>
                        { para("", pr.fix.get(lang).to_string()) }
                    </section>
                }) }
            },
        )
    });
    let protections = (!p.protections.is_empty()).then(|| {
        fold(
            t.protect_title,
            html! {
                <ul class="protections">
                    { for p.protections.iter().map(|pr| html! {
                        <li>
                            <strong>{ pr.title.get(lang) }</strong>
                            { para("", pr.how.get(lang).to_string()) }
                            { para("hint", format!("{} {}", t.limits, pr.limits.get(lang))) }
                        </li>
                    }) }
                </ul>
            },
        )
    });
    let alternatives = (!p.alternatives.is_empty()).then(|| {
        fold(
            t.alternatives_title,
            html! {
                <ul>{ for p.alternatives.iter().map(|a| html! { <li>{ a.get(lang) }</li> }) }</ul>
            },
        )
    });
    html! {
        <details class="more-help">
            <summary>{ t.more_help }</summary>
            { fold(t.steps_detail, html! { <>{ for routes }</> }) }
            { letter }
            { owner }
            { fold(t.after_title, para("", p.after.get(lang).to_string())) }
            { sent_date_question(ctx, card) }
            { follow_up(ctx, card, t.what_if_no_answer, "reminder", ActionKind::Reminder, &texts.reminder) }
            { follow_up(ctx, card, t.what_if_refusal, "refusal", ActionKind::RefusalReply, &texts.refusal) }
            { follow_up(ctx, card, t.what_if_access, "access", ActionKind::Access, &texts.access) }
            { complaint }
            { problems }
            { protections }
            { alternatives }
            { changes(ctx, p) }
            { fold(t.sources_title, sources(ctx, p)) }
        </details>
    }
}

pub fn plan_card(ctx: &Ctx, card: &Card) -> Html {
    let Some(p) = ctx.catalog.platform(&card.platform) else {
        return html! {};
    };
    let t = ctx.t();
    let pid = &p.id;
    let complete = card.complete();
    html! {
        <article class={classes!("card", complete.then_some("complete"))} id={format!("card-{pid}")}
            aria-labelledby={format!("card-{pid}-title")} key={pid.clone()}>
            <div class="card-head">
                <h2 id={format!("card-{pid}-title")} tabindex="-1">{ p.name.get(ctx.lang()) }</h2>
                if complete { <span class="badge">{ "✓ " }{ t.done_tick }</span> }
            </div>
            if card.covered() {
                { for card.units.iter().filter_map(|u| u.covered_by.as_ref()).take(1).map(|c| {
                    let by = platform_name(ctx, &c.platform);
                    html! { <p class="covered">{ if c.done.is_some() { fill(t.covered_line, &[&by]) } else { fill(t.covered_pending, &[&by]) } }</p> }
                }) }
            } else {
                <p class="status">{ status_line(ctx, p, card.status) }</p>
                { actions(ctx, p, card) }
            }
            { more_help(ctx, p, card) }
        </article>
    }
}
