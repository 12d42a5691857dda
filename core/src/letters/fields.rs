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
