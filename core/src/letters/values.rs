//! What each placeholder `{…}` and each condition `{if …}` of a template becomes: the person's
//! details, or the language's placeholder where one is missing (`words.toml`); dates, the
//! deadline and the date line; the grounds, long and short.

use super::{Ctx, Request};
use crate::catalog::{TemplateKind, Words};
use crate::date::Date;
use crate::model::{Audience, Lang, Law, Reason};
use crate::template::{render, Cond, Var};
use crate::text::clean;

/// Which placeholder a missing value gets (`data/templates/<lang>/words.toml`).
#[derive(Clone, Copy)]
pub(super) enum Missing {
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
) -> impl Iterator<Item = &'a Reason> + 'a {
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

impl Ctx<'_> {
    /// Whether a condition `{if …}` holds for this platform and person.
    pub(super) fn holds(&self, c: Cond) -> bool {
        match c {
            Cond::Ch => self.law == Some(Law::Ch),
            Cond::Uk => self.law == Some(Law::Uk),
            // Unknown residence: the GDPR wording, which is right for most of our users.
            Cond::Eu => matches!(self.law, Some(Law::Gdpr) | None),
            Cond::At => self.country() == "AT",
            Cond::FutureOnly => self.platform.future_only,
            Cond::HasEmail => !self.contact_email().is_empty(),
            Cond::SeveralAccounts => self.accounts.len() > 1,
            Cond::LinkedServices => self.accounts.iter().any(|a| a.platform != self.platform.id),
            Cond::DeadlinePassed => self
                .req
                .sent_on
                .is_some_and(|d| self.req.today > d.add_months(1)),
            Cond::NoAccount => self.platform.audience == Audience::NoAccount,
            Cond::ReminderSent => self.req.reminder_on.is_some(),
            Cond::HasLinks => !clean(&self.req.person.post_links, true).is_empty(),
            Cond::HasReasons => {
                chosen_reasons(self.req, self.platform.audience)
                    .next()
                    .is_some()
                    || !clean(&self.req.person.situation, true).is_empty()
            }
            Cond::Representative => self.representative.is_some(),
            // Only in the line naming an account (words.toml), answered there.
            Cond::HasUser | Cond::HasMail | Cond::OwnLabel => false,
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

    /// The short pieces of letters in the letter's language.
    pub(super) fn words(&self) -> &Words {
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
    pub(super) fn missing(&self, m: Missing) -> String {
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

    /// A date in words in the letter's language.
    fn date(&self, d: Date) -> String {
        self.req.catalog.long_date(d, self.lang())
    }

    /// The person's name, or the placeholder asking for it.
    pub(super) fn name(&self) -> String {
        let n = clean(&self.req.person.name, false);
        if n.is_empty() {
            self.missing(Missing::Name)
        } else {
            n
        }
    }

    /// Where the person lives, a state with its country ("Bayern, Deutschland").
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
    pub(super) fn date_line(&self) -> String {
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

    /// The value of a placeholder in the text `kind` (a first objection counts its month from
    /// today, follow-ups from the day the objection was sent).
    pub(super) fn value(&self, kind: TemplateKind, v: Var) -> String {
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
            // Only used under `reminder_sent`.
            Var::ReminderOn => self
                .req
                .reminder_on
                .map(|d| self.date(d))
                .unwrap_or_default(),
            Var::Deadline => {
                let first = matches!(
                    kind,
                    TemplateKind::Objection
                        | TemplateKind::NoAccountLetter
                        | TemplateKind::FormRequest
                        | TemplateKind::NoAccountForm
                        // A reply to the company's answer asks for a month from now.
                        | TemplateKind::ReplyUseForm
                        | TemplateKind::ReplyIdentity
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

    /// `text` as readers in the person's country spell it.
    pub(super) fn spell(&self, text: String) -> String {
        match self.req.catalog.language(self.lang()) {
            Some(l) => l.spell(self.country(), text),
            None => text,
        }
    }
}

#[cfg(all(test, feature = "toml"))]
mod tests {
    use super::super::tests::{account, ctx, day, fixtures, lang, person, request, TODAY};
    use super::super::Account;
    use super::*;

    #[test]
    fn the_first_letters_deadline_counts_from_today_a_follow_ups_from_the_day_sent() {
        let c = fixtures();
        let p = person("DE-BY");
        let mut req = request(&c, &p, &[], "de");
        req.sent_on = Some(day("2026-10-20"));
        let ctx = ctx(&req, "facebook");
        let deadline = |kind| ctx.value(kind, Var::Deadline);
        assert_eq!(deadline(TemplateKind::Objection), "23. Dezember 2026");
        assert_eq!(deadline(TemplateKind::FormRequest), "23. Dezember 2026");
        assert_eq!(deadline(TemplateKind::Reminder), "20. November 2026");
        assert_eq!(deadline(TemplateKind::Refusal), "20. November 2026");
    }

    #[test]
    fn a_follow_up_without_the_day_sent_counts_from_today() {
        let c = fixtures();
        let p = person("DE-BY");
        let req = request(&c, &p, &[], "de");
        let ctx = ctx(&req, "facebook");
        assert_eq!(
            ctx.value(TemplateKind::Reminder, Var::Deadline),
            "23. Dezember 2026"
        );
        assert_eq!(
            ctx.value(TemplateKind::Reminder, Var::SentOn),
            "[Datum Ihres Widerspruchs]"
        );
    }

    #[test]
    fn the_deadline_has_passed_only_after_the_whole_month() {
        let c = fixtures();
        let p = person("DE-BY");
        let passed = |sent: Option<&str>, today: &str| {
            let mut req = request(&c, &p, &[], "de");
            req.sent_on = sent.map(day);
            req.today = day(today);
            ctx(&req, "facebook").holds(Cond::DeadlinePassed)
        };
        assert!(!passed(Some("2026-10-20"), "2026-11-20"), "the last day");
        assert!(passed(Some("2026-10-20"), "2026-11-21"));
        assert!(!passed(None, "2027-01-01"), "never sent");
    }

    #[test]
    fn linked_services_hold_only_when_another_services_account_is_named() {
        let c = fixtures();
        let p = person("DE-BY");
        let linked = |platform: &str| Account {
            linked: true,
            ..account(platform, "anna")
        };
        let both = [linked("facebook"), linked("instagram")];
        let req = request(&c, &p, &both, "de");
        assert!(ctx(&req, "facebook").holds(Cond::LinkedServices));
        let own = [account("facebook", "anna"), account("facebook", "anna.b")];
        let req = request(&c, &p, &own, "de");
        assert!(!ctx(&req, "facebook").holds(Cond::LinkedServices));
    }

    #[test]
    fn a_missing_name_shows_the_languages_placeholder() {
        let c = fixtures();
        for (code, placeholder) in [("de", "[Ihr Name]"), ("fr", "[vos prénom et nom]")] {
            assert_eq!(c.words(lang(code)).unwrap().missing_name, placeholder);
            let mut p = person("DE-BY");
            p.name = " \t ".into();
            let req = request(&c, &p, &[], code);
            let ctx = ctx(&req, "facebook");
            assert_eq!(ctx.value(TemplateKind::Objection, Var::Name), placeholder);
            assert_eq!(ctx.sender_block()[0], placeholder);
        }
    }

    #[test]
    fn an_unknown_residence_gets_the_gdpr_wording() {
        let c = fixtures();
        let law = |region: &str| {
            let p = person(region);
            let req = request(&c, &p, &[], "de");
            let ctx = ctx(&req, "facebook");
            [Cond::Eu, Cond::Ch, Cond::Uk].map(|c| ctx.holds(c))
        };
        assert_eq!(law(""), [true, false, false]);
        assert_eq!(law("DE-BY"), [true, false, false]);
        assert_eq!(law("CH"), [false, true, false]);
        assert_eq!(law("GB"), [false, false, true]);
    }

    #[test]
    fn a_state_is_named_with_its_country_and_an_unknown_residence_asked_for() {
        let c = fixtures();
        let residence = |region: &str, code: &str| {
            let p = person(region);
            let req = request(&c, &p, &[], code);
            ctx(&req, "facebook").value(TemplateKind::Complaint, Var::Residence)
        };
        assert_eq!(residence("DE-BY", "de"), "Bayern, Deutschland");
        assert_eq!(residence("DE-BY", "fr"), "Bavière, Allemagne");
        assert_eq!(residence("AT", "de"), "Österreich");
        assert_eq!(residence("", "de"), "[Ihr Wohnsitzland]");
    }

    #[test]
    fn the_date_line_is_written_as_the_language_writes_it() {
        let c = fixtures();
        let p = person("DE-BY");
        let line = |code: &str| ctx(&request(&c, &p, &[], code), "facebook").date_line();
        assert_eq!(TODAY, "2026-11-23");
        assert_eq!(line("de"), "23. November 2026");
        assert_eq!(line("fr"), "Le 23 novembre 2026");
    }

    #[test]
    fn swiss_readers_get_swiss_spelling() {
        let c = fixtures();
        let spelled = |region: &str| {
            let p = person(region);
            let req = request(&c, &p, &[], "de");
            ctx(&req, "facebook").spell("Straße".into())
        };
        assert_eq!(spelled("CH"), "Strasse");
        assert_eq!(spelled("DE-BY"), "Straße");
    }

    #[test]
    fn without_reasons_or_own_words_the_grounds_are_the_general_paragraph() {
        let c = fixtures();
        let general = c
            .template(lang("de"), TemplateKind::GeneralGrounds)
            .unwrap();
        let none = |_: Var| String::new();
        let no = |_: Cond| false;
        let p = person("DE-BY");
        let req = request(&c, &p, &[], "de");
        let text = grounds(&req, Audience::Account, &none, &no);
        assert_eq!(text, render(&general.body, &none, &no));
        assert!(!text.is_empty());

        let mut p = person("DE-BY");
        p.situation = "  Ich bin Lehrerin.\n\n\n Meine Schüler finden mich.  ".into();
        let req = request(&c, &p, &[], "de");
        assert_eq!(
            grounds(&req, Audience::Account, &none, &no),
            "Ich bin Lehrerin.\n\nMeine Schüler finden mich."
        );
    }

    #[test]
    fn reasons_only_for_account_holders_are_left_out_without_an_account() {
        let c = fixtures();
        assert!(c
            .reasons
            .iter()
            .any(|r| r.id == "children" && r.accounts_only));
        let text = |reasons: &[&str], audience| {
            let mut p = person("DE-BY");
            p.reasons = reasons.iter().map(|r| r.to_string()).collect();
            let req = request(&c, &p, &[], "de");
            grounds(&req, audience, &|_| String::new(), &|_| false)
        };
        let both = ["own-privacy", "children"];
        assert_eq!(
            text(&both, Audience::NoAccount),
            text(&["own-privacy"], Audience::NoAccount)
        );
        assert_ne!(
            text(&both, Audience::Account),
            text(&["own-privacy"], Audience::Account)
        );
    }

    #[test]
    fn the_short_grounds_are_one_line_and_empty_without_reasons_or_words() {
        let c = fixtures();
        let short = |reasons: &[&str], situation: &str| {
            let mut p = person("DE-BY");
            p.reasons = reasons.iter().map(|r| r.to_string()).collect();
            p.situation = situation.into();
            let req = request(&c, &p, &[], "de");
            ctx(&req, "facebook").value(TemplateKind::FormReason, Var::ShortGrounds)
        };
        assert_eq!(short(&[], ""), "");
        let text = short(&["own-privacy"], "Ich bin\nLehrerin.");
        assert!(text.ends_with(" Ich bin Lehrerin."), "{text}");
        assert!(!text.contains('\n'));
    }
}
