//! One service in the plan: a true status line, then "do it now" (1 open, 2 fill in or switch
//! off, 3 tick with the day it was done), then everything else folded under "More help". The
//! card renders what `kiw_core::plan::Card` decided. Plain elements use the small builders of
//! `components` (`el`, `txt`, `para`…) to keep the wasm small.

use super::about_step::region_fields;
use super::{
    copy_button, date_field, el, fold, letter_view, link_out, para, platform_name, text_field,
    text_list, txt, Field,
};
use crate::ui::{browser, Ctx};
use kiw_core::letters::{FilledField, Letter};
use kiw_core::model::{Confidence, Device, Platform, Reliability, Route, Status};
use kiw_core::plan::{Card, RouteKind, Unit};
use kiw_core::state::{Action, ActionKind, PersonField, Step};
use kiw_core::ui_text::fill;
use kiw_core::Date;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What is happening on the service today, in one sentence.
pub fn status_line(ctx: &Ctx, p: &Platform, status: Status) -> String {
    let t = ctx.t();
    let lang = ctx.lang();
    let base = match status {
        Status::TrainingSince(d) => {
            fill(t.status_training_since, &[&ctx.catalog.long_date(d, lang)])
        }
        Status::TrainingNow => t.status_training_now.to_string(),
        Status::Starts(d) => fill(t.status_starts, &[&ctx.catalog.long_date(d, lang)]),
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
        Confidence::Confirmed => Html::default(),
        Confidence::Reported => para("caution", t.please_check),
        Confidence::Unverified => para("caution strong", t.unverified),
    }
}

/// The one note of a card, beside the action it is about: possibly outdated data first, else how
/// sure the way there is.
fn card_note(ctx: &Ctx, p: &Platform, c: Confidence) -> Html {
    if p.freshness(ctx.today).possibly_outdated {
        para("caution", ctx.t().possibly_outdated)
    } else {
        confidence_note(ctx, c)
    }
}

fn out(ctx: &Ctx, href: &str, class: &'static str, text: impl Into<AttrValue>) -> Html {
    link_out(href, class, Html::from(text.into()), ctx.t().new_tab)
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
    let date = done.map(|d| {
        el(
            "span",
            "tick-date",
            vec![
                Html::from(format!("{} ", t.done_on)),
                date_field(
                    format!("{key}-date"),
                    &format!("{} ({label} – {what})", t.done_date_label),
                    d,
                    ctx.today,
                    set.reform(Some),
                ),
            ],
        )
    });
    html! {
        <div class={if done.is_some() { "tick ticked" } else { "tick" }}>
            <input type="checkbox" id={key.clone()} checked={done.is_some()} {onchange} />
            <label for={key}>{ label }{ txt("span", "visually-hidden", format!(" – {what}")) }</label>
            { date }
        </div>
    }
}

/// The fields of a form for one account, each with a big copy button.
fn form_fields(ctx: &Ctx, pid: &str, n: u32, fields: &[FilledField], what: &str) -> Html {
    let t = ctx.t();
    let items = fields.iter().enumerate().map(|(i, field)| {
        let vid = format!("f-{pid}-{n}-{i}");
        let value = if field.is_choice {
            el("p", "", vec![Html::from(format!("{} ", t.field_choose)), txt("strong", "", fill(t.quoted, &[&field.value]))])
        } else if field.missing {
            let onadd = {
                let ctx = ctx.clone();
                move |_| ctx.dispatch(Action::Go(Step::About))
            };
            html! { <p class="error">{ t.field_missing }{ " " }<button type="button" class="secondary small" onclick={onadd}>{ t.field_add }</button></p> }
        } else if field.value.is_empty() {
            Html::default()
        } else {
            el("div", "value-row", vec![
                // Focusable: a long value scrolls inside its box, and keyboards must reach it.
                html! { <div class="value" id={vid.clone()} tabindex="0" role="region" aria-label={field.label.clone()}>{ super::shown(ctx, &field.value) }</div> },
                copy_button(ctx, field.value.clone(), vid, &format!("{} ({what})", field.label)),
            ])
        };
        // Optional fields say so in the platform's own label; only required ones are marked.
        let tag = if field.required { txt("span", "tag", t.field_required) } else { Html::default() };
        el("div", "form-field", vec![
            el("dt", "", vec![Html::from(field.label.clone()), tag]),
            el("dd", "", vec![
                value,
                field.max_chars.map(|max| para("hint", fill(t.chars_of, &[&field.value.chars().count().to_string(), &max.to_string()]))).unwrap_or_default(),
                if field.shortened { para("hint", t.field_shortened) } else { Html::default() },
            ]),
        ])
    });
    el("dl", "fields", items.collect())
}

