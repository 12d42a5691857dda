//! The plan: for each chosen service what to do now and what is done, what the person has to be
//! asked for it (only what the routes need), and the record of what was done. Decided here, so
//! that the interface only renders it.

use crate::catalog::Catalog;
use crate::catalog::TemplateKind;
use crate::date::Date;
use crate::letters::{generate, Account, Letter, PlatformTexts, Request};
use crate::model::{Audience, Confidence, Device, FieldFill, Lang, OptOutKind, Platform, Status};
use crate::replies::KindId;
use crate::state::{ActionKind, State};
use crate::text::clean;

/// How a service is done: the route the plan leads with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RouteKind {
    /// A switch in the settings.
    Setting,
    /// The platform's own form.
    Form,
    /// No form and no switch: the objection as a letter or e-mail.
    Letter,
    /// Only the workspace owner can opt out (Slack): a message to them.
    Workspace,
}

impl RouteKind {
    pub fn of(p: &Platform) -> RouteKind {
        match p.opt_out {
            OptOutKind::Setting => RouteKind::Setting,
            OptOutKind::ObjectionForm if p.form.is_some() => RouteKind::Form,
            OptOutKind::ObjectionForm | OptOutKind::None => RouteKind::Letter,
            OptOutKind::AdminEmail => RouteKind::Workspace,
        }
    }

    /// What ticking this route's "done" records.
    pub fn action(self) -> ActionKind {
        match self {
            RouteKind::Setting => ActionKind::Setting,
            RouteKind::Form => ActionKind::Form,
            RouteKind::Letter => ActionKind::Objection,
            RouteKind::Workspace => ActionKind::WorkspaceRequest,
        }
    }

    /// Whether each account is done on its own (a switch per account, a form per account), or
    /// the service as a whole (one letter lists every account).
    pub fn per_account(self) -> bool {
        matches!(
            self,
            RouteKind::Setting | RouteKind::Form | RouteKind::Workspace
        )
    }
}

/// What the account field asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UserField {
    Username,
    /// Slack: the workspace address, e.g. company.slack.com.
    Workspace,
}

/// What one chosen service needs from each of its accounts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountNeeds {
    pub platform: String,
    /// Whether a user name (or workspace address) is asked, and whether it is required.
    pub user: Option<(UserField, bool)>,
    /// The e-mail address goes into a form or letter: offer "this account uses another one".
    pub email: bool,
    /// Ask right away rather than folded: a letter names the account, and Slack needs the
    /// workspace.
    pub openly: bool,
}

/// What the person is asked, once, for the chosen services: only what their routes use.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Needs {
    pub name: bool,
    /// The chosen services whose form, letter or message carries the name, in the order chosen.
    pub name_for: Vec<String>,
    pub email: bool,
    /// Reasons from the particular situation go into a form or letter.
    pub reasons: bool,
    /// Reasons that only fit people with an account may be offered.
    pub account_reasons: bool,
    /// Links to posts, for people without an account.
    pub post_links: bool,
    /// Two or more services that Meta's Accounts Center can link.
    pub linked_question: bool,
    /// Per chosen service with accounts, in the order chosen.
    pub accounts: Vec<AccountNeeds>,
}

impl Needs {
    /// Nothing at all to ask: the plan can follow the choice of services directly.
    pub fn nothing(&self) -> bool {
        !self.name
            && !self.email
            && !self.post_links
            && !self.linked_question
            && self.accounts.iter().all(|a| a.user.is_none())
    }
}

/// The chosen services that the data knows, in the order chosen.
fn chosen<'a>(state: &'a State, catalog: &'a Catalog) -> impl Iterator<Item = &'a Platform> {
    state.selected.iter().filter_map(|id| catalog.platform(id))
}

