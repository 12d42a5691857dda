//! Reads the browser's data files and the saved state. Both are written with postcard (through
//! serde: `Catalog::to_bytes` at build time, `saved::encode_saved` in the browser); the browser
//! reads them with this small hand-written reader of the same format, because serde's generated
//! reading code made the wasm 11 KB (gzip) larger (issue 15's note has the figures).
//!
//! The format (postcard 1.x): integers wider than a byte as LEB128 varints (signed ones zigzag),
//! `u8` and `bool` as one byte, strings and sequences as a varint length and their items, `Option`
//! as a byte 0 or 1 before the value, structs as their fields in declaration order, enums as the
//! variant's index (a varint) before its fields.
//!
//! A field added to a struct below without being listed here fails to compile; fields listed in
//! another order than the struct declares them fail the round trip of the real data in the tests.

use crate::catalog::{Catalog, TemplateEntry, TemplateKind, Words};
use crate::date::Date;
use crate::letters::{Account, Person};
use crate::model::{
    Archive, Audience, Authority, Change, Confidence, Controller, Country, Device, FieldFill, Form,
    FormField, KeyDate, KeyDateKind, Lang, Language, Law, Note, OptOutKind, ParsedReason, Platform,
    Problem, Protection, Reason, Region, RegionalController, Reliability, Route, Sector, Source,
    Spelling, Text, Training, Watched,
};
use crate::replies::{Kind, KindId, Replies, Rule};
use crate::state::{ActionKind, Done, State, Step};
use crate::template::{Cond, Segment, Template, Var};

/// The bytes not read yet, and whether something could not be read. Reading never stops
/// early: after a fault every value reads as empty and the fault is reported at the end. (Stopping
/// at the first fault, with `?` after each field, made the code that frees the fields read so
/// far several times larger than the reading itself.)
pub struct Reader<'a> {
    bytes: &'a [u8],
    failed: bool,
}

impl<'a> Reader<'a> {
    fn fail(&mut self) {
        self.failed = true;
        self.bytes = &[];
    }

    fn byte(&mut self) -> u8 {
        match self.bytes.split_first() {
            Some((&b, rest)) => {
                self.bytes = rest;
                b
            }
            None => {
                self.fail();
                0
            }
        }
    }

    /// A LEB128 varint of at most 64 bits (a tenth byte may only carry the top bit).
    fn varint(&mut self) -> u64 {
        let mut value = 0_u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte();
            if shift == 63 && b > 1 {
                break;
            }
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return value;
            }
        }
        self.fail();
        0
    }

    /// `bool` and the mark before an `Option`'s value: one byte, 0 or 1.
    fn flag(&mut self) -> bool {
        match self.byte() {
            0 => false,
            1 => true,
            _ => {
                self.fail();
                false
            }
        }
    }

    /// A length: never more than the bytes left (every item takes at least one byte).
    fn len(&mut self) -> usize {
        match usize::try_from(self.varint()) {
            Ok(n) if n <= self.bytes.len() => n,
            _ => {
                self.fail();
                0
            }
        }
    }

    /// An index into `items` (an enum's variant).
    pub(crate) fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        let i = usize::try_from(self.varint()).unwrap_or(usize::MAX);
        items.get(i).copied().unwrap_or_else(|| {
            self.fail();
            items[0]
        })
    }

    fn str(&mut self) -> &'a str {
        let n = self.len();
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        core::str::from_utf8(head).unwrap_or_else(|_| {
            self.fail();
            ""
        })
    }
}