/// A way's own title where the data gives one, else its device.
fn route_name(ctx: &Ctx, r: &Route) -> String {
    match &r.title {
        Some(t) => t.get(ctx.lang()).to_string(),
        None => device_name(ctx, r.device).to_string(),
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
    el(
        "ol",
        "route-steps",
        r.steps
            .iter()
            .map(|st| txt("li", "", st.get(ctx.lang()).to_string()))
            .collect(),
    )
}

/// "Instagram, account 2 (@anna)" for the accessible names and headings of one account.
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
    let mut list = Vec::new();
    // A letter route with a web link is a form to paste the letter into (an e-mail route's
    // `mailto:` link is not: its letter goes out as the e-mail, with its copy address).
    let letter_form = card.kind == RouteKind::Letter
        && route.is_some_and(|r| {
            r.device != Device::Email
                && r.link.as_deref().is_some_and(|l| !l.starts_with("mailto:"))
        });
    // 1: open the form or setting, or the way there when there is no direct link.
    if let Some(r) =
        route.filter(|_| matches!(card.kind, RouteKind::Form | RouteKind::Setting) || letter_form)
    {
        let open = match &r.link {
            Some(link) => {
                let label = if card.kind == RouteKind::Setting {
                    t.open_setting
                } else {
                    t.open_form
                };
                let fallback = r
                    .fallback_link
                    .as_ref()
                    .map(|f| el("p", "hint", vec![out(ctx, f, "", t.fallback_link)]));
                vec![
                    out(ctx, link, "button primary", label),
                    fallback.unwrap_or_default(),
                ]
            }
            None => vec![
                el(
                    "p",
                    "way",
                    vec![
                        Html::from(format!("{} ", t.way_there)),
                        txt("span", "device", route_name(ctx, r)),
                    ],
                ),
                steps(ctx, r),
            ],
        };
        list.push(el(
            "li",
            "action",
            [open, vec![card_note(ctx, p, card.confidence)]].concat(),
        ));
    }
    // 2: what to do there.
    let letter = |intro: &'static str| {
        let o = &card.texts.objection;
        vec![
            para("way", intro),
            letter_details(ctx, pid),
            sendable(ctx, card, "objection", o),
        ]
    };
    match card.kind {
        RouteKind::Form => {
            let units = card
                .units
                .iter()
                .filter(|u| u.covered_by.is_none())
                .map(|u| {
                    let title = unit_title(ctx, &name, u);
                    let form = u.form.and_then(|f| card.texts.forms.get(f));
                    el(
                        "div",
                        "unit",
                        vec![
                            if u.nth > 0 || !u.username.is_empty() {
                                txt("h4", "", title.clone())
                            } else {
                                Html::default()
                            },
                            form.map(|f| {
                                form_fields(ctx, pid, u.account.unwrap_or(0), &f.fields, &title)
                            })
                            .unwrap_or_default(),
                        ],
                    )
                });
            list.push(el(
                "li",
                "action",
                [vec![para("way", t.fill_in)], units.collect()].concat(),
            ));
            if p.also_letter {
                let mut also = letter(t.also_letter);
                also.push(tick(
                    ctx,
                    pid,
                    None,
                    ActionKind::Objection,
                    card.letter_done,
                    t.letter_sent,
                    &name,
                ));
                list.push(el("li", "action", also));
            }
        }
        RouteKind::Setting => {
            if let Some(r) = route.filter(|r| r.link.is_some()) {
                let what = match &r.action {
                    Some(a) => para("", a.get(ctx.lang()).to_string()),
                    None => steps(ctx, r),
                };
                list.push(el("li", "action", vec![para("way", t.then), what]));
            }
        }
        RouteKind::Letter if letter_form => {
            // A web form takes the text without the postal letter's address block and date.
            list.push(el(
                "li",
                "action",
                vec![
                    para("way", t.paste_in_form),
                    // The name signs the text; the address only the postal letter.
                    letter_details(ctx, pid),
                    sendable_as(ctx, card, "objection", &card.texts.objection, true),
                    fold(
                        t.letter_instead,
                        el(
                            "div",
                            "",
                            vec![
                                para("way", t.send_letter),
                                sendable(ctx, card, "objection", &card.texts.objection),
                            ],
                        ),
                    ),
                ],
            ));
        }
        RouteKind::Letter => {
            let mut items = letter(t.send_letter);
            items.push(card_note(ctx, p, card.confidence));
            list.push(el("li", "action", items));
        }
        RouteKind::Workspace => {
            if let Some((member, _)) = &card.texts.slack {
                list.push(el(
                    "li",
                    "action",
                    vec![
                        para("way", t.send_message),
                        letter_view(
                            ctx,
                            format!("{pid}-slack-member"),
                            member,
                            format!("{name} – {}", member.subject),
                        ),
                        card_note(ctx, p, card.confidence),
                    ],
                ));
            }
        }
    }
    // 3: tick, per account where each account is done on its own.
    let label = match card.kind {
        RouteKind::Letter | RouteKind::Workspace => t.done_sent,
        RouteKind::Form => t.done_form,
        RouteKind::Setting => t.done_tick,
    };
    let mut last = Vec::new();
    for u in &card.units {
        match &u.covered_by {
            None => last.push(tick(
                ctx,
                pid,
                u.account,
                card.kind.action(),
                u.done.or(card.letter_done),
                label,
                &unit_title(ctx, &name, u),
            )),
            Some(c) => {
                let by = platform_name(ctx, &c.platform);
                let text = if c.done.is_some() {
                    fill(t.covered_line, &[&by])
                } else {
                    fill(t.covered_pending, &[&by])
                };
                let text = if u.nth > 0 {
                    fill(
                        t.label_value,
                        &[&fill(t.account_n, &[&u.nth.to_string()]), &text],
                    )
                } else {
                    text
                };
                last.push(para("covered", text));
            }
        }
    }
    list.push(el("li", "action", last));
    el(
        "div",
        "",
        vec![txt("h3", "do-now", t.do_now), el("ol", "todo", list)],
    )
}

