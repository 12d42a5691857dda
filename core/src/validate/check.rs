//! The list of checks: each has a permanent id, a severity and the help text that
//! `data/README.md` (section 11) shows in its table, word for word (a test compares them).

use super::Severity;

macro_rules! checks {
    ($($(#[$m:meta])* $var:ident = $id:literal, $sev:ident, $help:literal;)*) => {
        /// Every kind of problem the data check can report.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Check { $($(#[$m])* $var,)* }

        impl Check {
            /// Every check, in the order of the README's table.
            pub const ALL: &'static [Check] = &[$(Check::$var,)*];

            /// The stable id printed in `error[id]`; editors search the README for it.
            pub fn id(self) -> &'static str {
                match self { $(Check::$var => $id,)* }
            }

            /// What the check means and how to fix it, for someone who does not write Rust.
            pub fn help(self) -> &'static str {
                match self { $(Check::$var => $help,)* }
            }

            /// Whether a finding stops the build; only the clock-dependent checks warn.
            pub fn severity(self) -> Severity {
                match self { $(Check::$var => Severity::$sev,)* }
            }

            pub fn from_id(id: &str) -> Option<Check> {
                match id { $($id => Some(Check::$var),)* _ => None }
            }
        }
    };
}

checks! {
    TomlSyntax = "toml-syntax", Error,
        "the file is not valid TOML (missing quote, bracket, comma)";
    UnknownField = "unknown-field", Error,
        "a field name that does not exist: typo, or a field below the wrong section (section 2); in `ui.toml` a key the interface does not use";
    MissingField = "missing-field", Error,
        "a required field is missing";
    FieldType = "field-type", Error,
        "wrong kind of value, e.g. text instead of `true`, a date not in `YYYY-MM-DD`, a value not in the allowed list";
    IdInFile = "id-in-file", Error,
        "`id = …` written in a platform, controller or authority file (the id is the file name)";
    ComputedInFile = "computed-in-file", Error,
        "`sources_dated` written in a file (it is computed from the sources)";
    IdFormat = "id-format", Error,
        "an id (file name, source id or reason id) with capitals, spaces, double hyphens …";
    IdUnique = "id-unique", Error,
        "a source id, region code, reason id, watched document or a country in `controller_for` used twice";
    FileName = "file-name", Error,
        "a file in `platforms/`, `controllers/` or `authorities/` that is not `.toml`";
    FileRead = "file-read", Error,
        "a file that cannot be read (permissions, not UTF-8)";
    FolderMissing = "folder-missing", Error,
        "the folder `platforms/`, `controllers/` or `authorities/` is missing";
    TextMissing = "text-missing", Error,
        "a text is missing or empty in one of the languages of `languages.toml`";
    TextUnknownLanguage = "text-unknown-language", Error,
        "a text in a language that `languages.toml` does not list (a typo, or a language not added yet)";
    UrlHttps = "url-https", Error,
        "a link is not a full `https://` address, or contains a space";
    EmailFormat = "email-format", Error,
        "not an e-mail address";
    Address = "address", Error,
        "an address with fewer than two lines, or an empty line";
    SourceMissing = "source-missing", Error,
        "a record without `[[sources]]`, or a fact without `sources = [...]`";
    SourceUrl = "source-url", Error,
        "a source without `url` that is neither `reliability = \"seed\"` nor `\"live-check\"`";
    SourceTitle = "source-title", Error,
        "a source without title";
    SourceRef = "source-ref", Error,
        "a fact cites a source id that is not in the file";
    SourceDate = "source-date", Error,
        "no source of the record has a `date`";
    LiveCheck = "live-check", Error,
        "`live_checked` without a `\"live-check\"` source of that day, or the other way round, or a live-check source without `date`";
    RefController = "ref-controller", Error,
        "a platform names a controller or representative with no file in `controllers/`, or the same company as both";
    RefAuthority = "ref-authority", Error,
        "a controller names an authority with no file in `authorities/`";
    RefRegion = "ref-region", Error,
        "a region code that is not in `regions.toml` (in `covers`, `parent`, `controller_for` or a key date's `regions`), or a state where a country is needed";
    SeatFormat = "seat-format", Error,
        "a controller's `seat` that is not a two-letter country code";
    RegionAuthority = "region-authority", Error,
        "a region no authority for companies covers";
    ComplaintLanguage = "complaint-language", Error,
        "an authority's `complaint_languages` entry that is not a two-letter language code";
    RouteMissing = "route-missing", Error,
        "a platform without any way (`[[routes]]`)";
    RouteSteps = "route-steps", Error,
        "a way without steps";
    RouteTitle = "route-title", Error,
        "two ways on the same device where the later one has no `title` (both would be headed alike)";
    RouteEmail = "route-email", Error,
        "an e-mail way whose address is not the one the letters use";
    FormFields = "form-fields", Error,
        "a form without fields";
    FormChoice = "form-choice", Error,
        "a `fill = \"choice\"` field without `choice`, or a `choice` on another field";
    FormLimit = "form-limit", Error,
        "`max_chars = 0`";
    ChangesOrder = "changes-order", Error,
        "`[[changes]]` not newest first";
    WatchPath = "watch-path", Error,
        "a watched `service` or `document` that cannot be a file name in the archive";
    UiMissing = "ui-missing", Error,
        "an interface text the app needs is missing from `ui.toml`";
    TemplateMissing = "template-missing", Error,
        "a template missing in one language";
    TemplateName = "template-name", Error,
        "a file in `templates/<lang>/` that is not a known template";
    TemplateParse = "template-parse", Error,
        "a mistake inside a template or a reason's `paragraph`: unknown placeholder, `{if}` without `{end}`, a lone brace";
    ReplyKind = "reply-kind", Error,
        "a kind of answer in `replies.toml` without its `[[kind]]` block of texts, or with two";
    ReplyPhrase = "reply-phrase", Error,
        "a phrase in `replies.toml` that is empty, shorter than four letters, not in lower case, given twice, or given for two kinds";
    DateFuture = "date-future", Warning,
        "a source, change, watched version or live check dated more than a day after today: a typo?";
    Stale = "stale", Warning,
        "the newest source or live check is older than 180 days (authorities: two years)";
}

impl core::fmt::Display for Check {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_round_trip() {
        for (i, c) in Check::ALL.iter().enumerate() {
            assert_eq!(Check::from_id(c.id()), Some(*c));
            assert!(crate::validate::is_id(c.id()), "{c}");
            assert!(!Check::ALL[..i].iter().any(|o| o.id() == c.id()), "{c}");
            assert!(!c.help().is_empty());
        }
    }
}
