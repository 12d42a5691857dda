//! Which accounts a letter names and how: the accounts on the platform and, for Meta's Accounts
//! Center, the linked accounts one objection covers; the line naming each account (`words.toml`);
//! the e-mail address of each account and the one the person is reached at.

use super::values::Missing;
use super::{Account, Ctx, Person, Request};
use crate::model::{Audience, OptOutKind, Platform};
use crate::template::{render, Cond, Var};
use crate::text::clean;

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

/// The accounts a platform's letters name: the indexes of its own accounts (none on a route for
/// people without an account, whatever the list says), and those accounts plus, where the
/// platform is in Meta's Accounts Center and one of its accounts is linked, every linked account
/// of the other Accounts Center platforms: one objection covers them all.
pub(super) fn named<'a>(
    req: &'a Request<'a>,
    platform: &Platform,
) -> (Vec<usize>, Vec<&'a Account>) {
    let pid = &platform.id;
    let indexes: Vec<usize> = req
        .accounts
        .iter()
        .enumerate()
        .filter(|(_, a)| &a.platform == pid && platform.audience == Audience::Account)
        .map(|(i, _)| i)
        .collect();
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
    (indexes, accounts)
}

impl Ctx<'_> {
    /// Where the person is reached: their own address, else the first account's.
    pub(super) fn contact_email(&self) -> String {
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

    /// The lines naming the accounts in a letter, one per account (`words.toml`: `account`, or
    /// `workspace_account` for a Slack workspace); without accounts, the sentence for people
    /// without one or the placeholder asking for an account.
    pub(super) fn accounts_text(&self) -> String {
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

    /// The account whose form carries the objection for account `i` (index into the request's
    /// accounts), when it is another one: the first linked account of the whole list on an
    /// Accounts Center platform, for every linked account on such a platform.
    pub(super) fn covered_by(&self, i: usize) -> Option<usize> {
        let req = self.req;
        let a = &req.accounts[i];
        if !self.platform.accounts_center || !a.linked {
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
    }
}