/// Name and postal address for the printed letter, asked right where they are used.
fn letter_details(ctx: &Ctx, pid: &str) -> Html {
    let t = ctx.t();
    let person = &ctx.s().person;
    // Every letter uses these: applied a moment after the last key, not on every key.
    let edit = |field: PersonField| {
        let ctx = ctx.clone();
        let key = format!("{pid}-{}", field as u8);
        Callback::from(move |v: String| {
            let ctx = ctx.clone();
            browser::later(key.clone(), move || {
                ctx.dispatch(Action::EditPerson(field, v))
            })
        })
    };
    el(
        "details",
        "letter-details",
        vec![
            txt("summary", "", t.letter_details),
            text_field(
                ctx,
                Field {
                    id: format!("{pid}-name"),
                    label: t.name,
                    hint: t.name_hint,
                    value: &person.name,
                    kind: "text",
                    autocomplete: "name",
                    multiline: false,
                },
                edit(PersonField::Name),
            ),
            text_field(
                ctx,
                Field {
                    id: format!("{pid}-address"),
                    label: t.address,
                    hint: t.address_hint,
                    value: &person.address,
                    kind: "text",
                    autocomplete: "street-address",
                    multiline: true,
                },
                edit(PersonField::Address),
            ),
        ],
    )
}

