//! A platform's own form, filled for each account: every field gets its value (name, this
//! account's e-mail address, user name, country, the reason or request text, a choice to select),
//! shortened to the field's character limit and marked so where it had to be.

use super::{Account, AccountForm, Ctx, FilledField};
use crate::catalog::TemplateKind;
use crate::model::{Audience, FieldFill, FormField};
use crate::template::render;
use crate::text::{clean, fit};

impl Ctx<'_> {
    /// The filled form for each account on the platform (`indexes` into the request's accounts),
    /// or one form without an account; none when the platform has no form.
    pub(super) fn forms(&self, indexes: &[usize]) -> Vec<AccountForm> {
        let req = self.req;
        let mut forms = Vec::new();
        if let Some(form) = &self.platform.form {
            let form_accounts: Vec<Option<usize>> = if indexes.is_empty() {
                vec![None]
            } else {
                indexes.iter().copied().map(Some).collect()
            };
            for (n, acc) in form_accounts.iter().enumerate() {
                let account = acc.map(|i| &req.accounts[i]);
                let covered_by = acc.and_then(|i| self.covered_by(i));
                let fields = form.fields.iter().map(|f| self.field(f, account)).collect();
                forms.push(AccountForm {
                    account: acc.unwrap_or(n),
                    fields,
                    covered_by,
                });
            }
        }
        forms
    }

    /// One field, filled for `account` (the person's details where there is none).
    fn field(&self, f: &FormField, account: Option<&Account>) -> FilledField {
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

#[cfg(all(test, feature = "toml"))]
mod tests {
    use super::super::tests::{account, ctx, fixtures, person, request};
    use super::*;
    use crate::model::Text;
    use crate::Catalog;

    /// Facebook's form, with a limit on its reason field.
    fn facebook_with_limit(max_chars: Option<u32>) -> Catalog {
        let mut c = fixtures();
        let facebook = c.platforms.iter_mut().find(|p| p.id == "facebook").unwrap();
        let form = facebook.form.as_mut().unwrap();
        let reason = form
            .fields
            .iter_mut()
            .find(|f| f.fill == FieldFill::Reason)
            .unwrap();
        reason.max_chars = max_chars;
        c
    }

    fn reason_field(c: &Catalog) -> FilledField {
        let mut p = person("DE-BY");
        p.reasons = vec!["own-privacy".into()];
        p.situation = "Ich bin Lehrerin, und meine Schülerinnen und Schüler finden mich.".into();
        let accounts = [account("facebook", "anna")];
        let req = request(c, &p, &accounts, "de");
        let forms = ctx(&req, "facebook").forms(&[0]);
        let fields = &forms[0].fields;
        fields
            .iter()
            .find(|f| f.label.starts_with("Bitte erkläre"))
            .unwrap()
            .clone()
    }

    #[test]
    fn a_field_over_its_limit_is_shortened_and_marked() {
        let whole = reason_field(&facebook_with_limit(None));
        assert!(!whole.shortened);
        assert!(whole.value.chars().count() > 60, "{}", whole.value);
        let short = reason_field(&facebook_with_limit(Some(60)));
        assert!(short.shortened);
        assert_eq!(short.max_chars, Some(60));
        assert!(short.value.chars().count() <= 60, "{}", short.value);
        assert!(whole.value.starts_with(short.value.trim_end_matches('…')));
        let enough = reason_field(&facebook_with_limit(Some(10_000)));
        assert_eq!((enough.value, enough.shortened), (whole.value, false));
    }

    #[test]
    fn each_accounts_form_gets_that_accounts_own_address() {
        let c = fixtures();
        let mut p = person("DE-BY");
        p.email = "anna@example.org".into();
        let mut second = account("facebook", "anna.work");
        second.own_email = true;
        second.email = "work@example.org".into();
        let accounts = [account("facebook", "anna"), second];
        let req = request(&c, &p, &accounts, "de");
        let forms = ctx(&req, "facebook").forms(&[0, 1]);
        let email = |n: usize| forms[n].fields[0].value.clone();
        assert_eq!(forms[0].fields[0].label, "E-Mail-Adresse");
        assert_eq!(email(0), "anna@example.org");
        assert_eq!(email(1), "work@example.org");
        assert_eq!(forms.iter().map(|f| f.account).collect::<Vec<_>>(), [0, 1]);
    }

    #[test]
    fn without_accounts_there_is_one_form_whose_empty_required_fields_are_missing() {
        let c = fixtures();
        let mut p = person("DE-BY");
        p.name = String::new();
        let req = request(&c, &p, &[], "de");
        let forms = ctx(&req, "meta-no-account").forms(&[]);
        assert_eq!(forms.len(), 1);
        assert_eq!((forms[0].account, forms[0].covered_by), (0, None));
        let fields = &forms[0].fields;
        let name = fields
            .iter()
            .find(|f| f.label == "Vollständiger Name")
            .unwrap();
        // The form shows the field empty, never the letters' "[Ihr Name]".
        assert_eq!(name.value, "");
        assert!(name.required && name.missing);
        let request_text = fields.iter().find(|f| f.label == "Ihre Anfrage").unwrap();
        assert!(!request_text.value.is_empty() && !request_text.missing);
    }

    #[test]
    fn a_choice_is_selected_not_pasted() {
        let c = fixtures();
        let p = person("DE-BY");
        let req = request(&c, &p, &[], "fr");
        let forms = ctx(&req, "meta-no-account").forms(&[]);
        let choice = &forms[0].fields[0];
        assert!(choice.is_choice);
        assert!(
            choice.value.starts_with("Je souhaite m'opposer"),
            "{}",
            choice.value
        );
        assert!(forms[0].fields[1..].iter().all(|f| !f.is_choice));
    }

    #[test]
    fn the_country_field_names_the_country_of_a_state() {
        let mut c = fixtures();
        let facebook = c.platforms.iter_mut().find(|p| p.id == "facebook").unwrap();
        let form = facebook.form.as_mut().unwrap();
        form.fields[0].fill = FieldFill::Country;
        form.fields[0].label = Text::from_pairs(&[("de", "Land")]);
        let p = person("DE-BY");
        let req = request(&c, &p, &[], "de");
        let forms = ctx(&req, "facebook").forms(&[]);
        assert_eq!(forms[0].fields[0].value, "Deutschland");
    }
}
