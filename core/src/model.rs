//! The data model of the open dataset: platforms, controllers, authorities, regions, reasons.
//!
//! The same types read the TOML files (build time, native tests) and the compact catalogue that the
//! browser gets, so every field is defined once. Unknown fields are rejected everywhere.

use crate::date::Date;
use serde::{Deserialize, Serialize};

/// A language of the tool and of every text in the data: its two-letter code (ISO 639-1). Which
/// languages exist is data (`data/languages.toml`); this type only guarantees the code's form.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang([u8; 2]);

impl Lang {
    /// The first language of the project, for a state that has none yet.
    pub const DE: Lang = Lang(*b"de");
    pub const EN: Lang = Lang(*b"en");

    pub fn code(&self) -> &str {
        // Only two ASCII letters ever get in (`from_code`).
        core::str::from_utf8(&self.0).unwrap_or("de")
    }

    /// Two lower-case ASCII letters; anything else is not a language code.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.as_bytes() {
            &[a, b] if a.is_ascii_lowercase() && b.is_ascii_lowercase() => Some(Lang([a, b])),
            _ => None,
        }
    }
}

impl Default for Lang {
    fn default() -> Lang {
        Lang::DE
    }
}

impl core::fmt::Debug for Lang {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Lang;
            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("a language code (two lower-case letters)")
            }
            fn visit_str<E: serde::de::Error>(self, code: &str) -> Result<Lang, E> {
                Lang::from_code(code)
                    .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(code), &self))
            }
        }
        d.deserialize_str(V)
    }
}

/// A text in every language of the tool, by language code. In the data files it is written
/// `{ de = "…", en = "…", fr = "…" }`; a missing or unknown language is a load error naming the
/// file and field, never a blank on screen. The browser's data keeps only its own language.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Text(pub Vec<(Lang, String)>);

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        self.0
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or("", |(_, t)| t.as_str())
    }

    /// The languages this text is written in, in the file's order.
    pub fn langs(&self) -> impl Iterator<Item = Lang> + '_ {
        self.0.iter().map(|(l, _)| *l)
    }

    /// Keeps only one language (for the browser's data of that language).
    pub fn keep_only(&mut self, lang: Lang) {
        self.0.retain(|(l, _)| *l == lang);
    }

    /// A text from `(code, text)` pairs, for tests and tools.
    pub fn from_pairs(pairs: &[(&str, &str)]) -> Text {
        Text(
            pairs
                .iter()
                .filter_map(|(c, t)| Some((Lang::from_code(c)?, t.to_string())))
                .collect(),
        )
    }
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (l, t) in &self.0 {
            m.serialize_entry(l, t)?;
        }
        m.end()
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Text;
            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("a text per language, like { de = \"…\", en = \"…\" }")
            }
            // A language given twice cannot happen: TOML forbids a key twice in a table.
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut m: A) -> Result<Text, A::Error> {
                let mut out: Vec<(Lang, String)> = Vec::new();
                while let Some(pair) = m.next_entry::<Lang, String>()? {
                    out.push(pair);
                }
                Ok(Text(out))
            }
        }
        d.deserialize_map(V)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A text in every language of data/languages.toml, by language code: { de = \"…\", en = \"…\", fr = \"…\" }",
            "type": "object",
            "patternProperties": { "^[a-z]{2}$": { "type": "string", "minLength": 1 } },
            "additionalProperties": false,
            "minProperties": 1
        })
    }
}

/// A language of the tool, as `data/languages.toml` describes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Language {
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub code: Lang,
    /// The language's name in itself ("Français").
    pub name: String,
    /// The months as written in dates, January first.
    pub months: Vec<String>,
    /// How a date is written: `{day}`, `{month}`, `{year}` ("{day}. {month} {year}").
    pub date: String,
    /// The first day of a month where it is written differently ("1er").
    #[serde(default)]
    pub first: Option<String>,
    /// Spelling for readers in one country (Swiss German writes "ss" for "ß").
    #[serde(default)]
    pub spelling: Vec<Spelling>,
}

/// A replacement in every text for readers who live in `region`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Spelling {
    pub region: String,
    pub from: String,
    pub to: String,
}

impl Language {
    /// A date in words: "2. Dezember 2026", "1er décembre 2026".
    pub fn long_date(&self, d: Date) -> String {
        let month = self
            .months
            .get(usize::from(d.month()).saturating_sub(1))
            .map_or("", String::as_str);
        let day = match (&self.first, d.day()) {
            (Some(first), 1) => first.clone(),
            (_, n) => n.to_string(),
        };
        self.date
            .replace("{day}", &day)
            .replace("{month}", month)
            .replace("{year}", &d.year().to_string())
    }

