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

#[cfg(all(test, feature = "toml"))]
mod tests {
    use super::super::tests::{ctx, fixtures, person, request};
    use crate::Catalog;

    /// The recipient lines, e-mail address and copy address of letters to the company.
    fn company(
        c: &Catalog,
        platform: &str,
        region: &str,
        lang: &str,
    ) -> (Vec<String>, Option<String>, Option<String>) {
        let p = person(region);
        ctx(&request(c, &p, &[], lang), platform).controller_block()
    }

    #[test]
    fn the_country_line_is_left_out_at_home_and_in_the_letters_language_otherwise() {
        let c = fixtures();
        let meta = [
            "Meta Platforms Ireland Limited",
            "Merrion Road",
            "Dublin 4, D04 X2K5",
        ];
        assert_eq!(company(&c, "facebook", "IE", "en").0, meta);
        assert_eq!(
            company(&c, "facebook", "DE-BY", "de").0,
            [&meta[..], &["Irland"]].concat()
        );
        assert_eq!(
            company(&c, "facebook", "DE-BY", "fr").0,
            [&meta[..], &["Irlande"]].concat()
        );
    }

    /// DeepSeek with its representative Prighter at an address in Austria.
    fn deepseek_with_representative_address() -> Catalog {
        let mut c = fixtures();
        let rep = c
            .controllers
            .iter_mut()
            .find(|k| k.id == "prighter-deepseek")
            .unwrap();
        rep.address = vec!["Dietrichgasse 27-29".into(), "1030 Wien".into()];
        rep.country = Some("AT".into());
        c
    }

    #[test]
    fn a_representative_gets_the_post_c_o_while_the_email_goes_to_the_company() {
        let c = deepseek_with_representative_address();
        let (to, to_email, cc) = company(&c, "deepseek", "DE-BY", "de");
        assert_eq!(
            to,
            [
                "Hangzhou DeepSeek Artificial Intelligence Co., Ltd.",
                "c/o Prighter Group",
                "Dietrichgasse 27-29",
                "1030 Wien",
                "Österreich",
            ]
        );
        assert_eq!(to_email.as_deref(), Some("privacy@deepseek.com"));
        assert_eq!(cc.as_deref(), Some("rep_deepseek@prighter.com"));
        // The country line is the representative's, left out for a person living there.
        let (to, ..) = company(&c, "deepseek", "AT", "de");
        assert_eq!(to.last().map(String::as_str), Some("1030 Wien"));
    }

    #[test]
    fn without_the_companys_own_address_the_email_goes_to_the_representative() {
        let mut c = deepseek_with_representative_address();
        let co = c
            .controllers
            .iter_mut()
            .find(|k| k.id == "deepseek")
            .unwrap();
        co.email = None;
        let (_, to_email, cc) = company(&c, "deepseek", "DE-BY", "de");
        assert_eq!(to_email.as_deref(), Some("rep_deepseek@prighter.com"));
        assert_eq!(cc, None);
    }

    #[test]
    fn the_sender_block_asks_for_a_missing_address_and_adds_the_email_when_known() {
        let c = fixtures();
        let mut p = person("DE-BY");
        let block =
            |p: &crate::letters::Person| ctx(&request(&c, p, &[], "de"), "facebook").sender_block();
        assert_eq!(
            block(&p),
            ["Anna Muster", "[Straße und Hausnummer, PLZ und Ort]"]
        );
        p.address = " Musterweg 1 \n80331 München\n".into();
        p.email = "anna@example.org".into();
        assert_eq!(
            block(&p),
            [
                "Anna Muster",
                "Musterweg 1",
                "80331 München",
                "anna@example.org"
            ]
        );
    }

    #[test]
    fn the_authority_is_addressed_by_its_postal_name_in_the_letters_language() {
        let c = fixtures();
        let p = person("DE-BY");
        let block = |lang: &str| {
            let req = request(&c, &p, &[], lang);
            let authority = c.competent_authority("DE-BY").unwrap();
            ctx(&req, "facebook").authority_block(authority)
        };
        assert_eq!(
            block("de"),
            [
                "Bayerisches Landesamt für Datenschutzaufsicht",
                "Postfach 1349",
                "91504 Ansbach"
            ]
        );
        // No French name: the English one, which the post understands.
        assert_eq!(
            block("fr")[0],
            "Bavarian State Office for Data Protection Supervision"
        );
    }
}
