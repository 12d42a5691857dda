//! The address blocks of a letter: the sender (the person), and the recipient: the company, its
//! representative in Europe ("c/o"), or the supervisory authority; each with its country line in
//! the letter's language, left out where the person lives in that country.

use super::values::Missing;
use super::Ctx;
use crate::model::Authority;
use crate::text::clean;

impl Ctx<'_> {
    /// The person's name, postal address and e-mail address; placeholders for name and address
    /// while they are missing.
    pub(super) fn sender_block(&self) -> Vec<String> {
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

    /// An address block: the lines, then the country in the letter's language, except when
    /// the person lives in that country too (DIN 5008 writes no country within one country).
    pub(super) fn address(&self, lines: Vec<String>, country: Option<&str>) -> Vec<String> {
        self.req
            .catalog
            .postal_address(&lines, country, self.lang(), self.country())
    }

    /// Recipient lines, e-mail address and copy address of letters to the company. With a
    /// representative in Europe the post goes to the representative ("c/o"), which is closer
    /// and must accept it (Art. 27(4)); the e-mail goes to the company's own privacy address
    /// where it has one, with the representative in copy.
    pub(super) fn controller_block(&self) -> (Vec<String>, Option<String>, Option<String>) {
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

    /// The recipient lines of a complaint: the authority named once, in a form the post
    /// understands, and its address.
    pub(super) fn authority_block(&self, a: &Authority) -> Vec<String> {
        let mut lines = vec![a.postal_name(self.lang()).to_string()];
        lines.extend(a.address.iter().cloned());
        self.address(lines, a.country.as_deref())
    }
}
