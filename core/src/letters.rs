//! The letter engine: from the data, a person's choices, today's date and a language to every text
//! the person needs — form fields, objection, follow-ups, complaint, Slack messages.

use crate::catalog::{Catalog, TemplateKind, Words};
use crate::date::Date;
use crate::model::{Audience, Controller, FieldFill, Lang, Law, OptOutKind, Platform};
use crate::template::{render, Cond, Var};
use crate::text::{clean, fit, mailto_encode};
use serde::{Deserialize, Serialize};

/// What a person tells us about themselves. Everything is optional; texts say "[…]" where a
/// needed value is missing, so a letter is never silently incomplete.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    /// Postal address, one line per line.
    pub address: String,
    pub email: String,
    /// Region code of the residence: a country (`AT`) or, in Germany, a state (`DE-BY`).
    pub region: String,
    /// Chosen reason ids from `data/reasons.toml`.
    pub reasons: Vec<String>,
    /// The person's own words about their situation.
    pub situation: String,
    /// Without an account: links to the posts that show or name the person, one per line.
    pub post_links: String,
}

/// One account on one platform.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    /// Stable for the life of the account: ticks and the record refer to it.
    pub id: u32,
    pub platform: String,
    /// The user name or profile link; for Slack, the workspace address.
    pub username: String,
    /// This account's own e-mail address, used only when `own_email` is set.
    pub email: String,
    /// The account uses another e-mail address than the person's (asked once, reused otherwise).
    pub own_email: bool,
    /// Linked in Meta's Accounts Center with the other accounts marked so.
    pub linked: bool,
}

impl Account {
    /// The e-mail address of this account: its own where the person gave one, else theirs.
    pub fn email_with(&self, person: &Person) -> String {
        let own = clean(&self.email, false);
        if self.own_email && !own.is_empty() {
            own
        } else {
            clean(&person.email, false)
        }
    }
}

/// Longest `mailto:` link offered with the text in it: some mail programs (and Windows) cut
/// links after about 2,000 characters. Longer texts are copied and pasted instead.
pub const MAX_MAILTO: usize = 2_000;

/// A letter or e-mail, ready to print, copy or send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    pub kind: TemplateKind,
    /// Sender block (name and postal address).
    pub from: Vec<String>,
    /// Recipient block (name and postal address).
    pub to: Vec<String>,
    /// Where the e-mail goes, if there is an address.
    pub to_email: Option<String>,
    /// Who gets a copy of the e-mail: the company's representative in Europe, when the e-mail
    /// goes to the company itself.
    pub cc_email: Option<String>,
    /// "23. November 2026"
    pub date: String,
    pub subject: String,
    pub body: String,
    /// A message (chat or e-mail between people), not a postal letter: no address block, no
    /// date line, never printed for a window envelope.
    pub message: bool,
}

impl Letter {
    /// The complete letter as plain text (for copying, the .txt download and e-mail).
    pub fn plain_text(&self) -> String {
        if self.message {
            return format!("{}\n", self.body);
        }
        let mut out = String::new();
        for l in &self.from {
            out.push_str(l);
            out.push('\n');
        }
        out.push('\n');
        for l in &self.to {
            out.push_str(l);
            out.push('\n');
        }
        out.push('\n');
        out.push_str(&self.date);
        out.push_str("\n\n");
        out.push_str(&self.subject);
        out.push_str("\n\n");
        out.push_str(&self.body);
        out.push('\n');
        out
    }

    /// Subject and body only: what goes into an e-mail.
    pub fn email_text(&self) -> String {
        format!("{}\n\n{}\n", self.subject, self.body)
    }

    /// A `mailto:` link with subject and body; `None` without a recipient address, or when the
    /// link would be longer than [`MAX_MAILTO`] (mail programs cut such links: copy instead).
    pub fn mailto(&self) -> Option<String> {
        // Even the unencoded text is too long: skip building a huge string.
        if self.subject.len() + self.body.len() > MAX_MAILTO {
            return None;
        }
        let link = format!(
            "{}&body={}",
            self.mailto_without_body()?,
            mailto_encode(&self.body)
        );
        (link.len() <= MAX_MAILTO).then_some(link)
    }

