//! The address bar: `#/de/plan/facebook` is a language, a step and optionally a service. Only
//! ids ever go there, never anything a person typed.

use crate::model::Lang;
use crate::state::Step;

/// A route in the address bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub lang: Lang,
    pub step: Step,
    pub platform: Option<String>,
}

impl Step {
    pub fn slug(self) -> &'static str {
        match self {
            Step::Start => "start",
            Step::About => "details",
            Step::Plan => "plan",
            Step::Done => "done",
            Step::Privacy => "privacy",
            Step::Changes => "changes",
        }
    }

    /// Reads a slug; the German slugs of earlier versions still lead to the matching step, so
    /// links in published articles keep working.
    pub fn from_slug(s: &str) -> Option<Step> {
        Some(match s {
            "start" => Step::Start,
            "details" | "konten" | "situation" => Step::About,
            "plan" => Step::Plan,
            "done" | "nachweis" => Step::Done,
            "privacy" | "datenschutz" => Step::Privacy,
            "changes" => Step::Changes,
            _ => return None,
        })
    }
}

/// Reads a route as [`parse_route`] does, and ignores one in a language the tool does not have
/// (`available`): an old link or a typo must not leave a person without texts.
pub fn parse_route_in(hash: &str, available: &[Lang]) -> (Option<Route>, Vec<String>) {
    let (route, mut notes) = parse_route(hash);
    match route {
        Some(r) if !available.contains(&r.lang) => {
            notes.push("a language this build does not offer: route ignored".into());
            (None, notes)
        }
        other => (other, notes),
    }
}

/// Reads `#/de/plan/facebook`. Unknown parts are ignored (with the reason, for the console).
pub fn parse_route(hash: &str) -> (Option<Route>, Vec<String>) {
    let mut notes = Vec::new();
    let path = hash.trim_start_matches('#').trim_start_matches('/');
    if path.is_empty() {
        return (None, notes);
    }
    if path.len() > 200 {
        notes.push("route too long, ignored".into());
        return (None, notes);
    }
    let mut parts = path.split('/');
    let lang = match parts.next().and_then(Lang::from_code) {
        Some(l) => l,
        None => {
            notes.push("unknown language in route, ignored".into());
            return (None, notes);
        }
    };
    let step = match parts.next() {
        None | Some("") => Step::Start,
        Some(s) => Step::from_slug(s).unwrap_or_else(|| {
            notes.push("unknown step in route, showing the start".into());
            Step::Start
        }),
    };
    let platform = parts
        .next()
        .filter(|p| crate::validate::is_id(p))
        .map(str::to_string);
    (
        Some(Route {
            lang,
            step,
            platform,
        }),
        notes,
    )
}

pub fn route_hash(lang: Lang, step: Step, platform: Option<&str>) -> String {
    match platform {
        Some(p) => format!("#/{}/{}/{}", lang.code(), step.slug(), p),
        None => format!("#/{}/{}", lang.code(), step.slug()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_parse_and_ignore_nonsense() {
        let (r, _) = parse_route("#/en/plan/facebook");
        assert_eq!(
            r,
            Some(Route {
                lang: Lang::EN,
                step: Step::Plan,
                platform: Some("facebook".into())
            })
        );
        let (r, notes) = parse_route("#/de/<script>");
        assert_eq!(r.map(|r| r.step), Some(Step::Start));
        assert_eq!(notes.len(), 1);
        assert_eq!(parse_route("#/x1/plan").0, None);
        // A well-formed code passes; whether the tool has the language is `start_lang`'s call.
        assert_eq!(
            parse_route("#/xx/plan")
                .0
                .map(|r| r.lang.code().to_string()),
            Some("xx".into())
        );
        assert_eq!(parse_route("").0, None);
        let (r, _) = parse_route("#/de/plan/Face%20book");
        assert_eq!(r.and_then(|r| r.platform), None);
        assert_eq!(route_hash(Lang::DE, Step::Done, None), "#/de/done");
        // A language the build does not have: no route at all, with a note.
        let (r, notes) = parse_route_in("#/xx/plan", &[Lang::DE, Lang::EN]);
        assert_eq!((r, notes.len()), (None, 1));
        assert_eq!(
            parse_route_in("#/en/plan", &[Lang::DE, Lang::EN])
                .0
                .map(|r| r.step),
            Some(Step::Plan)
        );
    }

    #[test]
    fn every_step_round_trips_and_old_links_still_work() {
        for step in [
            Step::Start,
            Step::About,
            Step::Plan,
            Step::Done,
            Step::Privacy,
        ] {
            assert_eq!(Step::from_slug(step.slug()), Some(step));
        }
        assert_eq!(
            parse_route("#/de/nachweis").0.map(|r| r.step),
            Some(Step::Done)
        );
        assert_eq!(
            parse_route("#/de/konten").0.map(|r| r.step),
            Some(Step::About)
        );
    }
}