/// One follow-up: when it makes sense, the text, and a tick once it went out. Reminder, reply to
/// a refusal and complaint only make sense after an objection that is owed an answer; until then
/// the fold says so (and asks when the objection went out, which may be months ago).
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
    let hint = if action == ActionKind::Access {
        t.when_access.to_string()
    } else {
        let Some(due) = card.answer_due else {
            let body = if card.kind == RouteKind::Setting && card.letter_done.is_none() {
                para("hint", t.followup_after_setting)
            } else {
                el(
                    "div",
                    "",
                    vec![
                        para("hint", t.followup_after_objection),
                        sent_date_question(ctx, card, kind),
                    ],
                )
            };
            return fold(summary, body);
        };
        let running = due >= ctx.today;
        match action {
            ActionKind::Reminder if running => {
                fill(t.deadline_running, &[&ctx.catalog.long_date(due, lang)])
            }
            // The company refused (or asked for more): no need to wait for the month.
            ActionKind::Complaint if card.answer_needs_action() => t.complaint_now.to_string(),
            ActionKind::Complaint if running => {
                fill(t.complaint_early, &[&ctx.catalog.long_date(due, lang)])
            }
            ActionKind::RefusalReply => t.when_refusal.to_string(),
            _ => fill(t.deadline_over, &[&ctx.catalog.long_date(due, lang)]),
        }
    };
    let mut body = vec![para("hint", hint)];
    if action == ActionKind::Complaint {
        // Where the complaint works differently (Switzerland, UK), the authority says how; its own
        // online form is an alternative to the letter.
        if let Some(a) = ctx.catalog.competent_authority(&ctx.s().person.region) {
            if let Some(note) = &a.note {
                body.push(para("note", note.get(lang).to_string()));
            }
            if let Some(form) = &a.complaint_form {
                body.push(el("p", "", vec![out(ctx, form, "", t.complaint_form)]));
            }
        }
    }
    body.push(sendable(ctx, card, kind, letter));
    let done = card
        .follow_ups
        .iter()
        .find(|(a, _)| *a == action)
        .map(|(_, d)| *d);
    body.push(tick(
        ctx,
        pid,
        None,
        action,
        done,
        t.done_sent,
        &format!("{name}: {summary}"),
    ));
    fold(summary, el("div", "", body))
}

/// A text to send (`kind`: objection, reminder, refusal, access, complaint) and, where it goes out
/// in another language than the page's, the same text in the page's language to read.
fn sendable(ctx: &Ctx, card: &Card, kind: &str, letter: &Letter) -> Html {
    sendable_as(ctx, card, kind, letter, false)
}

/// `form`: the text goes into a company's web form, without the postal letter's head.
fn sendable_as(ctx: &Ctx, card: &Card, kind: &str, letter: &Letter, form: bool) -> Html {
    let t = ctx.t();
    let pid = &card.platform;
    let name = platform_name(ctx, pid);
    let (letter, id) = if form {
        (letter.for_form(), format!("{pid}-{kind}-form"))
    } else {
        (letter.clone(), format!("{pid}-{kind}"))
    };
    let view = |id: String, l: &Letter| letter_view(ctx, id, l, format!("{name} – {}", l.subject));
    let (lang, copy) = match (kind, &card.copy) {
        ("complaint", Some(c)) => (card.complaint_lang, c.complaint.as_ref()),
        ("objection", Some(c)) => (card.company_lang, Some(&c.objection)),
        ("reminder", Some(c)) => (card.company_lang, Some(&c.reminder)),
        ("refusal", Some(c)) => (card.company_lang, Some(&c.refusal)),
        ("access", Some(c)) => (card.company_lang, Some(&c.access)),
        _ => (None, None),
    };
    let (Some(_), Some(copy)) = (lang, copy) else {
        return view(id, &letter);
    };
    let mut parts = Vec::new();
    if kind == "complaint" {
        // The authority does not accept the page's language: the version to send comes first.
        parts.push(para("note", t.complaint_in_language.to_string()));
    }
    parts.push(view(id.clone(), &letter));
    let title = if kind == "complaint" {
        t.complaint_copy
    } else {
        t.letter_copy
    };
    // Only to read: no copy, download or send buttons that would invite sending this one.
    let text = if form {
        copy.for_form().plain_text()
    } else {
        copy.plain_text()
    };
    parts.push(fold(
        title,
        html! {
            <pre class="letter-text" id={format!("{id}-copy-text")} tabindex="0" role="region" aria-label={title}>{ super::shown(ctx, &text) }</pre>
        },
    ));
    el("div", "", parts)
}