    /// `text` as readers in `country` spell it.
    pub fn spell(&self, country: &str, text: String) -> String {
        self.spelling
            .iter()
            .filter(|s| s.region == country)
            .fold(text, |t, s| t.replace(&s.from, &s.to))
    }
}

/// How far a source can be trusted, as marked in the research notes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Reliability {
    /// Authority, court, statute or the company itself.
    Primary,
    /// Major press, consumer organisation, law firm.
    Secondary,
    /// Blog, forum or copy of a page: a hint only.
    Weak,
    /// One of the press articles collected for the project (2024–2025), address not recorded.
    Seed,
    /// A person opened the live app or website on `date` and saw what the title says. The only
    /// evidence for a record's `live_checked` date.
    LiveCheck,
}

/// Where a fact comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Short id used by the facts of this record to cite the source (`sources = ["vz"]`).
    pub id: String,
    /// The public address; absent only for `reliability = "seed"` (an article in the project's
    /// collection whose address was not recorded).
    pub url: Option<String>,
    pub title: String,
    /// Date the source was published or last updated; absent when the page has no date.
    pub date: Option<Date>,
    pub reliability: Reliability,
}

/// How sure we are of a fact that people act on (a link, a click path, a form).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// Backed by a primary source or two independent secondary ones.
    #[default]
    Confirmed,
    /// Reported by sources, but not confirmed: the UI says "please check".
    Reported,
    /// Could not be confirmed at all: the UI warns clearly.
    Unverified,
}

/// What a person can do against AI training on a platform.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum OptOutKind {
    /// A GDPR objection form run by the platform.
    ObjectionForm,
    /// A switch in the account settings.
    Setting,
    /// Only an administrator can opt out, by e-mail (Slack).
    AdminEmail,
    /// No opt-out: a formal Art. 21 letter, deletion, making content private.
    None,
}

/// Who a platform entry is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// People with an account on the platform.
    #[default]
    Account,
    /// People without an account whose data others posted.
    NoAccount,
}

/// Where a way to the form or setting is taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Device {
    Web,
    /// The mobile app where iOS and Android look the same.
    App,
    Ios,
    Android,
    Email,
}

/// One way to reach the opt-out: numbered steps, the direct link, a fallback link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Route {
    pub device: Device,
    /// A heading of its own where two ways use the same device ("In OpenAI's privacy portal"
    /// beside "In the browser"); without it the device names the way.
    #[serde(default)]
    pub title: Option<Text>,
    /// The direct link to the form or setting, if there is one.
    pub link: Option<String>,
    /// A more stable page to start from when the direct link is known to change.
    pub fallback_link: Option<String>,
    /// The steps; labels seen on screen are quoted with the quotation marks of the text's language.
    pub steps: Vec<Text>,
    /// For a route with a direct link: the one thing to do once it is open ("Switch off
    /// ‘Help improve Claude’."). The plan shows it instead of all the steps.
    #[serde(default)]
    pub action: Option<Text>,
    pub confidence: Confidence,
    /// Ids of this record's sources that back these steps.
    pub sources: Vec<String>,
}

/// What the letter engine puts into a form field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum FieldFill {
    /// The person's full name.
    Name,
    /// The e-mail address of the account.
    Email,
    /// The account's user name or profile link.
    Username,
    /// The person's country of residence.
    Country,
    /// The reasons from the person's particular situation (Art. 21(1) GDPR).
    Reason,
    /// A short request text: what exactly is objected to.
    Request,
    /// A choice on the form; the field's `choice` says what to pick.
    Choice,
}

/// One field of a platform's form, so that exactly these fields are filled.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FormField {
    pub label: Text,
    pub fill: FieldFill,
    pub required: bool,
    /// Character limit of the field, where known.
    pub max_chars: Option<u32>,
    /// For `fill = "choice"`: the option to select, as shown on screen.
    pub choice: Option<Text>,
}

/// The platform's own form, if it has one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Form {
    pub fields: Vec<FormField>,
    pub confidence: Confidence,
    pub sources: Vec<String>,
}

/// A date that matters for the platform (announcement, start of training, "object before").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct KeyDate {
    pub date: Date,
    pub kind: KeyDateKind,
    pub label: Text,
    pub sources: Vec<String>,
    /// Countries (ISO 3166 codes, `GB`) this date is about, where they have a timeline of their
    /// own. Empty: everywhere else. A person in a country that some date names sees only that
    /// country's dates ([`Platform::key_dates_for`]).
    #[serde(default)]
    pub regions: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum KeyDateKind {
    Announced,
    /// Training on user data started (or starts) on this date.
    TrainingStart,
    /// Objections received before this date also protect earlier content.
    ObjectBefore,
    Paused,
    Other,
}