/// A value that can be read from the data files.
pub trait Decode {
    fn decode(r: &mut Reader<'_>) -> Self;
}

/// Reads a whole file: `None` if it is damaged or has bytes left over.
pub fn from_bytes<T: Decode>(bytes: &[u8]) -> Option<T> {
    let mut r = Reader {
        bytes,
        failed: false,
    };
    let value = T::decode(&mut r);
    (!r.failed && r.bytes.is_empty()).then_some(value)
}

impl Decode for bool {
    fn decode(r: &mut Reader<'_>) -> bool {
        r.flag()
    }
}

impl Decode for u16 {
    fn decode(r: &mut Reader<'_>) -> u16 {
        u16::try_from(r.varint()).unwrap_or_else(|_| {
            r.fail();
            0
        })
    }
}

impl Decode for u32 {
    fn decode(r: &mut Reader<'_>) -> u32 {
        u32::try_from(r.varint()).unwrap_or_else(|_| {
            r.fail();
            0
        })
    }
}

impl Decode for String {
    fn decode(r: &mut Reader<'_>) -> String {
        r.str().to_string()
    }
}

impl<T: Decode> Decode for Option<T> {
    fn decode(r: &mut Reader<'_>) -> Option<T> {
        r.flag().then(|| T::decode(r))
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn decode(r: &mut Reader<'_>) -> Vec<T> {
        let n = r.len();
        // Reserved as the items arrive beyond the first few: a damaged length (up to the bytes
        // left) must not reserve memory for that many large items at once.
        let mut items = Vec::with_capacity(n.min(16));
        for _ in 0..n {
            items.push(T::decode(r));
        }
        items
    }
}

impl<A: Decode, B: Decode> Decode for (A, B) {
    fn decode(r: &mut Reader<'_>) -> (A, B) {
        (A::decode(r), B::decode(r))
    }
}

/// Written as its code (`"de"`).
impl Decode for Lang {
    fn decode(r: &mut Reader<'_>) -> Lang {
        Lang::from_code(r.str()).unwrap_or_else(|| {
            r.fail();
            Lang::DE
        })
    }
}

/// Written as `YYYY-MM-DD`.
impl Decode for Date {
    fn decode(r: &mut Reader<'_>) -> Date {
        Date::parse(r.str()).unwrap_or_else(|| {
            r.fail();
            Date::UNREAD
        })
    }
}

impl Decode for Text {
    fn decode(r: &mut Reader<'_>) -> Text {
        Text(Vec::decode(r))
    }
}

impl Decode for Segment {
    fn decode(r: &mut Reader<'_>) -> Segment {
        match r.pick(&[0, 1, 2]) {
            0 => Segment::Text(String::decode(r)),
            1 => Segment::Var(Var::decode(r)),
            _ => Segment::If {
                cond: Cond::decode(r),
                negate: bool::decode(r),
                body: Vec::decode(r),
            },
        }
    }
}

impl Decode for ActionKind {
    fn decode(r: &mut Reader<'_>) -> ActionKind {
        use ActionKind::*;
        // `Answer` carries the kind of answer; the variant numbers are checked in the tests.
        match r.pick(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) {
            0 => Setting,
            1 => Form,
            2 => Objection,
            3 => WorkspaceRequest,
            4 => Reminder,
            5 => RefusalReply,
            6 => Access,
            7 => Complaint,
            8 => Answer(KindId::decode(r)),
            _ => Reply,
        }
    }
}

/// Structs: their fields in declaration order; after `;` fields the files never carry.
macro_rules! structs {
    ($($ty:ident { $($field:ident),* $(; $($skipped:ident),*)? })*) => {$(
        impl Decode for $ty {
            // Out of line: inlined into each other they cost 0.8 KB more (gzip).
            #[inline(never)]
            fn decode(r: &mut Reader<'_>) -> $ty {
                // Fields of a struct expression are evaluated in the order written.
                $ty { $($field: Decode::decode(r),)* $($($skipped: Default::default(),)*)? }
            }
        }
    )*};
}

structs! {
    Catalog { languages, platforms, controllers, authorities, regions, countries, reasons, templates, words, ui, replies; pages }
    Language { code, name, months, date, first, spelling }
    Spelling { region, from, to }
    Source { id, url, title, date, reliability }
    Route { device, title, link, fallback_link, steps, action, confidence, sources }
    FormField { label, fill, required, max_chars, choice }
    Form { fields, confidence, sources }
    KeyDate { date, kind, label, sources, regions }
    Note { text, sources }
    Problem { title, fix, sources }
    Protection { title, how, limits, sources }
    Platform {
        id, name, letter_name, audience, rank, company, controller, representative,
        controller_for, accounts_center, opt_out, data_used, future_only, account_label,
        accounts_note, also_letter, training, key_dates, routes, form, after, problems,
        protections, alternatives, changes, watch, sources, live_checked, sources_dated
    }
    RegionalController { regions, controller, representative, sources }
    Change { date, text, sources }
    Watched { archive, service, document, version }
    Controller {
        id, name, address, country, email, lead_authority, seat, confidence, watch, sources,
        live_checked, sources_dated
    }
    Authority {
        id, name, name_en, names, short, covers, sector, website, address, country, email,
        complaint_form, complaint_languages, note, confidence, sources, live_checked,
        sources_dated
    }
    Region { code, name, law, parent }
    Country { code, name }
    Reason { id, label, hint, short, paragraph, accounts_only, parsed }
    ParsedReason { lang, short, paragraph }
    TemplateEntry { lang, kind, template }
    Template { subject, body }
    Words {
        lang, missing_name, missing_address, missing_email, missing_residence, missing_sent_on,
        missing_authority, missing_workspace, missing_account, account, user_label,
        workspace_account, no_account, workspace_owner, date_line
    }
    Replies { kinds, rules, sources }
    Kind { id, label, meaning, law, next_step }
    Rule { kind, lang, phrases, sources }
    State { lang, step, selected, accounts, person, done, remember, next_id, company_lang }
    Person { name, address, email, region, reasons, situation, post_links }
    Account { id, platform, username, email, own_email, linked }
    Done { platform, account, action, date }
}
pub(crate) use structs;

/// Enums without fields: the variant's index. Listed in declaration order; a missing variant
/// fails to compile (the `match`), the order is checked against postcard in the tests.
macro_rules! unit_enums {
    ($($ty:ident { $($var:ident),* })*) => {
        $(impl Decode for $ty {
            fn decode(r: &mut Reader<'_>) -> $ty {
                let _every_variant_listed = |v: $ty| match v { $($ty::$var => ()),* };
                r.pick(&[$($ty::$var),*])
            }
        })*

        #[cfg(test)]
        #[test]
        fn variants_are_numbered_as_postcard_writes_them() {
            $(for (i, v) in [$($ty::$var),*].iter().enumerate() {
                assert_eq!(postcard::to_allocvec(v).unwrap(), vec![u8::try_from(i).unwrap()], "{v:?}");
            })*
        }
    };
}

unit_enums! {
    Reliability { Primary, Secondary, Weak, Seed, LiveCheck }
    Confidence { Confirmed, Reported, Unverified }
    OptOutKind { ObjectionForm, Setting, AdminEmail, None }
    Audience { Account, NoAccount }
    Device { Web, App, Ios, Android, Email }
    FieldFill { Name, Email, Username, Country, Reason, Request, Choice }
    KeyDateKind { Announced, TrainingStart, ObjectBefore, Paused, Other }
    Archive { PgaVersions, GenaiEuVersions }
    Training { DefaultOn, Paused, NotNow, Unclear }
    Sector { All, Private, Public, Federal }
    Law { Gdpr, Ch, Uk }
    KindId {
        Refused, NotThisService, UseForm, IdentityRequested, ConfirmedNarrower, FutureOnly,
        Confirmed, AutoReceipt
    }
    Step { Start, About, Plan, Done, Privacy, Changes }
}
pub(crate) use unit_enums;

/// The enums whose variants a macro already lists (`ALL`, in declaration order).
macro_rules! listed_enums {
    ($($ty:ident)*) => {$(
        impl Decode for $ty {
            fn decode(r: &mut Reader<'_>) -> $ty {
                r.pick($ty::ALL)
            }
        }
    )*};
}

listed_enums! { TemplateKind Var Cond }

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_enums_are_numbered_as_postcard_writes_them() {
        let index = |bytes: Vec<u8>| from_bytes::<u32>(&bytes);
        for (i, k) in TemplateKind::ALL.iter().enumerate() {
            assert_eq!(
                index(postcard::to_allocvec(k).unwrap()),
                u32::try_from(i).ok()
            );
        }
        for (i, v) in Var::ALL.iter().enumerate() {
            assert_eq!(
                index(postcard::to_allocvec(v).unwrap()),
                u32::try_from(i).ok()
            );
        }
        for (i, c) in Cond::ALL.iter().enumerate() {
            assert_eq!(
                index(postcard::to_allocvec(c).unwrap()),
                u32::try_from(i).ok()
            );
        }
    }