    /// For texts too long for [`Letter::mailto`]: a link with the address and subject only, so
    /// the person pastes the copied text into the new e-mail.
    pub fn mailto_without_body(&self) -> Option<String> {
        let to = self.to_email.as_ref()?;
        let cc = self
            .cc_email
            .as_ref()
            .map(|c| format!("cc={}&", mailto_encode(c).replace("%40", "@")))
            .unwrap_or_default();
        Some(format!(
            "mailto:{}?{cc}subject={}",
            mailto_encode(to).replace("%40", "@"),
            mailto_encode(&self.subject)
        ))
    }
}

/// One form field, filled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilledField {
    pub label: String,
    pub value: String,
    pub required: bool,
    pub max_chars: Option<u32>,
    /// The text had to be shortened to fit the field's limit.
    pub shortened: bool,
    /// A required value the person has not given yet.
    pub missing: bool,
    /// For a choice: select this option, nothing to paste.
    pub is_choice: bool,
}

/// The form companion for one account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountForm {
    /// Index into the accounts passed in.
    pub account: usize,
    pub fields: Vec<FilledField>,
    /// Another account's objection already covers this one (linked in the Accounts Center).
    pub covered_by: Option<usize>,
}

/// Everything for one platform.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlatformTexts {
    pub platform: String,
    /// Indexes of the accounts on this platform.
    pub accounts: Vec<usize>,
    pub forms: Vec<AccountForm>,
    pub objection: Letter,
    pub reminder: Letter,
    pub refusal: Letter,
    pub access: Letter,
    /// `None` until the person's residence is known (with the state, in Germany).
    pub complaint: Option<Letter>,
    /// Slack only: the member's message to the workspace owner and the owner's e-mail to Slack.
    pub slack: Option<(Letter, Letter)>,
}

/// Inputs of one generation.
pub struct Request<'a> {
    pub catalog: &'a Catalog,
    pub person: &'a Person,
    pub accounts: &'a [Account],
    pub today: Date,
    /// When the objection was sent (for follow-ups); today if unknown.
    pub sent_on: Option<Date>,
    pub lang: Lang,
}

/// Which placeholder a missing value gets (`data/templates/<lang>/words.toml`).
#[derive(Clone, Copy)]
enum Missing {
    Name,
    Address,
    Email,
    Residence,
    SentOn,
    Authority,
    Workspace,
    Account,
}

/// The particular situation (Art. 21(1)): the paragraphs of the chosen reasons and the
/// person's own words; with neither, the general paragraph.
pub fn grounds(
    req: &Request<'_>,
    audience: Audience,
    value: &dyn Fn(Var) -> String,
    holds: &dyn Fn(Cond) -> bool,
) -> String {
    let mut parts: Vec<String> = chosen_reasons(req, audience)
        .filter_map(|r| r.parsed.iter().find(|p| p.lang == req.lang))
        .map(|p| render(&p.paragraph, value, holds))
        .collect();
    let own = clean(&req.person.situation, true);
    if !own.is_empty() {
        parts.push(own);
    }
    if parts.is_empty() {
        if let Some(t) = req.catalog.template(req.lang, TemplateKind::GeneralGrounds) {
            parts.push(render(&t.body, value, holds));
        }
    }
    parts.join("\n\n")
}

/// The reasons the person chose, in catalogue order, that fit who is writing.
fn chosen_reasons<'a>(
    req: &'a Request<'a>,
    audience: Audience,
) -> impl Iterator<Item = &'a crate::model::Reason> + 'a {
    req.catalog.reasons.iter().filter(move |r| {
        req.person.reasons.iter().any(|id| id == &r.id)
            && !(r.accounts_only && audience == Audience::NoAccount)
    })
}