/// A sentence of advice with its sources.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub text: Text,
    pub sources: Vec<String>,
}

/// A known problem and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Problem {
    pub title: Text,
    pub fix: Text,
    pub sources: Vec<String>,
}

/// Something else that protects a person besides objecting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Protection {
    pub title: Text,
    pub how: Text,
    /// What this does not undo; always said, so nobody feels safer than they are.
    pub limits: Text,
    pub sources: Vec<String>,
}

/// A platform (or a route on a platform, like Meta's for people without an account).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Platform {
    /// The file name without `.toml`; filled in by the loader, never written in the file.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub id: String,
    pub name: Text,
    /// How letters name the service when `name` does not fit into a sentence
    /// (e.g. "Facebook und Instagram" for Meta's route for people without an account).
    #[serde(default)]
    pub letter_name: Option<Text>,
    pub audience: Audience,
    /// Position in the list of services (1 = first); ties are ordered by id.
    #[serde(default)]
    pub rank: u16,
    /// The group of companies behind the service ("Meta"), so that the start page can put its
    /// services together; services alone in their group are listed with the others.
    #[serde(default)]
    pub company: Option<String>,
    /// Id of the controller in `data/controllers/`: the company responsible for people in the
    /// EU/EEA, and everywhere no `controller_for` entry says otherwise.
    pub controller: String,
    /// Id of the controller's representative in the EU (Art. 27 GDPR), in `data/controllers/`,
    /// when the controller has no establishment there.
    #[serde(default)]
    pub representative: Option<String>,
    /// Another controller (and representative) for some regions, e.g. the UK.
    #[serde(default)]
    pub controller_for: Vec<RegionalController>,
    /// Accounts of one Meta "Accounts Center" share one objection.
    pub accounts_center: bool,
    pub opt_out: OptOutKind,
    /// What of a person's data is used for AI training.
    pub data_used: Text,
    /// Whether an objection only protects what is used from now on.
    pub future_only: bool,
    /// What the company needs to find an account, where it is not a user name (WhatsApp: the
    /// phone number). Asked on the details step and named so in letters.
    #[serde(default)]
    pub account_label: Option<Text>,
    /// A note for the accounts of this service on the details step (Facebook: pages cannot
    /// object themselves).
    #[serde(default)]
    pub accounts_note: Option<Note>,
    /// Send the letter as well as using the form, because the form may not cover everything
    /// (Meta's form for people without an account). The plan then shows both.
    #[serde(default)]
    pub also_letter: bool,
    /// Whether the service trains on people's data today, where the key dates cannot say it
    /// (no known start date, a pause). Without it, the dates decide.
    #[serde(default)]
    pub training: Option<Training>,
    pub key_dates: Vec<KeyDate>,
    pub routes: Vec<Route>,
    pub form: Option<Form>,
    /// What happens after submitting: confirmation, usual delay.
    pub after: Text,
    pub problems: Vec<Problem>,
    pub protections: Vec<Protection>,
    /// Services that do not train on users' data, as facts (no ads).
    pub alternatives: Vec<Text>,
    /// What changed for people, newest first.
    #[serde(default)]
    pub changes: Vec<Change>,
    /// The public policy documents this record relies on, as tracked by Open Terms Archive.
    /// For editors' tools only: the browser files leave it out.
    #[serde(default)]
    pub watch: Vec<Watched>,
    #[serde(default)]
    pub sources: Vec<Source>,
    /// When a person last checked the record in the live app or on the website. Only with a
    /// source of `reliability = "live-check"` from that day.
    #[serde(default)]
    pub live_checked: Option<Date>,
    /// The newest date among the sources (live checks aside). Computed by the loader, never
    /// written in the file.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub sources_dated: Option<Date>,
}

/// A different controller for some regions of residence (the UK, for most platforms).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RegionalController {
    /// Region codes (countries) this entry applies to; a German state counts as Germany.
    pub regions: Vec<String>,
    /// Id of the controller in `data/controllers/`.
    pub controller: String,
    /// Id of the representative there (Art. 27 UK GDPR / GDPR), if the controller has one.
    #[serde(default)]
    pub representative: Option<String>,
    pub sources: Vec<String>,
}

/// One dated change that matters to people ("Meta changed the form link").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Change {
    pub date: Date,
    pub text: Text,
    pub sources: Vec<String>,
}