    #[test]
    fn every_action_reads_as_postcard_writes_it() {
        use ActionKind::*;
        let all = [
            Setting,
            Form,
            Objection,
            WorkspaceRequest,
            Reminder,
            RefusalReply,
            Access,
            Complaint,
            Answer(KindId::Refused),
            Answer(KindId::AutoReceipt),
            Reply,
        ];
        // A new variant must be added here and to the reader.
        let _every_variant_listed = |a: ActionKind| match a {
            Setting | Form | Objection | WorkspaceRequest | Reminder | RefusalReply | Access
            | Complaint | Answer(_) | Reply => (),
        };
        for a in all {
            assert_eq!(
                from_bytes(&postcard::to_allocvec(&a).unwrap()),
                Some(a),
                "{a:?}"
            );
        }
    }

    #[test]
    fn integers_strings_and_options_read_as_postcard_writes_them() {
        for n in [0_u32, 1, 127, 128, 300, 16_384, u32::MAX] {
            assert_eq!(
                from_bytes::<u32>(&postcard::to_allocvec(&n).unwrap()),
                Some(n)
            );
        }
        for s in ["", "ä", "Grüße, «Zoë» 😀", &"x".repeat(300)] {
            let s = s.to_string();
            assert_eq!(
                from_bytes::<String>(&postcard::to_allocvec(&s).unwrap()),
                Some(s)
            );
        }
        let v: Vec<Option<(u16, bool)>> = vec![None, Some((7, true)), Some((65_535, false))];
        assert_eq!(from_bytes(&postcard::to_allocvec(&v).unwrap()), Some(v));
    }