/// The company's answer: pasted (read here, never saved) or picked, what it means, what the law
/// says, and the next step with its text; recorded with its date for the record and calendar.
fn reply_fold(ctx: &Ctx, card: &Card) -> Html {
    use kiw_core::replies::{classify, Certainty, KindId};
    let t = ctx.t();
    let lang = ctx.lang();
    let pid = card.platform.clone();
    let replies = &ctx.catalog.replies;
    let label = |k: KindId| replies.kind(k).map_or(k.id(), |x| x.label.get(lang));
    let set = {
        let ctx = ctx.clone();
        let pid = pid.clone();
        move |answer: Option<(KindId, Date)>| {
            let ctx = ctx.clone();
            let pid = pid.clone();
            Callback::from(move |_: MouseEvent| {
                ctx.dispatch(Action::SetDone {
                    platform: pid.clone(),
                    account: None,
                    action: ActionKind::Answer(answer.map_or(KindId::AutoReceipt, |a| a.0)),
                    date: answer.map(|a| a.1),
                })
            })
        }
    };
    let mut body = Vec::new();
    let meaning = |k: KindId, body: &mut Vec<Html>| {
        if let Some(kind) = replies.kind(k) {
            body.push(para("", kind.meaning.get(lang).to_string()));
            body.push(el(
                "p",
                "hint",
                vec![
                    txt("strong", "", format!("{} ", t.reply_law)),
                    Html::from(kind.law.get(lang).to_string()),
                ],
            ));
            body.push(para("", fill(t.reply_next, &[kind.next_step.get(lang)])));
        }
    };
    if let Some((k, date)) = card.answer {
        body.push(txt(
            "p",
            "answer",
            fill(
                t.reply_recorded,
                &[&ctx.catalog.long_date(date, lang), label(k)],
            ),
        ));
        // The day it came, if not today: follow-ups count from it.
        let on_date = {
            let ctx = ctx.clone();
            let pid = pid.clone();
            Callback::from(move |d: Date| {
                ctx.dispatch(Action::SetDone {
                    platform: pid.clone(),
                    account: None,
                    action: ActionKind::Answer(k),
                    date: Some(d),
                })
            })
        };
        body.push(el(
            "p",
            "",
            vec![
                Html::from(format!("{} ", t.reply_date)),
                date_field(
                    format!("{pid}-reply-date"),
                    t.reply_date,
                    date,
                    ctx.today,
                    on_date,
                ),
            ],
        ));
        meaning(k, &mut body);
        // The text for the next step, where it is a letter to the company.
        // Follow-ups count from the objection: ask for its day if it is not known yet.
        if card.sent_on.is_none() {
            body.push(sent_date_question(ctx, card, "reply"));
        }
        match (k, &card.reply) {
            (_, Some(reply)) => {
                let name = platform_name(ctx, &pid);
                body.push(letter_view(
                    ctx,
                    format!("{pid}-reply"),
                    reply,
                    format!("{name} – {}", reply.subject),
                ));
                let sent = card
                    .follow_ups
                    .iter()
                    .find(|(a, _)| *a == ActionKind::Reply)
                    .map(|(_, d)| *d);
                body.push(tick(
                    ctx,
                    &pid,
                    None,
                    ActionKind::Reply,
                    sent,
                    t.done_sent,
                    &format!("{name}: {}", reply.subject),
                ));
            }
            (KindId::Refused | KindId::ConfirmedNarrower | KindId::FutureOnly, None) => {
                body.push(sendable(ctx, card, "refusal", &card.texts.refusal))
            }
            _ => {}
        }
        body.push(el(
            "p",
            "",
            vec![html! { <button type="button" class="secondary" onclick={set(None)}>{ t.reply_remove }</button> }],
        ));
        return fold(t.reply_title, el("div", "", body));
    }
    let pasted = ctx
        .screen
        .pasted
        .iter()
        .find(|(p, _)| *p == pid)
        .map_or("", |(_, s)| s.as_str());
    let on_paste = {
        let ctx = ctx.clone();
        let pid = pid.clone();
        Callback::from(move |v: String| {
            let pid = pid.clone();
            ctx.screen(move |s| {
                s.pasted.retain(|(p, _)| *p != pid);
                s.picked.retain(|(p, _)| *p != pid);
                s.pasted.push((pid, v));
            })
        })
    };
    body.push(text_field(
        ctx,
        Field {
            id: format!("{pid}-reply-text"),
            label: t.reply_paste,
            hint: t.reply_paste_hint,
            value: pasted,
            kind: "text",
            autocomplete: "off",
            multiline: true,
        },
        on_paste,
    ));
    let found = (!pasted.trim().is_empty()).then(|| classify(pasted, replies));
    let picked = ctx
        .screen
        .picked
        .iter()
        .find(|(p, _)| *p == pid)
        .map(|(_, k)| *k);
    let chosen = picked.or(found.as_ref().and_then(|f| f.kind));
    // What the pasted text looks like, announced as it changes.
    let status = match &found {
        Some(f) => match f.kind {
            Some(k) if f.certainty == Certainty::Strong => fill(t.reply_strong, &[label(k)]),
            Some(k) => fill(t.reply_weak, &[label(k)]),
            None => t.reply_unknown.to_string(),
        },
        None => String::new(),
    };
    body.push(html! { <p class="hint" role="status">{ status }</p> });
    let on_pick = {
        let ctx = ctx.clone();
        let pid = pid.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            let pid = pid.clone();
            ctx.screen(move |s| {
                s.picked.retain(|(p, _)| *p != pid);
                if let Some(k) = KindId::from_id(&v) {
                    s.picked.push((pid, k));
                }
            })
        })
    };
    let select_id = format!("{pid}-reply-kind");
    body.push(html! {
        <div class="field">
            <label for={select_id.clone()}>{ t.reply_pick }</label>
            <select id={select_id} onchange={on_pick}>
                <option value="" selected={chosen.is_none()}>{ t.choose }</option>
                { for replies.kinds.iter().map(|k| html! {
                    <option value={k.id.id()} selected={chosen == Some(k.id)}>{ k.label.get(lang) }</option>
                }) }
            </select>
        </div>
    });
    if let Some(k) = chosen {
        meaning(k, &mut body);
        body.push(html! {
            <p><button type="button" class="primary" onclick={set(Some((k, ctx.today)))}>{ t.reply_keep }</button></p>
        });
    }
    fold(t.reply_title, el("div", "", body))
}