/// What to ask, from the chosen services' routes.
pub fn needs(state: &State, catalog: &Catalog) -> Needs {
    let mut n = Needs::default();
    let mut meta = 0;
    for p in chosen(state, catalog) {
        let kind = RouteKind::of(p);
        let no_account = p.audience == Audience::NoAccount;
        if no_account {
            n.post_links = true;
        } else {
            n.account_reasons = true;
            if p.accounts_center {
                meta += 1;
            }
        }
        let mut user = None;
        let mut email = false;
        // Reasons go into every form or letter (the letter instead of a form too): offered,
        // folded, wherever something is written.
        if kind != RouteKind::Setting {
            n.reasons = true;
        }
        match kind {
            RouteKind::Setting => {}
            RouteKind::Form => {
                for f in p.form.iter().flat_map(|f| &f.fields) {
                    match f.fill {
                        FieldFill::Name => {
                            n.name = true;
                            n.name_for.push(p.id.clone());
                        }
                        FieldFill::Email => {
                            n.email = true;
                            email = true;
                        }
                        FieldFill::Username => user = Some((UserField::Username, f.required)),
                        FieldFill::Reason => n.reasons = true,
                        FieldFill::Country | FieldFill::Request | FieldFill::Choice => {}
                    }
                }
            }
            RouteKind::Letter => {
                n.name = true;
                n.name_for.push(p.id.clone());
                n.email = true;
                n.reasons = true;
                email = true;
                user = Some((UserField::Username, false));
            }
            RouteKind::Workspace => {
                n.name = true;
                n.name_for.push(p.id.clone());
                user = Some((UserField::Workspace, true));
            }
        }
        if !no_account {
            n.accounts.push(AccountNeeds {
                platform: p.id.clone(),
                user,
                email,
                openly: matches!(kind, RouteKind::Letter | RouteKind::Workspace),
            });
        }
    }
    n.linked_question = meta >= 2;
    n
}

/// Another account's objection covers this one (linked in Meta's Accounts Center).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cover {
    pub platform: String,
    pub account: u32,
    /// "Account 2" of that service; 0 when it is the service's only account.
    pub nth: usize,
    /// When the covering objection was ticked as sent.
    pub done: Option<Date>,
}

/// One account of a service in the plan (or the whole service, for a letter or without account).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    pub account: Option<u32>,
    /// "Account 2"; 0 when the service has one account only (then no number is shown).
    pub nth: usize,
    /// The user name as typed (cleaned), to tell accounts apart.
    pub username: String,
    /// Index into the card's `texts.forms`.
    pub form: Option<usize>,
    pub covered_by: Option<Cover>,
    /// The day this unit's own action was ticked.
    pub done: Option<Date>,
}

impl Unit {
    /// Done by its own tick, by the letter for the whole service, or by a linked account.
    pub fn finished(&self, letter: Option<Date>) -> Option<Date> {
        self.done
            .or(letter)
            .or_else(|| self.covered_by.as_ref().and_then(|c| c.done))
    }
}

/// One service in the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Card {
    pub platform: String,
    pub kind: RouteKind,
    pub status: Status,
    /// The route the actions lead with (index into the platform's routes).
    pub route: Option<usize>,
    /// The least certain of the facts the actions rest on (route, form): one note per card.
    pub confidence: Confidence,
    pub units: Vec<Unit>,
    /// The letter or e-mail instead of the form or switch, ticked as sent (covers every account).
    pub letter_done: Option<Date>,
    /// When the objection went out (the earliest tick): follow-ups count from here.
    pub sent_on: Option<Date>,
    /// A month after `sent_on` (Art. 12(3) GDPR), where an answer is owed.
    pub answer_due: Option<Date>,
    /// Follow-ups ticked as sent: reminder, reply to a refusal, access request, complaint.
    pub follow_ups: Vec<(ActionKind, Date)>,
    /// The texts to send, each in the language it goes out in: letters to the company in
    /// `company_lang`, the complaint in `complaint_lang`, everything else in the page's language.
    pub texts: PlatformTexts,
    /// Letters to the company are in this language, not the page's (the person chose so).
    pub company_lang: Option<Lang>,
    /// The complaint is in this language, the one the authority accepts.
    pub complaint_lang: Option<Lang>,
    /// All texts in the page's language, to read, when some text to send is in another.
    pub copy: Option<PlatformTexts>,
    /// The company's answer as the person recorded it: its kind and date.
    pub answer: Option<(KindId, Date)>,
    /// The letter that answers it, where the answer needs its own ("use our form", "send an
    /// ID"); in the language of the letters to the company.
    pub reply: Option<Letter>,
}

impl Card {
    /// Every account is done (or covered), and no answer of the company asks for more.
    pub fn complete(&self) -> bool {
        self.units
            .iter()
            .all(|u| u.finished(self.letter_done).is_some())
            && !self.answer_needs_action()
    }