    /// The real data, whole and as the browser gets it in every language, reads back exactly as
    /// serde's reader reads it (a field listed out of order would differ here).
    #[cfg(feature = "toml")]
    #[test]
    fn the_real_data_reads_back_as_written() {
        let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
        let (catalog, _) = crate::load::load_dir(&data);
        assert!(!catalog.platforms.is_empty() && !catalog.templates.is_empty());
        let mut files = vec![postcard::to_allocvec(&catalog).unwrap()];
        for lang in catalog.languages.iter().map(|l| l.code) {
            files.extend(catalog.browser_files(lang).map(|(_, bytes)| bytes));
        }
        for bytes in files {
            let by_serde: Catalog = postcard::from_bytes(&bytes).unwrap();
            assert!(by_serde.platforms.iter().all(|p| !p.id.is_empty()));
            assert_eq!(from_bytes::<Catalog>(&bytes), Some(by_serde));
        }
        // The whole catalogue, editors' fields included, survives the round trip (but for the
        // static pages' words, which the browser never gets).
        let mut whole = catalog.clone();
        whole.pages.clear();
        assert_eq!(
            from_bytes(&postcard::to_allocvec(&catalog).unwrap()),
            Some(whole)
        );
    }

    #[test]
    fn damaged_bytes_are_refused_without_panic() {
        // Too long a length, an unfinished varint, an unknown variant, bad UTF-8, bytes left over.
        for bytes in [
            &[0xff, 0xff, 0xff, 0x0f][..],
            &[0x80],
            &[9],
            &[2, 0xc3, 0x28],
            &[0, 0],
        ] {
            assert_eq!(from_bytes::<String>(bytes), None, "{bytes:?}");
        }
        assert_eq!(from_bytes::<Device>(&[9]), None);
        assert_eq!(from_bytes::<Option<bool>>(&[2]), None);
        assert_eq!(from_bytes::<bool>(&[2]), None);
        // A varint longer than 64 bits, or with more than 64 bits in its tenth byte.
        assert_eq!(from_bytes::<u32>(&[0xff; 11]), None);
        let mut over = vec![0x80; 9];
        over.push(0x02);
        assert_eq!(from_bytes::<String>(&over), None);
        // A flag written as a longer varint than postcard's one byte.
        assert_eq!(from_bytes::<bool>(&[0x81, 0x00]), None);
        assert_eq!(from_bytes::<Option<bool>>(&[0x81, 0x00, 0x01]), None);
    }

    /// Every field of the saved state distinct from its neighbours, so that two fields listed in
    /// the wrong order cannot read back equal.
    #[test]
    fn a_saved_state_reads_back_field_by_field() {
        let account = |id: u32, own_email: bool, linked: bool| Account {
            id,
            platform: format!("p{id}"),
            username: format!("u{id}"),
            email: format!("e{id}@example.org"),
            own_email,
            linked,
        };
        let state = State {
            lang: Lang::from_code("fr").unwrap(),
            step: Step::Plan,
            selected: vec!["instagram".into(), "x".into()],
            accounts: vec![account(3, true, false), account(5, false, true)],
            person: Person {
                name: "N".into(),
                address: "A".into(),
                email: "E".into(),
                region: "DE-BY".into(),
                reasons: vec!["r".into()],
                situation: "S".into(),
                post_links: "L".into(),
            },
            done: vec![
                Done {
                    platform: "x".into(),
                    account: Some(5),
                    action: ActionKind::Answer(KindId::UseForm),
                    date: Date::parse("2026-12-01").unwrap(),
                },
                Done {
                    platform: "instagram".into(),
                    account: None,
                    action: ActionKind::Reminder,
                    date: Date::parse("2027-01-02").unwrap(),
                },
            ],
            remember: true,
            next_id: 7,
            company_lang: Some(Lang::EN),
        };
        let bytes = postcard::to_allocvec(&state).unwrap();
        assert_eq!(from_bytes(&bytes), Some(state));
    }
}