/// The short form of the grounds, for a form field with a limit.
fn short_grounds(
    req: &Request<'_>,
    audience: Audience,
    value: &dyn Fn(Var) -> String,
    holds: &dyn Fn(Cond) -> bool,
) -> String {
    let mut parts: Vec<String> = chosen_reasons(req, audience)
        .filter_map(|r| r.parsed.iter().find(|p| p.lang == req.lang))
        .map(|p| render(&p.short, value, holds))
        .collect();
    let own = clean(&req.person.situation, false);
    if !own.is_empty() {
        parts.push(own);
    }
    parts.join(" ")
}

struct Ctx<'a> {
    req: &'a Request<'a>,
    platform: &'a Platform,
    /// The company for the person's country ([`Catalog::controller_for`]).
    controller: Option<&'a Controller>,
    /// Its representative in Europe (Art. 27), if it has one there.
    representative: Option<&'a Controller>,
    accounts: Vec<&'a Account>,
    law: Option<Law>,
}

impl Ctx<'_> {
    fn lang(&self) -> Lang {
        self.req.lang
    }

    fn holds(&self, c: Cond) -> bool {
        match c {
            Cond::Ch => self.law == Some(Law::Ch),
            Cond::Uk => self.law == Some(Law::Uk),
            // Unknown residence: the GDPR wording, which is right for most of our users.
            Cond::Eu => matches!(self.law, Some(Law::Gdpr) | None),
            Cond::At => self.country() == "AT",
            Cond::FutureOnly => self.platform.future_only,
            Cond::HasEmail => !self.contact_email().is_empty(),
            Cond::SeveralAccounts => self.accounts.len() > 1,
            Cond::DeadlinePassed => self
                .req
                .sent_on
                .is_some_and(|d| self.req.today > d.add_months(1)),
            Cond::NoAccount => self.platform.audience == Audience::NoAccount,
            Cond::HasLinks => !clean(&self.req.person.post_links, true).is_empty(),
            Cond::HasReasons => {
                chosen_reasons(self.req, self.platform.audience)
                    .next()
                    .is_some()
                    || !clean(&self.req.person.situation, true).is_empty()
            }
            Cond::Representative => self.representative.is_some(),
            // Only in the line naming an account (words.toml), answered there.
            Cond::HasUser | Cond::HasMail => false,
            Cond::LeadElsewhere => {
                let lead = self.controller.and_then(|c| c.lead_authority.as_deref());
                let competent = self
                    .req
                    .catalog
                    .competent_authority(&self.req.person.region)
                    .map(|a| a.id.as_str());
                lead.is_some() && lead != competent
            }
        }
    }

    fn country(&self) -> &str {
        let code = self.req.person.region.as_str();
        code.split('-').next().unwrap_or(code)
    }

    fn contact_email(&self) -> String {
        let own = clean(&self.req.person.email, false);
        if !own.is_empty() {
            return own;
        }
        self.accounts
            .iter()
            .map(|a| a.email_with(self.req.person))
            .find(|e| !e.is_empty())
            .unwrap_or_default()
    }

    fn words(&self) -> &Words {
        static NONE: Words = Words {
            lang: Lang::DE,
            missing_name: String::new(),
            missing_address: String::new(),
            missing_email: String::new(),
            missing_residence: String::new(),
            missing_sent_on: String::new(),
            missing_authority: String::new(),
            missing_workspace: String::new(),
            missing_account: String::new(),
            account: Vec::new(),
            user_label: String::new(),
            workspace_account: Vec::new(),
            no_account: String::new(),
            workspace_owner: String::new(),
            date_line: Vec::new(),
        };
        // Validation guarantees the words of every language; this only guards a broken build.
        self.req.catalog.words(self.lang()).unwrap_or(&NONE)
    }

    /// The placeholder for a value the person has not given yet.
    fn missing(&self, m: Missing) -> String {
        let w = self.words();
        match m {
            Missing::Name => &w.missing_name,
            Missing::Address => &w.missing_address,
            Missing::Email => &w.missing_email,
            Missing::Residence => &w.missing_residence,
            Missing::SentOn => &w.missing_sent_on,
            Missing::Authority => &w.missing_authority,
            Missing::Workspace => &w.missing_workspace,
            Missing::Account => &w.missing_account,
        }
        .clone()
    }

    fn date(&self, d: Date) -> String {
        self.req.catalog.long_date(d, self.lang())
    }

    fn name(&self) -> String {
        let n = clean(&self.req.person.name, false);
        if n.is_empty() {
            self.missing(Missing::Name)
        } else {
            n
        }
    }

    fn residence(&self) -> String {
        let c = self.req.catalog;
        let Some(region) = c.region(&self.req.person.region) else {
            return self.missing(Missing::Residence);
        };
        let name = region.name.get(self.lang()).to_string();
        match region.parent.as_deref().and_then(|p| c.region(p)) {
            Some(country) => format!("{name}, {}", country.name.get(self.lang())),
            None => name,
        }
    }

    /// The date line as the language writes it ("23. November 2026", "Le 23 novembre 2026").
    fn date_line(&self) -> String {
        let today = self.date(self.req.today);
        let line = &self.words().date_line;
        if line.is_empty() {
            return today;
        }
        let value = |v: Var| match v {
            Var::Today => today.clone(),
            _ => String::new(),
        };
        render(line, &value, &|_| false)
    }

    fn accounts_text(&self) -> String {
        let lang = self.lang();
        if self.accounts.is_empty() {
            return match self.platform.audience {
                Audience::NoAccount => self.words().no_account.clone(),
                Audience::Account => self.missing(Missing::Account),
            };
        }
        let w = self.words();
        self.accounts
            .iter()
            .map(|a| {
                let user = clean(&a.username, false);
                let mail = a.email_with(self.req.person);
                let platform = self
                    .req
                    .catalog
                    .platform(&a.platform)
                    .unwrap_or(self.platform);
                // Where the service knows accounts by something else (WhatsApp: a phone
                // number), the data names it.
                let label = platform
                    .account_label
                    .as_ref()
                    .map_or(w.user_label.as_str(), |t| t.get(lang));
                let value = |v: Var| match v {
                    Var::Platform => platform.letter_name(lang).to_string(),
                    Var::User => user.clone(),
                    Var::Mail => mail.clone(),
                    Var::Label => label.to_string(),
                    _ => String::new(),
                };
                let holds = |c: Cond| match c {
                    Cond::HasUser => !user.is_empty(),
                    Cond::HasMail => !mail.is_empty(),
                    _ => false,
                };
                let line = if platform.opt_out == OptOutKind::AdminEmail && !user.is_empty() {
                    &w.workspace_account
                } else {
                    &w.account
                };
                render(line, &value, &holds)
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The value of a placeholder in the text `kind` (a first objection counts its month from
    /// today, follow-ups from the day the objection was sent).
    fn value(&self, kind: TemplateKind, v: Var) -> String {
        let lang = self.lang();
        let c = self.req.catalog;
        let controller = self.controller;
        match v {
            Var::Name => self.name(),
            Var::Email => {
                let e = self.contact_email();
                if e.is_empty() {
                    self.missing(Missing::Email)
                } else {
                    e
                }
            }
            Var::Platform => self.platform.letter_name(lang).to_string(),
            Var::Controller => controller.map_or_else(String::new, |c| c.name.clone()),
            Var::Representative => {
                self.representative
                    .map_or_else(String::new, |r| match &r.email {
                        Some(e) => format!("{}, {e}", r.name),
                        None => r.name.clone(),
                    })
            }
            Var::Accounts => self.accounts_text(),
            Var::Grounds => grounds(
                self.req,
                self.platform.audience,
                &|v| self.value(kind, v),
                &|c| self.holds(c),
            ),
            Var::Today => self.date(self.req.today),
            Var::SentOn => match self.req.sent_on {
                Some(d) => self.date(d),
                None => self.missing(Missing::SentOn),
            },
            Var::Deadline => {
                let first = matches!(
                    kind,
                    TemplateKind::Objection
                        | TemplateKind::NoAccountLetter
                        | TemplateKind::FormRequest
                        | TemplateKind::NoAccountForm
                );
                let from = if first {
                    self.req.today
                } else {
                    self.req.sent_on.unwrap_or(self.req.today)
                };
                self.date(from.add_months(1))
            }
            Var::Authority => c
                .competent_authority(&self.req.person.region)
                .map_or_else(|| self.missing(Missing::Authority), |a| a.name_in(lang)),
            Var::LeadAuthority => controller
                .and_then(|k| k.lead_authority.as_deref())
                .and_then(|id| c.authority(id))
                .map_or_else(String::new, |a| a.name_in(lang)),
            Var::Workspace => {
                let w = self
                    .accounts
                    .iter()
                    .map(|a| clean(&a.username, false))
                    .find(|u| !u.is_empty())
                    .unwrap_or_default();
                if w.is_empty() {
                    self.missing(Missing::Workspace)
                } else {
                    w
                }
            }
            Var::Residence => self.residence(),
            // Only in the line naming an account (words.toml), filled there.
            Var::User | Var::Mail | Var::Label => String::new(),
            Var::PostLinks => clean(&self.req.person.post_links, true)
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(|l| format!("– {l}"))
                .collect::<Vec<_>>()
                .join("\n"),
            Var::ShortGrounds => short_grounds(
                self.req,
                self.platform.audience,
                &|v| self.value(kind, v),
                &|c| self.holds(c),
            ),
        }
    }

    fn sender_block(&self) -> Vec<String> {
        let mut lines = vec![self.name()];
        let addr = clean(&self.req.person.address, true);
        if addr.is_empty() {
            lines.push(self.missing(Missing::Address));
        } else {
            lines.extend(addr.lines().map(str::to_string));
        }
        let mail = self.contact_email();
        if !mail.is_empty() {
            lines.push(mail);
        }
        lines
    }

    fn letter(
        &self,
        kind: TemplateKind,
        to: Vec<String>,
        to_email: Option<String>,
        cc_email: Option<String>,
    ) -> Letter {
        let value = |v: Var| self.value(kind, v);
        let holds = |c: Cond| self.holds(c);
        let (subject, body) = match self.req.catalog.template(self.lang(), kind) {
            Some(t) => (
                render(&t.subject, &value, &holds),
                render(&t.body, &value, &holds),
            ),
            // Validation guarantees every template; this only guards a broken build.
            None => (String::new(), String::new()),
        };
        // Spelling for readers in one country (Swiss German writes "ss" for "ß").
        let spell = |t: String| self.spell(t);
        let (subject, body) = (spell(subject), spell(body));
        Letter {
            kind,
            from: self.sender_block(),
            to,
            to_email,
            cc_email,
            date: self.date_line(),
            subject,
            body,
            message: kind == TemplateKind::SlackMember,
        }
    }

    /// An address block: the lines, then the country in the letter's language, except when
    /// the person lives in that country too (DIN 5008 writes no country within one country).
    fn address(&self, lines: Vec<String>, country: Option<&str>) -> Vec<String> {
        self.req
            .catalog
            .postal_address(&lines, country, self.lang(), self.country())
    }

    /// `text` as readers in the person's country spell it.
    fn spell(&self, text: String) -> String {
        match self.req.catalog.language(self.lang()) {
            Some(l) => l.spell(self.country(), text),
            None => text,
        }
    }

    /// Recipient lines, e-mail address and copy address of letters to the company. With a
    /// representative in Europe the post goes to the representative ("c/o"), which is closer
    /// and must accept it (Art. 27(4)); the e-mail goes to the company's own privacy address
    /// where it has one, with the representative in copy.
    fn controller_block(&self) -> (Vec<String>, Option<String>, Option<String>) {
        match (self.controller, self.representative) {
            (Some(c), Some(r)) => {
                let mut to = vec![c.name.clone(), format!("c/o {}", r.name)];
                to.extend(r.address.iter().cloned());
                let to = self.address(to, r.country.as_deref());
                match (&c.email, &r.email) {
                    (Some(own), rep) => (to, Some(own.clone()), rep.clone()),
                    (None, rep) => (to, rep.clone(), None),
                }
            }
            (Some(c), None) => {
                let mut to = vec![c.name.clone()];
                to.extend(c.address.iter().cloned());
                (
                    self.address(to, c.country.as_deref()),
                    c.email.clone(),
                    None,
                )
            }
            (None, _) => (
                vec![self.platform.name.get(self.lang()).to_string()],
                None,
                None,
            ),
        }
    }

    fn field(&self, f: &crate::model::FormField, account: Option<&Account>) -> FilledField {
        let lang = self.lang();
        let (raw, is_choice) = match f.fill {
            FieldFill::Name => (clean(&self.req.person.name, false), false),
            // The form wants the address of this very account: never another account's.
            FieldFill::Email => (
                match account {
                    Some(a) => a.email_with(self.req.person),
                    None => self.contact_email(),
                },
                false,
            ),
            FieldFill::Username => (
                account
                    .map(|a| clean(&a.username, false))
                    .unwrap_or_default(),
                false,
            ),
            FieldFill::Country => (
                {
                    let country = self.country();
                    self.req
                        .catalog
                        .region(country)
                        .map(|r| r.name.get(lang).to_string())
                        .unwrap_or_default()
                },
                false,
            ),
            FieldFill::Reason => {
                // Swiss law wants the objection said expressly; without reasons, a sentence
                // that fits whether or not the person has an account (data/templates/*/form-reason.txt).
                let kind = TemplateKind::FormReason;
                let t = self.req.catalog.template(lang, kind);
                (
                    t.map(|t| render(&t.body, &|v| self.value(kind, v), &|c| self.holds(c)))
                        .unwrap_or_default()
                        .trim()
                        .to_string(),
                    false,
                )
            }
            FieldFill::Request => {
                let kind = match self.platform.audience {
                    Audience::Account => TemplateKind::FormRequest,
                    Audience::NoAccount => TemplateKind::NoAccountForm,
                };
                let t = self.req.catalog.template(lang, kind);
                (
                    t.map(|t| render(&t.body, &|v| self.value(kind, v), &|c| self.holds(c)))
                        .unwrap_or_default(),
                    false,
                )
            }
            FieldFill::Choice => (
                f.choice
                    .as_ref()
                    .map(|c| c.get(lang).to_string())
                    .unwrap_or_default(),
                true,
            ),
        };
        let raw = self.spell(raw);
        let (value, shortened) = fit(&raw, f.max_chars);
        FilledField {
            label: f.label.get(lang).to_string(),
            missing: f.required && value.is_empty(),
            value,
            required: f.required,
            max_chars: f.max_chars,
            shortened,
            is_choice,
        }
    }
}

/// Generates every text for every platform that has at least one account (or, for routes for
/// people without an account, that is listed in `platforms`).
pub fn generate(req: &Request<'_>, platforms: &[String]) -> Vec<PlatformTexts> {
    let law = req.catalog.law_of(&req.person.region);
    let mut out = Vec::new();
    for pid in platforms {
        let Some(platform) = req.catalog.platform(pid) else {
            continue;
        };
        // A route for people without an account has no accounts, whatever the list says.
        let indexes: Vec<usize> = req
            .accounts
            .iter()
            .enumerate()
            .filter(|(_, a)| &a.platform == pid && platform.audience == Audience::Account)
            .map(|(i, _)| i)
            .collect();
        // One objection covers every account linked in Meta's Accounts Center: list them all.
        let mut accounts: Vec<&Account> = indexes.iter().map(|&i| &req.accounts[i]).collect();
        if platform.accounts_center && accounts.iter().any(|a| a.linked) {
            for a in req
                .accounts
                .iter()
                .filter(|a| a.linked && &a.platform != pid)
            {
                if req
                    .catalog
                    .platform(&a.platform)
                    .is_some_and(|p| p.accounts_center)
                {
                    accounts.push(a);
                }
            }
        }
        let ctx = Ctx {
            req,
            platform,
            controller: req.catalog.controller_for(platform, &req.person.region),
            representative: req.catalog.representative_for(platform, &req.person.region),
            accounts,
            law,
        };
        out.push(platform_texts(&ctx, indexes));
    }
    out
}

fn platform_texts(ctx: &Ctx<'_>, indexes: Vec<usize>) -> PlatformTexts {
    let req = ctx.req;
    let (to, to_email, cc) = ctx.controller_block();
    let no_account = ctx.platform.audience == Audience::NoAccount;

    let mut forms = Vec::new();
    if let Some(form) = &ctx.platform.form {
        let form_accounts: Vec<Option<usize>> = if indexes.is_empty() {
            vec![None]
        } else {
            indexes.iter().copied().map(Some).collect()
        };
        for (n, acc) in form_accounts.iter().enumerate() {
            let account = acc.map(|i| &req.accounts[i]);
            let covered_by = acc.and_then(|i| {
                let a = &req.accounts[i];
                if !ctx.platform.accounts_center || !a.linked {
                    return None;
                }
                // The first linked Meta account of the whole list carries the objection.
                req.accounts
                    .iter()
                    .enumerate()
                    .find(|(_, o)| {
                        o.linked
                            && req
                                .catalog
                                .platform(&o.platform)
                                .is_some_and(|p| p.accounts_center)
                    })
                    .map(|(j, _)| j)
                    .filter(|&j| j != i)
            });
            let fields = form.fields.iter().map(|f| ctx.field(f, account)).collect();
            forms.push(AccountForm {
                account: acc.unwrap_or(n),
                fields,
                covered_by,
            });
        }
    }

    let objection_kind = if no_account {
        TemplateKind::NoAccountLetter
    } else {
        TemplateKind::Objection
    };
    let complaint = req
        .catalog
        .competent_authority(&req.person.region)
        .map(|a| {
            // The address block names the authority once, in a form the post understands.
            let mut lines = vec![a.postal_name(ctx.lang()).to_string()];
            lines.extend(a.address.iter().cloned());
            let lines = ctx.address(lines, a.country.as_deref());
            ctx.letter(TemplateKind::Complaint, lines, a.email.clone(), None)
        });
    let slack = (ctx.platform.opt_out == OptOutKind::AdminEmail).then(|| {
        let owner = vec![ctx.words().workspace_owner.clone()];
        let slack_mail = ctx
            .platform
            .routes
            .iter()
            .find_map(|r| r.link.as_deref().and_then(|l| l.strip_prefix("mailto:")))
            .map(str::to_string);
        (
            ctx.letter(TemplateKind::SlackMember, owner, None, None),
            ctx.letter(
                TemplateKind::SlackOwner,
                to.clone(),
                slack_mail.or_else(|| to_email.clone()),
                None,
            ),
        )
    });
    PlatformTexts {
        platform: ctx.platform.id.clone(),
        accounts: indexes,
        forms,
        objection: ctx.letter(objection_kind, to.clone(), to_email.clone(), cc.clone()),
        reminder: ctx.letter(
            TemplateKind::Reminder,
            to.clone(),
            to_email.clone(),
            cc.clone(),
        ),
        refusal: ctx.letter(
            TemplateKind::Refusal,
            to.clone(),
            to_email.clone(),
            cc.clone(),
        ),
        access: ctx.letter(TemplateKind::Access, to, to_email, cc),
        complaint,
        slack,
    }
}
