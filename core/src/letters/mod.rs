//! The letter engine: from the data, a person's choices, today's date and a language to every text
//! the person needs — form fields, objection, follow-ups, complaint, Slack messages.
//!
//! Where to look:
//! - this file: what goes in ([`Request`], [`Person`], [`Account`]) and what comes out
//!   ([`PlatformTexts`], [`Letter`], [`AccountForm`], [`FilledField`]); [`generate`], the entry
//!   point; and `Ctx`, the one platform's context that every part below works on;
//! - `values.rs`: what each placeholder `{…}` and condition `{if …}` of a template becomes: the
//!   person's details or the language's placeholder for a missing one, dates, deadlines, the date
//!   line, the grounds ([`grounds`]);
//! - `accounts.rs`: which accounts a letter names and how, the linked accounts that one objection
//!   covers, each account's e-mail address;
//! - `addresses.rs`: the sender block and the recipient blocks (the company, its representative
//!   "c/o", the authority), with the country line;
//! - `fields.rs`: a platform's own form, its fields filled and fitted to their limits.

mod accounts;
mod addresses;
mod fields;
mod values;

pub use values::grounds;

use crate::catalog::{Catalog, TemplateKind};
use crate::date::Date;
use crate::model::{Audience, Controller, Lang, Law, OptOutKind, Platform};
use crate::template::{render, Cond, Var};
use crate::text::mailto_encode;
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
    /// The recipient's own web form that takes this text (an authority's complaint form), for
    /// when there is no e-mail address.
    pub web_form: Option<String>,
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

    /// The same text for a company's web form: subject and body, without the address block and
    /// date line a postal letter needs (they would be pasted into the form's text field).
    pub fn for_form(&self) -> Letter {
        Letter {
            from: Vec::new(),
            to: Vec::new(),
            to_email: None,
            cc_email: None,
            body: self.email_text().trim_end().to_string(),
            message: true,
            web_form: None,
            ..self.clone()
        }
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
    /// When the first follow-up letter went to the company (a reminder or a reply to a
    /// refusal), if one did.
    pub reminder_on: Option<Date>,
    pub lang: Lang,
}

/// Generates every text for every platform that has at least one account (or, for routes for
/// people without an account, that is listed in `platforms`).
pub fn generate(req: &Request<'_>, platforms: &[String]) -> Vec<PlatformTexts> {
    let mut out = Vec::new();
    for pid in platforms {
        let Some(platform) = req.catalog.platform(pid) else {
            continue;
        };
        let (indexes, accounts) = accounts::named(req, platform);
        let ctx = Ctx::new(req, platform, accounts);
        out.push(platform_texts(&ctx, indexes));
    }
    out
}

/// One letter to the company that answers what it wrote (`ReplyUseForm`, `ReplyIdentity`), made
/// only when a person recorded such an answer.
pub fn reply(req: &Request<'_>, platform: &str, kind: TemplateKind) -> Option<Letter> {
    let platform = req.catalog.platform(platform)?;
    let (_, accounts) = accounts::named(req, platform);
    let ctx = Ctx::new(req, platform, accounts);
    let (to, to_email, cc) = ctx.controller_block();
    Some(ctx.letter(kind, to, to_email, cc))
}

/// One platform's texts in the making: the request, the platform, who answers for it and the
/// accounts its letters name. The parts of the engine are its methods, one file each.
struct Ctx<'a> {
    req: &'a Request<'a>,
    platform: &'a Platform,
    /// The company for the person's country ([`Catalog::controller_for`]).
    controller: Option<&'a Controller>,
    /// Its representative in Europe (Art. 27), if it has one there.
    representative: Option<&'a Controller>,
    /// The accounts the letters name (`accounts::named`).
    accounts: Vec<&'a Account>,
    law: Option<Law>,
}

impl<'a> Ctx<'a> {
    fn new(req: &'a Request<'a>, platform: &'a Platform, accounts: Vec<&'a Account>) -> Self {
        Ctx {
            req,
            platform,
            controller: req.catalog.controller_for(platform, &req.person.region),
            representative: req.catalog.representative_for(platform, &req.person.region),
            accounts,
            law: req.catalog.law_of(&req.person.region),
        }
    }

    fn lang(&self) -> Lang {
        self.req.lang
    }

    /// The person's country code ("DE" for "DE-BY"); empty while unknown.
    fn country(&self) -> &str {
        let code = self.req.person.region.as_str();
        code.split('-').next().unwrap_or(code)
    }

    /// One letter or message of `kind`, its template filled (`values.rs`).
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
            web_form: None,
        }
    }
}