/// The Open Terms Archive collections whose versions repositories the policy watch reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Archive {
    /// `OpenTermsArchive/pga-versions`: large platforms.
    PgaVersions,
    /// `OpenTermsArchive/genai-eu-versions`: generative AI services, EU versions.
    GenaiEuVersions,
}

impl Archive {
    pub const ALL: [Archive; 2] = [Archive::PgaVersions, Archive::GenaiEuVersions];

    /// The repository name, as in `OpenTermsArchive/<name>`.
    pub fn repo(self) -> &'static str {
        match self {
            Archive::PgaVersions => "pga-versions",
            Archive::GenaiEuVersions => "genai-eu-versions",
        }
    }
}

/// A policy document as Open Terms Archive tracks it: `<service>/<document>.md` in the
/// collection's versions repository, and the version this record was checked against.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Watched {
    pub archive: Archive,
    /// The service's folder name in the archive, e.g. `Facebook`, `Claude.ai`.
    pub service: String,
    /// The document type, e.g. `Privacy Policy`, `Terms of Service`.
    pub document: String,
    /// The day the archive recorded the version this record was checked against.
    pub version: Date,
}

impl Watched {
    /// The file inside the versions repository.
    pub fn path(&self) -> String {
        format!("{}/{}.md", self.service, self.document)
    }
}

/// What the data says about training today, where the key dates alone cannot say it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Training {
    /// Trains on users' data unless they object or switch it off (start date unknown).
    DefaultOn,
    /// Training was started or announced and is paused now.
    Paused,
    /// The service says it does not train on this data now; the opt-out exists for later.
    NotNow,
    /// Not known whether it trains on data of people in Europe.
    Unclear,
}

/// Where a platform stands today, from its key dates and `training`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Training started on this date; an objection now protects what is posted from now on.
    TrainingSince(Date),
    /// Trains on users' data now; the data knows no start date.
    TrainingNow,
    /// Training starts on this date; objecting before it also protects older content.
    Starts(Date),
    Paused,
    NotNow,
    /// The data cannot say whether it trains on data of people in Europe.
    Unknown,
}

impl Platform {
    pub(crate) fn letter_name(&self, lang: Lang) -> &str {
        self.letter_name.as_ref().unwrap_or(&self.name).get(lang)
    }

    /// The dates that matter for a person living in `region` (a country or a German state):
    /// those of their country where some date names it, else the general ones.
    pub fn key_dates_for<'a>(&'a self, region: &'a str) -> impl Iterator<Item = &'a KeyDate> {
        let country = region.split('-').next().unwrap_or(region);
        let own = !country.is_empty()
            && self
                .key_dates
                .iter()
                .any(|k| k.regions.iter().any(|r| r == country));
        self.key_dates.iter().filter(move |k| {
            if own {
                k.regions.iter().any(|r| r == country)
            } else {
                k.regions.is_empty()
            }
        })
    }

    /// Whether the platform trains on data of a person living in `region`, as of `today`.
    pub fn status(&self, today: Date, region: &str) -> Status {
        let start = self
            .key_dates_for(region)
            .find(|k| k.kind == KeyDateKind::TrainingStart)
            .map(|k| k.date);
        match (self.training, start) {
            (Some(Training::Paused), _) => Status::Paused,
            (Some(Training::NotNow), _) => Status::NotNow,
            (Some(Training::Unclear), _) => Status::Unknown,
            (_, Some(d)) if d <= today => Status::TrainingSince(d),
            (_, Some(d)) => Status::Starts(d),
            (Some(Training::DefaultOn), None) => Status::TrainingNow,
            (None, None) => Status::Unknown,
        }
    }
}

/// A company that decides about the processing (GDPR "controller").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Controller {
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub id: String,
    pub name: String,
    /// Postal address, one line per entry, without the country.
    pub address: Vec<String>,
    /// ISO 3166 code of the address's country: letters write its name in their language, and
    /// leave it out when the person lives there too.
    #[serde(default)]
    pub country: Option<String>,
    /// Privacy e-mail address, if the company has one.
    pub email: Option<String>,
    /// Id of the lead supervisory authority (Art. 56 GDPR) in `data/authorities/`; absent when
    /// the company has no establishment in the EU (then the authority of the person's residence
    /// handles a complaint on its own).
    pub lead_authority: Option<String>,
    /// ISO 3166 country code of the main establishment (`IE`, or `US` outside Europe).
    pub seat: String,
    /// How sure the address is; "reported" or "unverified" makes the UI say "please check".
    #[serde(default)]
    pub confidence: Confidence,
    /// The public policy documents this record relies on (see [`Platform::watch`]).
    #[serde(default)]
    pub watch: Vec<Watched>,
    #[serde(default)]
    pub sources: Vec<Source>,
    /// See [`Platform::live_checked`].
    #[serde(default)]
    pub live_checked: Option<Date>,
    /// See [`Platform::sources_dated`].
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub sources_dated: Option<Date>,
}