/// When the objection went out is not known yet: ask, so that the follow-ups count from the
/// right day. Answering ticks the objection with that day.
fn sent_date_question(ctx: &Ctx, card: &Card, kind: &str) -> Html {
    let t = ctx.t();
    let id = format!("{}-{kind}-sent-on", card.platform);
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
    let pair = |label: &str, value: &str| fill(t.label_value, &[label, value]);
    let mut facts = vec![pair(t.data_used_title, p.data_used.get(lang))];
    let address = |c: &kiw_core::model::Controller| {
        ctx.catalog
            .postal_address(&c.address, c.country.as_deref(), lang, region)
            .join(", ")
    };
    if let Some(c) = controller {
        let company = [c.name.clone(), address(c)].join(", ");
        facts.push(pair(t.controller_title, &company));
    }
    if let Some(r) = ctx.catalog.representative_for(p, region) {
        let company = [r.name.clone(), address(r)].join(", ");
        facts.push(pair(t.representative_title, &company));
    }
    // The same name as in the letters.
    if let Some(a) = lead {
        facts.push(pair(t.lead_authority, &a.name_in(lang)));
    }
    for k in p.key_dates_for(region) {
        facts.push(pair(
            &ctx.catalog.long_date(k.date, lang),
            k.label.get(lang),
        ));
    }
    let f = p.freshness(ctx.today);
    if let Some(d) = f.sources_dated {
        facts.push(fill(t.sources_dated, &[&ctx.catalog.long_date(d, lang)]));
    }
    facts.push(match f.live_checked {
        Some(d) => fill(t.live_checked, &[&ctx.catalog.long_date(d, lang)]),
        None => t.not_live_checked.to_string(),
    });
    let mut body: Vec<Html> = facts.into_iter().map(|f| para("", f)).collect();
    body.push(para("hint", t.sources_legend));
    body.push(el(
        "ul",
        "sources",
        p.sources
            .iter()
            .map(|src| {
                let rel = match src.reliability {
                    Reliability::Primary => t.source_primary,
                    Reliability::Secondary => t.source_secondary,
                    Reliability::Weak => t.source_weak,
                    Reliability::Seed => t.source_seed,
                    Reliability::LiveCheck => t.source_live,
                };
                let date = src
                    .date
                    .map(|d| format!(" ({})", ctx.catalog.long_date(d, lang)))
                    .unwrap_or_default();
                let title = match &src.url {
                    Some(u) => out(ctx, u, "", src.title.clone()),
                    None => Html::from(src.title.clone()),
                };
                el("li", "", vec![title, Html::from(format!("{date} [{rel}]"))])
            })
            .collect(),
    ));
    if let Some(href) =
        kiw_core::freshness::report_url(crate::REPO_URL, &p.id, "routes", t.report_outdated_body)
    {
        body.push(el("p", "", vec![out(ctx, &href, "", t.report_outdated)]));
        body.push(para("hint", t.report_outdated_hint));
    }
    el("div", "", body)
}

