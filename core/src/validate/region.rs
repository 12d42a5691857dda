//! Checks of `regions.toml`: unique codes, states of known countries, and an authority for every
//! place a person can choose.

use super::{Check, Report};
use crate::catalog::Catalog;

pub(super) fn check(r: &mut Report, catalog: &Catalog) {
    for (i, reg) in catalog.regions.iter().enumerate() {
        let f = format!("region[{i}]");
        r.text(&format!("{f}.name"), &reg.name);
        if catalog.regions[..i].iter().any(|o| o.code == reg.code) {
            r.add(
                Check::IdUnique,
                format!("{f}.code"),
                format!("region `{}` appears twice", reg.code),
            );
        }
        if let Some(parent) = &reg.parent {
            if !catalog
                .regions
                .iter()
                .any(|o| &o.code == parent && o.parent.is_none())
            {
                r.add(
                    Check::RefRegion,
                    format!("{f}.parent"),
                    format!("no country `{parent}` in this file"),
                );
            }
        }
    }
    // Every place a person can choose must lead to an authority for companies.
    for reg in &catalog.regions {
        let has_states = catalog.states_of(&reg.code).next().is_some();
        if !has_states && catalog.competent_authority(&reg.code).is_none() {
            r.add(
                Check::RegionAuthority,
                format!("region `{}`", reg.code),
                "no authority for companies covers this region (add it to an authority's `covers`)",
            );
        }
    }
}
