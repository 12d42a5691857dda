//! The whole bundled dataset in one value, its compact encoding for the browser and look-ups.

use crate::date::Date;
use crate::model::{
    Authority, Change, Controller, Country, Lang, Language, Law, Platform, Reason, Region, Text,
};
use crate::template::{Segment, Template};
use serde::{Deserialize, Serialize};

macro_rules! template_kinds {
    ($($(#[$m:meta])* $var:ident = $file:literal,)*) => {
        /// Every text the letter engine can write; each is a file `data/templates/<lang>/<file>.txt`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum TemplateKind { $($(#[$m])* $var,)* }
        impl TemplateKind {
            pub const ALL: &'static [TemplateKind] = &[$(TemplateKind::$var,)*];
            /// The file name without `.txt`.
            pub fn file(self) -> &'static str { match self { $(TemplateKind::$var => $file,)* } }
            #[cfg(feature = "toml")]
            pub(crate) fn from_file(s: &str) -> Option<TemplateKind> { match s { $($file => Some(TemplateKind::$var),)* _ => None } }
        }
    };
}

template_kinds! {
    /// The objection letter or e-mail (Art. 21(1) GDPR).
    Objection = "objection",
    /// The short text for the "request" field of a platform's own form.
    FormRequest = "form-request",
    /// The paragraph used when a person chose no reason.
    GeneralGrounds = "general-grounds",
    /// The text for a form's field "how does this affect you" (short, with a character limit).
    FormReason = "form-reason",
    /// For people without an account: the text for Meta's third-party form.
    NoAccountForm = "no-account-form",
    /// For people without an account: the letter to the controller.
    NoAccountLetter = "no-account-letter",
    /// A month passed without answer.
    Reminder = "reminder",
    /// The platform refused the objection.
    Refusal = "refusal",
    /// Access request: what was used for training.
    Access = "access",
    /// Complaint to the supervisory authority.
    Complaint = "complaint",
    /// Slack: a member asks the workspace owner to opt out.
    SlackMember = "slack-member",
    /// Slack: the owner's e-mail to Slack.
    SlackOwner = "slack-owner",
    /// The platform answered "please use our form": why the letter is valid too.
    ReplyUseForm = "reply-use-form",
    /// The platform asked for an ID: only with reasonable doubts (Art. 12(6) GDPR).
    ReplyIdentity = "reply-identity",
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateEntry {
    pub lang: Lang,
    pub kind: TemplateKind,
    pub template: Template,
}

/// The short pieces of letters in one language (`data/templates/<lang>/words.toml`):
/// placeholders for what a person has not given yet, and how an account is named.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Words {
    pub lang: Lang,
    pub missing_name: String,
    pub missing_address: String,
    pub missing_email: String,
    pub missing_residence: String,
    pub missing_sent_on: String,
    pub missing_authority: String,
    pub missing_workspace: String,
    pub missing_account: String,
    /// One account in a letter: `{platform}`, `{label}`, `{user}`, `{mail}`.
    pub account: Vec<Segment>,
    /// What an account's name is called where the service has no word of its own.
    pub user_label: String,
    /// A Slack workspace in a letter.
    pub workspace_account: Vec<Segment>,
    /// In place of the accounts, for people without an account.
    pub no_account: String,
    /// The recipient of the Slack member's message.
    pub workspace_owner: String,
    /// The date line of a letter: `{today}` ("Le {today}" in French).
    pub date_line: Vec<Segment>,
}

/// Everything in `data/`, validated.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Catalog {
    /// The languages of the tool, in menu order (`data/languages.toml`).
    pub languages: Vec<Language>,
    pub platforms: Vec<Platform>,
    pub controllers: Vec<Controller>,
    pub authorities: Vec<Authority>,
    pub regions: Vec<Region>,
    /// Seats of companies that are not places of residence (for address lines).
    pub countries: Vec<Country>,
    pub reasons: Vec<Reason>,
    pub templates: Vec<TemplateEntry>,
    pub words: Vec<Words>,
    /// The interface texts, in `ui_text::UI_KEYS` order.
    pub ui: Vec<Text>,
    /// The kinds of answers to an objection and the rules that recognise them
    /// (`replies.toml`). The browser keeps the rules of every language: answers often come in
    /// English.
    pub replies: crate::replies::Replies,
    /// The words of the static pages (`pages.toml`, by key): used at build time only, never
    /// part of the browser's data.
    #[serde(skip)]
    pub pages: Vec<(String, Text)>,
}

impl Catalog {
    /// The compact binary form that is embedded in the browser build.
    fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("serialising plain data into memory cannot fail")
    }

    /// The browser's two files for a language: the start index and the full data, as
    /// (kind, bytes) with kind "index" or "data".
    pub fn browser_files(&self, lang: Lang) -> [(&'static str, Vec<u8>); 2] {
        [
            ("index", self.start_index().to_bytes_for(lang)),
            ("data", self.to_bytes_for(lang)),
        ]
    }

    /// The compact form with the texts of one language only, for the browser.
    pub fn to_bytes_for(&self, lang: Lang) -> Vec<u8> {
        let mut one = self.clone();
        one.keep_only(lang);
        // The watched policy documents serve the editors' tools, not people.
        for p in &mut one.platforms {
            p.watch.clear();
        }
        for c in &mut one.controllers {
            c.watch.clear();
        }
        // Where the answers' wordings come from is for editors.
        one.replies.sources.clear();
        for r in &mut one.replies.rules {
            r.sources.clear();
        }
        // Letters use the reasons' parsed texts; the written form is the editors'.
        for r in &mut one.reasons {
            r.short = Text::default();
            r.paragraph = Text::default();
        }
        one.to_bytes()
    }

    /// Drops every text, template and piece of letter of the other languages.
    pub fn keep_only(&mut self, lang: Lang) {
        self.templates.retain(|t| t.lang == lang);
        self.words.retain(|w| w.lang == lang);
        for r in &mut self.reasons {
            r.parsed.retain(|p| p.lang == lang);
        }
        self.each_text(&mut |t| t.keep_only(lang));
        // The menu still names every language in itself; their dates are not needed.
        for l in self.languages.iter_mut().filter(|l| l.code != lang) {
            l.months.clear();
            l.date.clear();
            l.first = None;
            l.spelling.clear();
        }
    }

    /// Calls `f` on every text of the data, wherever it is.
    pub fn each_text(&mut self, f: &mut dyn FnMut(&mut Text)) {
        for p in &mut self.platforms {
            f(&mut p.name);
            f(&mut p.data_used);
            f(&mut p.after);
            p.letter_name.iter_mut().for_each(&mut *f);
            p.account_label.iter_mut().for_each(&mut *f);
            p.accounts_note.iter_mut().for_each(|n| f(&mut n.text));
            p.alternatives.iter_mut().for_each(&mut *f);
            for r in &mut p.routes {
                r.steps.iter_mut().for_each(&mut *f);
                r.action.iter_mut().for_each(&mut *f);
                r.title.iter_mut().for_each(&mut *f);
            }
            for field in p.form.iter_mut().flat_map(|form| &mut form.fields) {
                f(&mut field.label);
                field.choice.iter_mut().for_each(&mut *f);
            }
            p.key_dates.iter_mut().for_each(|k| f(&mut k.label));
            for pr in &mut p.problems {
                f(&mut pr.title);
                f(&mut pr.fix);
            }
            for pr in &mut p.protections {
                f(&mut pr.title);
                f(&mut pr.how);
                f(&mut pr.limits);
            }
            p.changes.iter_mut().for_each(|c| f(&mut c.text));
        }
        self.authorities
            .iter_mut()
            .for_each(|a| a.note.iter_mut().for_each(&mut *f));
        self.regions.iter_mut().for_each(|r| f(&mut r.name));
        self.countries.iter_mut().for_each(|c| f(&mut c.name));
        for r in &mut self.reasons {
            f(&mut r.label);
            f(&mut r.hint);
            f(&mut r.short);
            f(&mut r.paragraph);
        }
        self.ui.iter_mut().for_each(&mut *f);
        for k in &mut self.replies.kinds {
            f(&mut k.label);
            f(&mut k.meaning);
            f(&mut k.law);
            f(&mut k.next_step);
        }
    }

    /// A country's name in `lang`, for the last line of an address.
    pub fn country_name(&self, code: &str, lang: Lang) -> Option<&str> {
        self.region(code)
            .map(|r| r.name.get(lang))
            .or_else(|| {
                self.countries
                    .iter()
                    .find(|c| c.code == code)
                    .map(|c| c.name.get(lang))
            })
            .filter(|n| !n.is_empty())
    }

    /// A postal address with its country in words as the last line, left out for people who live
    /// in that country (`home`: their region code, "DE-BY" or "AT").
    pub fn postal_address(
        &self,
        lines: &[String],
        country: Option<&str>,
        lang: Lang,
        home: &str,
    ) -> Vec<String> {
        let home = home.split('-').next().unwrap_or(home);
        let mut out = lines.to_vec();
        if let Some(name) = country
            .filter(|c| *c != home)
            .and_then(|c| self.country_name(c, lang))
        {
            out.push(name.to_string());
        }
        out
    }

    pub fn language(&self, lang: Lang) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == lang)
    }

    /// A date in words in `lang`; the ISO form if the language is unknown.
    pub fn long_date(&self, d: Date, lang: Lang) -> String {
        self.language(lang)
            .map_or_else(|| d.to_string(), |l| l.long_date(d))
    }

    /// The short pieces of letters in `lang` (validation guarantees them for every language).
    pub fn words(&self, lang: Lang) -> Option<&Words> {
        self.words.iter().find(|w| w.lang == lang)
    }

    /// What the first screen needs: each service's name and dates and the first screen's
    /// interface texts (`ui_text::START_KEYS`), nothing more. A first visit
    /// loads only this; the rest follows once the person chooses a service.
    pub(crate) fn start_index(&self) -> Catalog {
        use crate::model::Text;
        let platforms = self
            .platforms
            .iter()
            .map(|p| {
                let mut p = p.clone();
                p.routes.clear();
                p.form = None;
                p.problems.clear();
                p.protections.clear();
                p.alternatives.clear();
                p.sources.clear();
                p.changes.clear();
                p.watch.clear();
                for r in &mut p.controller_for {
                    r.sources.clear();
                }
                p.data_used = Text::default();
                p.after = Text::default();
                for k in &mut p.key_dates {
                    k.label = Text::default();
                    k.sources.clear();
                }
                p
            })
            .collect();
        let ui = crate::ui_text::UI_KEYS
            .iter()
            .zip(&self.ui)
            .map(|(key, text)| {
                if crate::ui_text::START_KEYS.contains(key) {
                    text.clone()
                } else {
                    Text::default()
                }
            })
            .collect();
        Catalog {
            languages: self.languages.clone(),
            platforms,
            regions: self.regions.clone(),
            ui,
            ..Catalog::default()
        }
    }

    /// The interface texts of one language, for [`crate::ui_text::UiText::from_values`].
    pub fn ui_texts(&self, lang: Lang) -> Vec<&str> {
        self.ui.iter().map(|t| t.get(lang)).collect()
    }

    /// Whether this is only the start index (see [`Catalog::start_index`]).
    pub fn is_index(&self) -> bool {
        self.templates.is_empty()
    }

    /// The file name the browser loads for a language: the content hash in the name means a
    /// browser never mixes new code with old data. The bytes are postcard, not JSON: the name
    /// ends in `.json` only because GitHub Pages compresses files by their type and serves
    /// other names (`.bin`) as `application/octet-stream`, uncompressed — 3.5 times the bytes.
    pub fn file_name_for(bytes: &[u8], kind: &str, lang: Lang) -> String {
        // FNV-1a: tiny, deterministic, and enough to tell versions apart (not for security).
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        format!("{kind}-{}-{h:016x}.json", lang.code())
    }

    /// Reads the compact form; fails only if the build embedded something else.
    pub fn from_bytes(bytes: &[u8]) -> Result<Catalog, String> {
        crate::decode::from_bytes(bytes)
            .ok_or_else(|| "the data file could not be read".to_string())
    }

    pub fn platform(&self, id: &str) -> Option<&Platform> {
        self.platforms.iter().find(|p| p.id == id)
    }
    pub fn controller(&self, id: &str) -> Option<&Controller> {
        self.controllers.iter().find(|c| c.id == id)
    }
    pub fn authority(&self, id: &str) -> Option<&Authority> {
        self.authorities.iter().find(|a| a.id == id)
    }
    pub fn region(&self, code: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.code == code)
    }
    pub fn template(&self, lang: Lang, kind: TemplateKind) -> Option<&Template> {
        self.templates
            .iter()
            .find(|t| t.lang == lang && t.kind == kind)
            .map(|t| &t.template)
    }

    /// The company responsible for a platform's data of a person living in `region` (a country
    /// or a German state): the regional controller where the data names one (the UK for most
    /// platforms), otherwise the platform's own. Letters, complaints and the proof record all
    /// take the company from here. `None` only when the data names an unknown company, which
    /// validation rules out.
    pub fn controller_for(&self, platform: &Platform, region: &str) -> Option<&Controller> {
        let id = match self.regional(platform, region) {
            Some(r) => &r.controller,
            None => &platform.controller,
        };
        self.controller(id)
    }

    /// The representative (Art. 27 GDPR / UK GDPR) of the company that [`Catalog::controller_for`]
    /// names, where it has one.
    pub fn representative_for(&self, platform: &Platform, region: &str) -> Option<&Controller> {
        let id = match self.regional(platform, region) {
            Some(r) => r.representative.as_deref(),
            None => platform.representative.as_deref(),
        };
        id.and_then(|id| self.controller(id))
    }

    /// The entry of `controller_for` that covers a region; a state takes its country's.
    fn regional<'a>(
        &self,
        platform: &'a Platform,
        region: &str,
    ) -> Option<&'a crate::model::RegionalController> {
        let country = region.split('-').next().unwrap_or(region);
        platform
            .controller_for
            .iter()
            .find(|r| r.regions.iter().any(|c| c == region || c == country))
    }

    /// Every change of every platform, newest first (ties in catalogue order), for a page of
    /// what changed.
    pub fn all_changes(&self) -> Vec<(&Platform, &Change)> {
        let mut all: Vec<(&Platform, &Change)> = self
            .platforms
            .iter()
            .flat_map(|p| p.changes.iter().map(move |c| (p, c)))
            .collect();
        // Newest first. An insertion sort keeps the data's order for equal dates and adds less
        // code to the browser build than the standard library's sort.
        for i in 1..all.len() {
            let mut j = i;
            while j > 0 && all[j - 1].1.date < all[j].1.date {
                all.swap(j - 1, j);
                j -= 1;
            }
        }
        all
    }

    /// The legal system for a region code (a state takes its country's).
    pub(crate) fn law_of(&self, code: &str) -> Option<Law> {
        self.region(code).map(|r| r.law)
    }

    /// The countries (regions without a parent), in data order.
    pub fn countries(&self) -> impl Iterator<Item = &Region> {
        self.regions.iter().filter(|r| r.parent.is_none())
    }

    /// The countries sorted by their name in `lang`, the way a person looks for their own
    /// (umlauts and accents sort with their base letter).
    pub fn countries_by_name(&self, lang: Lang) -> Vec<&Region> {
        let key = |r: &Region| -> String {
            r.name
                .get(lang)
                .chars()
                .map(|c| match c {
                    'Ä' | 'ä' | 'Á' | 'á' | 'À' | 'à' | 'Â' | 'â' => 'a',
                    'Ö' | 'ö' | 'Ó' | 'ó' | 'Ô' | 'ô' => 'o',
                    'Ü' | 'ü' | 'Ú' | 'ú' | 'Û' | 'û' => 'u',
                    'É' | 'é' | 'È' | 'è' | 'Ê' | 'ê' => 'e',
                    'Í' | 'í' | 'Î' | 'î' => 'i',
                    'Ç' | 'ç' => 'c',
                    c => c.to_ascii_lowercase(),
                })
                .collect()
        };
        // An insertion sort: fifty names, and much less code in the browser build than the
        // standard library's sort.
        let mut list: Vec<(String, &Region)> = self.countries().map(|r| (key(r), r)).collect();
        for i in 1..list.len() {
            let mut j = i;
            while j > 0 && list[j - 1].0 > list[j].0 {
                list.swap(j - 1, j);
                j -= 1;
            }
        }
        list.into_iter().map(|(_, r)| r).collect()
    }

    /// The states of a country (empty for countries that have none in the data).
    pub fn states_of<'a>(&'a self, country: &'a str) -> impl Iterator<Item = &'a Region> {
        self.regions
            .iter()
            .filter(move |r| r.parent.as_deref() == Some(country))
    }

    /// The country of a browser locale such as `de-AT`, if the data knows it: a first guess of
    /// where someone lives, shown to them and changeable. `None` for `de` alone.
    pub fn country_from_locale(&self, locale: &str) -> Option<&Region> {
        let code = locale.split(['-', '_']).nth(1)?.to_ascii_uppercase();
        self.region(&code).filter(|r| r.parent.is_none())
    }

    /// The authority a person complains to: the one for companies in their state or country
    /// (Art. 77 GDPR: the Member State of habitual residence). `None` if the region is unknown
    /// or, in a country with states, no state was chosen.
    pub fn competent_authority(&self, region: &str) -> Option<&Authority> {
        use crate::model::Sector;
        self.authorities.iter().find(|a| {
            a.covers.iter().any(|c| c == region)
                && matches!(a.sector, Sector::All | Sector::Private)
        })
    }
}
