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
                    Cond::OwnLabel => platform.account_label.is_some(),
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

#[cfg(all(test, feature = "toml"))]
mod tests {
    use super::super::tests::{account, ctx, fixtures, person, request};
    use super::*;
    use crate::model::Text;

    #[test]
    fn an_accounts_own_address_counts_only_when_the_person_said_so() {
        let mut p = person("DE-BY");
        p.email = "anna@example.org".into();
        let mut a = account("facebook", "anna");
        a.email = "fb@example.org".into();
        assert_eq!(a.email_with(&p), "anna@example.org", "not asked");
        a.own_email = true;
        assert_eq!(a.email_with(&p), "fb@example.org");
        a.email = "  ".into();
        assert_eq!(a.email_with(&p), "anna@example.org", "asked, left empty");
    }

    #[test]
    fn without_an_own_address_the_person_is_reached_at_an_accounts() {
        let c = fixtures();
        let p = person("DE-BY");
        let mut with_mail = account("facebook", "anna2");
        with_mail.own_email = true;
        with_mail.email = "fb@example.org".into();
        let accounts = [account("facebook", "anna"), with_mail];
        let req = request(&c, &p, &accounts, "de");
        assert_eq!(ctx(&req, "facebook").contact_email(), "fb@example.org");
    }

    #[test]
    fn a_services_account_label_replaces_the_user_name_word() {
        let mut c = fixtures();
        let p = person("DE-BY");
        let accounts = [account("tiktok", "+49 170 1234567")];
        let line =
            |c: &crate::Catalog| ctx(&request(c, &p, &accounts, "de"), "tiktok").accounts_text();
        assert_eq!(line(&c), "– TikTok, Benutzername: +49 170 1234567");
        let tiktok = c.platforms.iter_mut().find(|p| p.id == "tiktok").unwrap();
        tiktok.account_label = Some(Text::from_pairs(&[("de", "Telefonnummer")]));
        assert_eq!(line(&c), "– TikTok, Telefonnummer: +49 170 1234567");
    }

    #[test]
    fn an_account_with_nothing_entered_asks_for_what_the_service_knows_it_by() {
        let mut c = fixtures();
        let p = person("DE-BY");
        let accounts = [account("tiktok", "")];
        let line =
            |c: &crate::Catalog| ctx(&request(c, &p, &accounts, "de"), "tiktok").accounts_text();
        assert_eq!(line(&c), "– TikTok, [Benutzername oder E-Mail-Adresse]");
        let tiktok = c.platforms.iter_mut().find(|p| p.id == "tiktok").unwrap();
        tiktok.account_label = Some(Text::from_pairs(&[("de", "Telefonnummer")]));
        assert_eq!(line(&c), "– TikTok, [Telefonnummer]");
        // An e-mail address does not stand in for what the service knows the account by.
        let with_mail = [Account {
            email: "kim@example.org".into(),
            own_email: true,
            ..account("tiktok", "")
        }];
        assert_eq!(
            ctx(&request(&c, &p, &with_mail, "de"), "tiktok").accounts_text(),
            "– TikTok, [Telefonnummer], E-Mail-Adresse: kim@example.org"
        );
    }

    #[test]
    fn a_slack_workspace_is_named_as_a_workspace() {
        let c = fixtures();
        let p = person("DE-BY");
        let accounts = [account("slack", "firma.slack.com")];
        let req = request(&c, &p, &accounts, "de");
        assert_eq!(
            ctx(&req, "slack").accounts_text(),
            "– Slack, Workspace: firma.slack.com"
        );
    }

    #[test]
    fn without_accounts_the_letter_asks_for_one_or_says_there_is_none() {
        let c = fixtures();
        let p = person("DE-BY");
        // An account listed for the route without account does not count there.
        let accounts = [account("meta-no-account", "anna")];
        let req = request(&c, &p, &accounts, "de");
        let words = c.words(req.lang).unwrap();
        let (indexes, named) = named(&req, c.platform("meta-no-account").unwrap());
        assert!(indexes.is_empty() && named.is_empty());
        assert_eq!(
            ctx(&req, "meta-no-account").accounts_text(),
            words.no_account
        );
        assert_eq!(ctx(&req, "facebook").accounts_text(), words.missing_account);
    }

    #[test]
    fn one_objection_names_every_account_linked_in_the_accounts_center() {
        let c = fixtures();
        let p = person("DE-BY");
        let linked = |platform: &str| Account {
            linked: true,
            ..account(platform, "anna")
        };
        // 0 and 1 are linked; 2 is not; TikTok is no Accounts Center service.
        let accounts = [
            linked("facebook"),
            linked("instagram"),
            account("instagram", "anna.work"),
            linked("tiktok"),
        ];
        let req = request(&c, &p, &accounts, "de");
        let names = |platform: &str| {
            let (indexes, named) = named(&req, c.platform(platform).unwrap());
            let named: Vec<_> = named
                .iter()
                .map(|a| accounts.iter().position(|b| std::ptr::eq(*a, b)).unwrap())
                .collect();
            (indexes, named)
        };
        assert_eq!(names("facebook"), (vec![0], vec![0, 1]));
        assert_eq!(names("instagram"), (vec![1, 2], vec![1, 2, 0]));
        assert_eq!(names("tiktok"), (vec![3], vec![3]));
        // Without a linked account of its own, a service names only its own.
        let unlinked = [account("facebook", "anna"), linked("instagram")];
        let req = request(&c, &p, &unlinked, "de");
        assert_eq!(named(&req, c.platform("facebook").unwrap()).1.len(), 1);
    }

    #[test]
    fn the_first_linked_account_carries_the_objection_for_the_others() {
        let c = fixtures();
        let p = person("DE-BY");
        let linked = |platform: &str| Account {
            linked: true,
            ..account(platform, "anna")
        };
        let accounts = [
            account("facebook", "anna.old"),
            linked("facebook"),
            linked("instagram"),
            account("instagram", "anna.work"),
        ];
        let req = request(&c, &p, &accounts, "de");
        let facebook = ctx(&req, "facebook");
        let instagram = ctx(&req, "instagram");
        assert_eq!(facebook.covered_by(0), None, "not linked");
        assert_eq!(facebook.covered_by(1), None, "the first linked one");
        assert_eq!(instagram.covered_by(2), Some(1));
        assert_eq!(instagram.covered_by(3), None, "not linked");
    }
}