fn more_help(ctx: &Ctx, p: &Platform, card: &Card) -> Html {
    let t = ctx.t();
    let lang = ctx.lang();
    let pid = &p.id;
    let name = p.name.get(lang);
    let texts = &card.texts;
    let mut parts = Vec::new();
    parts.push(txt("summary", "", t.more_help));
    let routes = p.routes.iter().map(|r| {
        el(
            "section",
            "route",
            vec![
                txt("h4", "", route_name(ctx, r)),
                steps(ctx, r),
                // Both links the steps may speak of: the direct one, then the fallback.
                r.link
                    .as_ref()
                    .map(|l| el("p", "", vec![out(ctx, l, "", l.clone())]))
                    .unwrap_or_default(),
                r.fallback_link
                    .as_ref()
                    .filter(|f| r.link.as_ref() != Some(*f))
                    .map(|l| el("p", "", vec![out(ctx, l, "", l.clone())]))
                    .unwrap_or_default(),
            ],
        )
    });
    parts.push(fold(t.steps_detail, el("div", "", routes.collect())));
    if card.kind != RouteKind::Letter && !p.also_letter {
        let controller = ctx.catalog.controller_for(p, &ctx.s().person.region);
        parts.push(fold(
            t.letter_instead,
            el(
                "div",
                "",
                vec![
                    para("hint", t.letter_hint),
                    controller
                        .map(|c| confidence_note(ctx, c.confidence))
                        .unwrap_or_default(),
                    letter_details(ctx, pid),
                    sendable(ctx, card, "objection", &texts.objection),
                    tick(
                        ctx,
                        pid,
                        None,
                        ActionKind::Objection,
                        card.letter_done,
                        t.letter_sent,
                        name,
                    ),
                ],
            ),
        ));
    }
    if let Some((_, owner)) = &texts.slack {
        parts.push(fold(
            t.slack_owner_title,
            letter_view(
                ctx,
                format!("{pid}-slack-owner"),
                owner,
                t.slack_owner_title.to_string(),
            ),
        ));
    }
    parts.push(fold(t.after_title, para("", p.after.get(lang).to_string())));
    parts.push(reply_fold(ctx, card));
    parts.push(follow_up(
        ctx,
        card,
        t.what_if_no_answer,
        "reminder",
        ActionKind::Reminder,
        &texts.reminder,
    ));
    parts.push(follow_up(
        ctx,
        card,
        t.what_if_refusal,
        "refusal",
        ActionKind::RefusalReply,
        &texts.refusal,
    ));
    parts.push(follow_up(
        ctx,
        card,
        t.what_if_access,
        "access",
        ActionKind::Access,
        &texts.access,
    ));
    parts.push(match &texts.complaint {
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
            el(
                "div",
                "",
                vec![
                    para("", t.complaint_needs_residence),
                    region_fields(ctx, &format!("{pid}-")),
                ],
            ),
        ),
    });
    if !p.problems.is_empty() {
        parts.push(fold(
            t.problems_title,
            el(
                "div",
                "",
                p.problems
                    .iter()
                    .map(|pr| {
                        el(
                            "section",
                            "problem",
                            vec![
                                txt("h4", "", pr.title.get(lang).to_string()),
                                para("", pr.fix.get(lang).to_string()),
                            ],
                        )
                    })
                    .collect(),
            ),
        ));
    }
    if !p.protections.is_empty() {
        parts.push(fold(
            t.protect_title,
            el(
                "ul",
                "protections",
                p.protections
                    .iter()
                    .map(|pr| {
                        el(
                            "li",
                            "",
                            vec![
                                txt("strong", "", pr.title.get(lang).to_string()),
                                para("", pr.how.get(lang).to_string()),
                                para("hint", format!("{} {}", t.limits, pr.limits.get(lang))),
                            ],
                        )
                    })
                    .collect(),
            ),
        ));
    }
    if !p.alternatives.is_empty() {
        parts.push(fold(
            t.alternatives_title,
            text_list(
                "",
                p.alternatives
                    .iter()
                    .map(|a| a.get(lang).to_string())
                    .collect(),
            ),
        ));
    }
    if !p.changes.is_empty() {
        let items = p
            .changes
            .iter()
            .map(|c| {
                fill(
                    t.label_value,
                    &[&ctx.catalog.long_date(c.date, lang), c.text.get(lang)],
                )
            })
            .collect();
        parts.push(fold(t.changes_title, text_list("", items)));
    }
    parts.push(fold(t.sources_title, sources(ctx, p)));
    el("details", "more-help", parts)
}