    /// The recorded answer asks the person to act: a refusal, "use our form", "send an ID",
    /// "not this service".
    pub fn answer_needs_action(&self) -> bool {
        matches!(
            self.answer,
            Some((
                KindId::Refused
                    | KindId::UseForm
                    | KindId::IdentityRequested
                    | KindId::NotThisService,
                _
            ))
        )
    }

    /// When to look for an answer: the objection's month until one came (a mere receipt does
    /// not count), a month after replying to "use our form" or "send an ID", else never.
    pub fn check_on(&self) -> Option<Date> {
        match self.answer {
            None | Some((KindId::AutoReceipt, _)) => {
                // After a reminder: the day it asked for (the legal deadline, or 14 days).
                let reminded = self
                    .follow_ups
                    .iter()
                    .find(|(a, _)| *a == ActionKind::Reminder)
                    .map(|(_, d)| reminder_due(*d, self.answer_due));
                self.answer_due.max(reminded)
            }
            Some((KindId::UseForm | KindId::IdentityRequested, d)) => Some(d.add_months(1)),
            Some(_) => None,
        }
    }

    /// Every account is covered by another service's objection: nothing to do here.
    pub fn covered(&self) -> bool {
        !self.units.is_empty() && self.units.iter().all(|u| u.covered_by.is_some())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub cards: Vec<Card>,
}

impl Plan {
    /// (services complete, services in the plan).
    pub fn progress(&self) -> (usize, usize) {
        (
            self.cards.iter().filter(|c| c.complete()).count(),
            self.cards.len(),
        )
    }
}

/// The day a reminder sent on `sent` asks an answer by: the legal deadline while it runs, else
/// 14 days after it arrives (a few days' post counted in: 17 days from sending).
pub fn reminder_due(sent: Date, deadline: Option<Date>) -> Date {
    deadline
        .filter(|d| *d >= sent)
        .unwrap_or_else(|| sent.add_days(17))
}

/// The route the actions lead with: the first one in the data, except on a phone, where the
/// app's way comes first when the first route has no direct link.
pub fn primary_route(p: &Platform, phone: bool) -> Option<usize> {
    let first = p.routes.first()?;
    if phone && first.link.is_none() {
        if let Some(i) = p
            .routes
            .iter()
            .position(|r| matches!(r.device, Device::App | Device::Ios | Device::Android))
        {
            return Some(i);
        }
    }
    Some(0)
}

fn worst(a: Confidence, b: Confidence) -> Confidence {
    let rank = |c| match c {
        Confidence::Confirmed => 0,
        Confidence::Reported => 1,
        Confidence::Unverified => 2,
    };
    if rank(b) > rank(a) {
        b
    } else {
        a
    }
}

/// When an account's objection went out: its own tick of any objecting kind, or the letter for
/// its whole service.
fn objected(state: &State, platform: &str, account: u32) -> Option<Date> {
    state
        .done
        .iter()
        .filter(|d| {
            d.platform == platform
                && d.action.is_objection()
                && (d.account == Some(account) || d.account.is_none())
        })
        .map(|d| d.date)
        .min()
}

/// The accounts that take part in the plan: those of chosen services.
pub fn active_accounts(state: &State) -> Vec<Account> {
    state
        .accounts
        .iter()
        .filter(|a| state.selected.contains(&a.platform))
        .cloned()
        .collect()
}

/// The language a complaint to the person's authority is written in when the authority does not
/// accept the person's own: the first it accepts that the tool speaks. `None`: the person's own
/// language (also when no source says which languages it accepts, or none of them is ours).
pub fn complaint_language(catalog: &Catalog, region: &str, lang: Lang) -> Option<Lang> {
    let accepts = &catalog.competent_authority(region)?.complaint_languages;
    if accepts.is_empty() || accepts.iter().any(|c| c == lang.code()) {
        return None;
    }
    accepts
        .iter()
        .filter_map(|c| Lang::from_code(c))
        .find(|l| catalog.languages.iter().any(|x| x.code == *l))
}

/// Other languages of the tool that people in `region` use, when the page's is not one of them:
/// those the region's authority works in (Belgium: French, Dutch, German), so that the details
/// step can offer them.
pub fn region_languages(catalog: &Catalog, region: &str, lang: Lang) -> Vec<Lang> {
    let Some(a) = catalog.competent_authority(region) else {
        return Vec::new();
    };
    let ours: Vec<Lang> = a
        .complaint_languages
        .iter()
        .filter_map(|c| Lang::from_code(c))
        .filter(|l| catalog.languages.iter().any(|x| x.code == *l))
        .collect();
    if ours.contains(&lang) {
        Vec::new()
    } else {
        ours
    }
}

/// The whole plan for today. `phone` only decides which way to a setting is shown first.
pub fn plan(state: &State, catalog: &Catalog, today: Date, phone: bool) -> Plan {
    plan_with(state, catalog, today, phone, &[])
}

/// The languages other than the page's that texts are written in: the one letters to companies
/// are in (the person's choice) and the one the person's authority accepts complaints in.
/// [`plan_with`] needs their data for those texts.
pub fn letter_languages(state: &State, catalog: &Catalog) -> (Option<Lang>, Option<Lang>) {
    (
        state.company_lang.filter(|l| *l != state.lang),
        complaint_language(catalog, &state.person.region, state.lang),
    )
}

/// [`plan`], with the data of other languages (`others`, by language) that texts are written in
/// ([`letter_languages`]); a text whose language's data is missing stays in the page's language.
pub fn plan_with(
    state: &State,
    catalog: &Catalog,
    today: Date,
    phone: bool,
    others: &[(Lang, &Catalog)],
) -> Plan {
    let other = |l: Option<Lang>| {
        let l = l?;
        others.iter().find(|(o, _)| *o == l).map(|(_, c)| (l, *c))
    };
    let (company, complaint) = letter_languages(state, catalog);
    let (company, complaint) = (other(company), other(complaint));
    let accounts = active_accounts(state);
    let nth = |a: &Account| -> usize {
        let same: Vec<&Account> = accounts
            .iter()
            .filter(|o| o.platform == a.platform)
            .collect();
        if same.len() < 2 {
            0
        } else {
            same.iter().position(|o| o.id == a.id).map_or(0, |i| i + 1)
        }
    };
    let mut cards = Vec::new();
    for p in chosen(state, catalog) {
        let kind = RouteKind::of(p);
        let letter_done = state.done(&p.id, None, ActionKind::Objection);
        // Follow-ups count from the earliest objection of any kind for this service.
        let sent_on = state
            .done
            .iter()
            .filter(|d| d.platform == p.id && d.action.is_objection())
            .map(|d| d.date)
            .min();
        let expects_answer = state
            .done
            .iter()
            .any(|d| d.platform == p.id && d.action.is_objection() && d.action.expects_answer());
        let req = Request {
            catalog,
            person: &state.person,
            accounts: &accounts,
            today,
            sent_on,
            // The first follow-up letter to the company: a reminder or a reply to a refusal (for
            // the UK both are the complaint to the company, s. 164A DPA 2018).
            reminder_on: [ActionKind::Reminder, ActionKind::RefusalReply]
                .into_iter()
                .filter_map(|a| state.done(&p.id, None, a))
                .min(),
            lang: state.lang,
        };
        let in_lang = |(lang, catalog): (Lang, &Catalog)| {
            let req = Request {
                catalog,
                lang,
                ..req
            };
            generate(&req, core::slice::from_ref(&p.id)).pop()
        };
        let Some(own) = in_lang((state.lang, catalog)) else {
            continue;
        };
        let mut texts = own.clone();
        if let Some(t) = company.and_then(in_lang) {
            (texts.objection, texts.reminder, texts.refusal, texts.access) =
                (t.objection, t.reminder, t.refusal, t.access);
        }
        if let Some(t) = complaint.and_then(in_lang) {
            texts.complaint = t.complaint;
        }
        let copy = (company.is_some() || complaint.is_some()).then_some(own);
        let answer = state.done.iter().find_map(|d| match d.action {
            ActionKind::Answer(k) if d.platform == p.id => Some((k, d.date)),
            _ => None,
        });
        let reply = answer.and_then(|(k, _)| {
            let kind = match k {
                KindId::UseForm => TemplateKind::ReplyUseForm,
                KindId::IdentityRequested => TemplateKind::ReplyIdentity,
                _ => return None,
            };
            let (lang, catalog) = company.unwrap_or((state.lang, catalog));
            let req = Request {
                catalog,
                lang,
                ..req
            };
            crate::letters::reply(&req, &p.id, kind)
        });
        let mut units = Vec::new();
        if p.audience == Audience::NoAccount || !kind.per_account() {
            units.push(Unit {
                account: None,
                nth: 0,
                username: String::new(),
                form: (!texts.forms.is_empty()).then_some(0),
                covered_by: None,
                done: state.done(&p.id, None, kind.action()),
            });
        } else {
            for &idx in &texts.accounts {
                let a = &accounts[idx];
                let form = texts.forms.iter().position(|f| f.account == idx);
                let covered_by = form
                    .and_then(|f| texts.forms[f].covered_by)
                    .map(|c| &accounts[c])
                    .map(|c| Cover {
                        platform: c.platform.clone(),
                        account: c.id,
                        nth: nth(c),
                        done: objected(state, &c.platform, c.id),
                    });
                units.push(Unit {
                    account: Some(a.id),
                    nth: nth(a),
                    username: clean(&a.username, false),
                    form,
                    covered_by,
                    done: state.done(&p.id, Some(a.id), kind.action()),
                });
            }
        }
        let route = primary_route(p, phone);
        let mut confidence = route.map_or(Confidence::Confirmed, |r| p.routes[r].confidence);
        if kind == RouteKind::Form {
            if let Some(f) = &p.form {
                confidence = worst(confidence, f.confidence);
            }
        }
        let follow_ups = state
            .done
            .iter()
            .filter(|d| d.platform == p.id && !d.action.is_objection())
            .map(|d| (d.action, d.date))
            .collect();
        let answer_due = sent_on
            .filter(|_| expects_answer)
            .or_else(|| {
                units
                    .iter()
                    .filter_map(|u| u.covered_by.as_ref()?.done)
                    .min()
            })
            .map(|d| d.add_months(1));
        cards.push(Card {
            platform: p.id.clone(),
            kind,
            status: p.status(today, &state.person.region),
            route,
            confidence,
            units,
            letter_done,
            sent_on,
            // A linked account covered by another service's form waits for that answer.
            answer_due,
            follow_ups,
            texts,
            company_lang: company.map(|(l, _)| l),
            complaint_lang: complaint.map(|(l, _)| l),
            copy,
            answer,
            reply,
        });
    }
    Plan { cards }
}

/// Who an entry of the record went to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Recipient {
    /// A setting: nothing was sent, the switch is in the service.
    Service,
    Company(String),
    Authority(String),
    WorkspaceOwner,
}