/// Which kind of bodies an authority supervises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Sector {
    /// Companies (and usually public bodies too).
    All,
    /// Companies only (Bavaria's BayLDA).
    Private,
    /// Public bodies only (Bavaria's BayLfD): never the one for a complaint about a platform.
    Public,
    /// Federal bodies, telecom and postal services (Germany's BfDI).
    Federal,
}

/// A data protection supervisory authority.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Authority {
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub id: String,
    /// Name in the local language.
    pub name: String,
    pub name_en: String,
    /// The official name in each language it has one (only those: not every language of the
    /// tool). Letters in another language write "name_en (name)".
    pub names: Text,
    pub short: String,
    /// Region codes it covers (`DE-BY`, `AT`, ...).
    pub covers: Vec<String>,
    pub sector: Sector,
    pub website: String,
    /// Postal address, one line per entry, without the country.
    pub address: Vec<String>,
    /// See [`Controller::country`].
    #[serde(default)]
    pub country: Option<String>,
    pub email: Option<String>,
    pub complaint_form: Option<String>,
    /// The languages it accepts complaints in (ISO 639-1 codes), as its sources say; empty when
    /// no source says. A complaint is written in one of them ([`crate::plan::complaint_language`]).
    #[serde(default)]
    pub complaint_languages: Vec<String>,
    /// How a complaint works there, when it differs from the usual (Switzerland, UK).
    pub note: Option<Text>,
    /// How sure the address and links are.
    #[serde(default)]
    pub confidence: Confidence,
    #[serde(default)]
    pub sources: Vec<Source>,
    /// See [`Platform::live_checked`].
    #[serde(default)]
    pub live_checked: Option<Date>,
    /// See [`Platform::sources_dated`].
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub sources_dated: Option<Date>,
}

/// The legal system that applies to a person's residence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Law {
    /// EU/EEA: GDPR.
    Gdpr,
    /// Switzerland: revised Federal Act on Data Protection, plus GDPR where the controller is in the EU.
    Ch,
    /// United Kingdom: UK GDPR and Data Protection Act 2018.
    Uk,
}

/// A country or, in Germany, a federal state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// ISO 3166 code: `DE`, `AT`, `DE-BY`.
    pub code: String,
    pub name: Text,
    pub law: Law,
    /// Set for states: the country they belong to.
    pub parent: Option<String>,
}

/// A country that is a company's seat but not a place of residence here (`data/countries.toml`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub code: String,
    pub name: Text,
}

impl Authority {
    /// The name for a letter in `lang`: its official name in that language, else the English
    /// name with the local one in brackets, so that the reader of any language can place it.
    pub fn name_in(&self, lang: Lang) -> String {
        let own = self.names.get(lang);
        if !own.is_empty() {
            own.to_string()
        } else if self.name == self.name_en || self.names.get(Lang::EN) == self.name_en {
            self.name_en.clone()
        } else {
            format!("{} ({})", self.name_en, self.name)
        }
    }

    /// The name on an envelope: the official name in `lang`, else the English one.
    pub fn postal_name(&self, lang: Lang) -> &str {
        let own = self.names.get(lang);
        if own.is_empty() {
            &self.name_en
        } else {
            own
        }
    }
}

/// A "particular situation" reason (Art. 21(1) GDPR) a person can choose.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Reason {
    pub id: String,
    /// The choice as a person sees it, in plain language.
    pub label: Text,
    /// One line that explains the choice below the label.
    pub hint: Text,
    /// One sentence for form fields with a character limit.
    pub short: Text,
    /// The paragraph it contributes to a letter. Like a template it may use `{if uk}…{end}`
    /// and the other conditions and placeholders (see data/README.md).
    pub paragraph: Text,
    /// Only makes sense for people with an account ("my posts …"); left out of the letters for
    /// people without one.
    #[serde(default)]
    pub accounts_only: bool,
    /// `short` and `paragraph` parsed, per language: made when the data is read (never written
    /// in the file), so the browser carries no template parser.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub parsed: Vec<ParsedReason>,
}

/// A reason's texts of one language as template pieces.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParsedReason {
    pub lang: Lang,
    pub short: Vec<crate::template::Segment>,
    pub paragraph: Vec<crate::template::Segment>,
}
