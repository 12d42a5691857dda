//! Property tests ("fuzzing") of every parser that reads outside input: templates, the page
//! address (route and embed parameters), saved state, dates, and text cleaning. Whatever the
//! input, they return a value or an error — never a panic. Cases per property: CASES.

use kiw_core::embed::parse_query;
use kiw_core::route::parse_route;
use kiw_core::saved::{decode_saved, encode_saved};
use kiw_core::state::{reduce, Action, State};
use kiw_core::template::{parse_template, render, Cond};
use kiw_core::text::{clean, fit};
use kiw_core::Date;
use proptest::prelude::*;

const CASES: u32 = 5_000;

/// Strings biased towards the characters the parsers treat specially.
fn tricky() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[{}#/&=%?!a-z0-9 \n\\-]{0,80}",
        "(\\{(if |end|name|!|ch|grounds)?\\}?|[a-z ]|\n){0,40}",
        "kiw1:[0-9a-f]{0,200}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, ..ProptestConfig::default() })]

    #[test]
    fn templates_parse_or_fail_cleanly(src in tricky()) {
        if let Ok(t) = parse_template(&src) {
            let _ = render(&t.body, &|v| v.name().to_string(), &|c| c == Cond::Eu);
        }
    }

    #[test]
    fn routes_never_panic(hash in tricky()) {
        let (route, _) = parse_route(&hash);
        if let Some(r) = route {
            prop_assert!(r.platform.iter().all(|p| kiw_core::validate::is_id(p)));
        }
    }

    #[test]
    fn embed_parameters_never_panic(query in tricky()) {
        let (e, notes) = parse_query(&query, &|id| id == "facebook");
        prop_assert!(e.services.iter().all(|s| s == "facebook"));
        prop_assert!(notes.iter().all(|n| !n.contains('<') && n.len() < 200));
    }

    #[test]
    fn saved_state_never_panics(saved in tricky(), bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let _ = decode_saved(&saved);
        let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        let _ = decode_saved(&format!("kiw1:{hex}"));
        let _ = decode_saved(&format!("kiw2:{hex}"));
    }

    #[test]
    fn saved_state_round_trips(name in any::<String>(), situation in any::<String>(), n in 0usize..5) {
        let mut s = State::default();
        for i in 0..n {
            s = reduce(s, Action::Toggle(format!("svc-{i}")));
        }
        s = reduce(s, Action::EditPerson(kiw_core::state::PersonField::Name, name));
        s = reduce(s, Action::EditPerson(kiw_core::state::PersonField::Situation, situation));
        prop_assert_eq!(decode_saved(&encode_saved(&s)), Ok(s));
    }

    #[test]
    fn dates_parse_or_fail_cleanly(s in "[0-9-]{0,12}") {
        if let Some(d) = Date::parse(&s) {
            prop_assert_eq!(Date::parse(&d.to_string()), Some(d));
            let _ = d.add_months(1);
        }
    }

    #[test]
    fn cleaning_and_fitting_never_panic(s in any::<String>(), max in 0u32..500) {
        let c = clean(&s, true);
        prop_assert!(!c.contains('<') && !c.contains('\u{202E}'), "unsafe characters kept");
        let (f, _) = fit(&c, Some(max));
        prop_assert!(f.chars().count() <= max as usize);
    }
}