/// One line of the record: what was done for which service and account, when, and to whom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordEntry {
    pub date: Date,
    pub platform: String,
    pub account: Option<u32>,
    /// "Account 2"; 0 without a number.
    pub nth: usize,
    /// What the account is known by: its user name, else its e-mail address (a record shows
    /// which account an entry is about).
    pub username: String,
    pub action: ActionKind,
    pub to: Recipient,
    /// Not sent separately: the objection for this linked service covers it.
    pub covered_by: Option<String>,
    /// When an answer is due (Art. 12(3) GDPR), for actions that expect one.
    pub answer_due: Option<Date>,
}

/// The record of everything ticked, oldest first, with linked accounts that an objection
/// covered listed on their own.
pub fn record(state: &State, catalog: &Catalog, today: Date) -> Vec<RecordEntry> {
    let plan = plan(state, catalog, today, false);
    let mut out = Vec::new();
    for card in &plan.cards {
        let Some(p) = catalog.platform(&card.platform) else {
            continue;
        };
        // What an account is known by: its user name, else its e-mail address; for an entry
        // about the whole service (a letter, a follow-up), every account of it.
        let known_as = |account: Option<u32>, username: &str| {
            if !username.is_empty() {
                return username.to_string();
            }
            let ident = |a: &crate::letters::Account| {
                let user = clean(&a.username, false);
                if user.is_empty() {
                    a.email_with(&state.person)
                } else {
                    user
                }
            };
            let names: Vec<String> = state
                .accounts
                .iter()
                .filter(|a| a.platform == p.id && account.is_none_or(|id| a.id == id))
                .map(ident)
                .filter(|n| !n.is_empty())
                .collect();
            names.join(", ")
        };
        // The company responsible where the person lives (a UK resident's record names the UK one).
        let company = || {
            catalog
                .controller_for(p, &state.person.region)
                .map_or(Recipient::Service, |c| Recipient::Company(c.name.clone()))
        };
        let unit_of = |account: Option<u32>| card.units.iter().find(|u| u.account == account);
        for d in state.done.iter().filter(|d| d.platform == p.id) {
            let unit = unit_of(d.account);
            let to = match d.action {
                ActionKind::Setting => Recipient::Service,
                ActionKind::WorkspaceRequest => Recipient::WorkspaceOwner,
                ActionKind::Complaint => catalog
                    .competent_authority(&state.person.region)
                    .map_or(Recipient::Service, |a| Recipient::Authority(a.name.clone())),
                _ => company(),
            };
            out.push(RecordEntry {
                date: d.date,
                platform: p.id.clone(),
                account: d.account,
                nth: unit.map_or(0, |u| u.nth),
                username: known_as(d.account, unit.map_or("", |u| u.username.as_str())),
                action: d.action,
                to,
                covered_by: None,
                // After "use our form" or "send an ID" the reply asks again for a month.
                answer_due: match d.action {
                    ActionKind::Answer(KindId::UseForm | KindId::IdentityRequested) => {
                        Some(d.date.add_months(1))
                    }
                    ActionKind::Reminder => Some(reminder_due(d.date, card.answer_due)),
                    a => a.expects_answer().then(|| d.date.add_months(1)),
                },
            });
        }
        for u in &card.units {
            if let Some(c) = &u.covered_by {
                if u.done.is_none() && card.letter_done.is_none() {
                    if let Some(date) = c.done {
                        out.push(RecordEntry {
                            date,
                            platform: p.id.clone(),
                            account: u.account,
                            nth: u.nth,
                            username: known_as(u.account, &u.username),
                            action: ActionKind::Form,
                            to: company(),
                            covered_by: Some(c.platform.clone()),
                            answer_due: None,
                        });
                    }
                }
            }
        }
    }
    // Oldest first; an insertion sort keeps equal dates in their order and adds less code to
    // the browser build than the standard library's sort.
    for i in 1..out.len() {
        let mut j = i;
        while j > 0 && out[j - 1].date > out[j].date {
            out.swap(j - 1, j);
            j -= 1;
        }
    }
    out
}