pub fn plan_card(ctx: &Ctx, card: &Card) -> Html {
    let Some(p) = ctx.catalog.platform(&card.platform) else {
        return Html::default();
    };
    let t = ctx.t();
    let pid = &p.id;
    let body = if card.covered() {
        let c = card.units.iter().find_map(|u| u.covered_by.as_ref());
        c.map(|c| {
            let by = platform_name(ctx, &c.platform);
            para(
                "covered",
                if c.done.is_some() {
                    fill(t.covered_line, &[&by])
                } else {
                    fill(t.covered_pending, &[&by])
                },
            )
        })
        .unwrap_or_default()
    } else {
        el(
            "div",
            "",
            vec![
                para("status", status_line(ctx, p, card.status)),
                actions(ctx, p, card),
            ],
        )
    };
    let complete = card.complete();
    html! {
        <article class={if complete { "card complete" } else { "card" }} id={format!("card-{pid}")}
            aria-labelledby={format!("card-{pid}-title")} key={pid.clone()}>
            <div class="card-head">
                <h2 id={format!("card-{pid}-title")} tabindex="-1">{ p.name.get(ctx.lang()) }</h2>
                if complete { { txt("span", "badge", format!("✓ {}", t.done_tick)) } }
            </div>
            { body }
            { more_help(ctx, p, card) }
        </article>
    }
}