fn platform_texts(ctx: &Ctx<'_>, indexes: Vec<usize>) -> PlatformTexts {
    let req = ctx.req;
    let (to, to_email, cc) = ctx.controller_block();
    let no_account = ctx.platform.audience == Audience::NoAccount;
    let forms = ctx.forms(&indexes);
    let objection_kind = if no_account {
        TemplateKind::NoAccountLetter
    } else {
        TemplateKind::Objection
    };
    let complaint = req
        .catalog
        .competent_authority(&req.person.region)
        .map(|a| {
            let lines = ctx.authority_block(a);
            Letter {
                web_form: a.complaint_form.clone(),
                ..ctx.letter(TemplateKind::Complaint, lines, a.email.clone(), None)
            }
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

/// What the tests of every part build on: the golden tests' small dataset
/// (`tests/fixtures/data`) and a context for one of its platforms.
#[cfg(all(test, feature = "toml"))]
mod tests {
    use super::*;
    use crate::validate::Severity;
    use std::sync::OnceLock;

    /// The day the tests write on.
    pub(super) const TODAY: &str = "2026-11-23";

    pub(super) fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    pub(super) fn lang(code: &str) -> Lang {
        Lang::from_code(code).unwrap()
    }

    /// The fixture dataset, read once; each test gets its own copy to change.
    pub(super) fn fixtures() -> Catalog {
        static C: OnceLock<Catalog> = OnceLock::new();
        C.get_or_init(|| {
            let dir =
                std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/data");
            let (c, findings) = crate::load::load_dir(&dir);
            // The fixture has no ui.toml: letters use no interface text.
            let errors: Vec<_> = findings
                .iter()
                .filter(|f| f.severity == Severity::Error && f.file != "ui.toml")
                .collect();
            assert!(errors.is_empty(), "tests/fixtures/data: {errors:?}");
            c
        })
        .clone()
    }

    /// A person living in `region`, with a name and nothing else.
    pub(super) fn person(region: &str) -> Person {
        Person {
            name: "Anna Muster".into(),
            region: region.into(),
            ..Person::default()
        }
    }

    pub(super) fn account(platform: &str, username: &str) -> Account {
        Account {
            platform: platform.into(),
            username: username.into(),
            ..Account::default()
        }
    }

    /// A request written [`TODAY`] in `lang`, the objection not sent yet.
    pub(super) fn request<'a>(
        catalog: &'a Catalog,
        person: &'a Person,
        accounts: &'a [Account],
        lang_code: &str,
    ) -> Request<'a> {
        Request {
            catalog,
            person,
            accounts,
            today: day(TODAY),
            sent_on: None,
            reminder_on: None,
            lang: lang(lang_code),
        }
    }

    /// The context `generate` builds for `platform`.
    pub(super) fn ctx<'a>(req: &'a Request<'a>, platform: &str) -> Ctx<'a> {
        let p = req.catalog.platform(platform).unwrap();
        let (_, accounts) = accounts::named(req, p);
        Ctx::new(req, p, accounts)
    }

    #[test]
    fn generate_skips_unknown_platforms_and_keeps_the_order_asked() {
        let c = fixtures();
        let p = person("DE-BY");
        let accounts = [account("facebook", "anna"), account("instagram", "anna")];
        let req = request(&c, &p, &accounts, "de");
        let asked = ["instagram", "no-such-service", "facebook"].map(String::from);
        let ids: Vec<_> = generate(&req, &asked)
            .into_iter()
            .map(|t| t.platform)
            .collect();
        assert_eq!(ids, ["instagram", "facebook"]);
    }

    #[test]
    fn only_the_slack_members_text_is_a_message_without_address_or_date() {
        let c = fixtures();
        let p = person("DE-BY");
        let accounts = [account("slack", "firma.slack.com")];
        let req = request(&c, &p, &accounts, "de");
        let t = &generate(&req, &["slack".to_string()])[0];
        let (member, owner) = t.slack.as_ref().expect("Slack has the two texts");
        assert!(member.message);
        assert_eq!(member.plain_text(), format!("{}\n", member.body));
        assert!(!owner.message && !t.objection.message);
        assert!(t.objection.plain_text().contains(&t.objection.date));
    }

    #[test]
    fn the_complaint_waits_for_the_residence_and_goes_to_its_authority() {
        let c = fixtures();
        let unknown = person("");
        let req = request(&c, &unknown, &[], "de");
        let t = &generate(&req, &["meta-no-account".to_string()])[0];
        assert_eq!(t.complaint, None);
        let bavarian = person("DE-BY");
        let req = request(&c, &bavarian, &[], "de");
        let t = &generate(&req, &["meta-no-account".to_string()])[0];
        let complaint = t
            .complaint
            .as_ref()
            .expect("a complaint once the state is known");
        assert_eq!(
            complaint.to_email.as_deref(),
            Some("poststelle@lda.bayern.de")
        );
        assert_eq!(complaint.cc_email, None);
    }

    #[test]
    fn a_route_without_account_writes_its_own_letter() {
        let c = fixtures();
        let p = person("DE-BY");
        let req = request(&c, &p, &[], "de");
        let t = &generate(
            &req,
            &["meta-no-account".to_string(), "facebook".to_string()],
        );
        assert_eq!(t[0].objection.kind, TemplateKind::NoAccountLetter);
        assert_eq!(t[1].objection.kind, TemplateKind::Objection);
    }
}