/// A group of services on the start page: those of one company, or the rest (`company: None`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group<'a> {
    pub company: Option<&'a str>,
    pub platforms: Vec<&'a Platform>,
}

/// The services for people with an account, grouped by company where a company has several;
/// groups in the order of their most used service, and the rest last, by rank.
pub fn service_groups(catalog: &Catalog) -> Vec<Group<'_>> {
    let mine: Vec<&Platform> = catalog
        .platforms
        .iter()
        .filter(|p| p.audience == Audience::Account)
        .collect();
    let mut groups: Vec<Group<'_>> = Vec::new();
    let mut rest = Vec::new();
    for p in &mine {
        let company = p.company.as_deref();
        let several = company.is_some()
            && mine
                .iter()
                .filter(|o| o.company.as_deref() == company)
                .count()
                > 1;
        if !several {
            rest.push(*p);
        } else if let Some(g) = groups.iter_mut().find(|g| g.company == company) {
            g.platforms.push(p);
        } else {
            groups.push(Group {
                company,
                platforms: vec![p],
            });
        }
    }
    if !rest.is_empty() {
        groups.push(Group {
            company: None,
            platforms: rest,
        });
    }
    groups
}

/// Whether a service matches what was typed into the search: its name or its company, ignoring
/// case and spaces ("word press" finds WordPress.com).
pub fn matches_search(p: &Platform, query: &str, lang: crate::model::Lang) -> bool {
    // ASCII folding only: Unicode's case tables would add kilobytes to the browser build, and
    // service names are written in Latin letters.
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_ascii_alphanumeric() || !c.is_ascii())
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let q = norm(query);
    q.is_empty()
        || norm(p.name.get(lang)).contains(&q)
        || p.company.as_deref().is_some_and(|c| norm(c).contains(&q))
}
