//! Benchmark (not a test): time to generate every text for a person with five platforms and three
//! reasons, as the browser does on each keystroke. Reports the median of many runs.
//!   cargo run --release -p kiw-core --features toml --example bench

use kiw_core::letters::{generate, Account, Person, Request};
use kiw_core::{Date, Lang};
use std::time::Instant;

fn main() {
    let today = Date::parse("2026-11-23").expect("a date");
    let (catalog, _) = kiw_core::load::load_and_validate(std::path::Path::new("data"), today)
        .unwrap_or_else(|f| panic!("{}", kiw_core::validate::report(&f)));
    let platforms: Vec<String> = ["facebook", "instagram", "linkedin", "x", "slack"]
        .map(String::from)
        .to_vec();
    let accounts: Vec<Account> = platforms
        .iter()
        .map(|p| Account {
            platform: p.clone(),
            username: "maria.huber".into(),
            email: "maria@example.org".into(),
            linked: true,
            ..Account::default()
        })
        .collect();
    let person = Person {
        name: "Maria Huber".into(),
        address: "Hauptstraße 5\n80331 München".into(),
        email: "maria@example.org".into(),
        region: "DE-BY".into(),
        reasons: ["children", "creative-work", "safety"]
            .map(String::from)
            .to_vec(),
        situation: "Ich poste Fotos meiner Familie.".into(),
        ..Person::default()
    };
    let mut times = Vec::new();
    let mut bytes = 0;
    for lang in [Lang::DE, Lang::EN].into_iter().cycle().take(2000) {
        let req = Request {
            catalog: &catalog,
            person: &person,
            accounts: &accounts,
            today,
            sent_on: None,
            reminder_on: None,
            lang,
        };
        let start = Instant::now();
        let out = generate(&req, &platforms);
        times.push(start.elapsed().as_secs_f64() * 1e6);
        bytes = out
            .iter()
            .map(|t| t.objection.body.len() + t.complaint.as_ref().map_or(0, |c| c.body.len()))
            .sum();
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    let p95 = times[times.len() * 95 / 100];
    println!("generate(5 platforms, 3 reasons, all texts): median {median:.1} µs, p95 {p95:.1} µs over {} runs ({bytes} bytes of objection+complaint)", times.len());
    std::fs::create_dir_all("target").ok();
    std::fs::write(
        "target/bench-native.json",
        format!(
            "{{\"median_us\": {median:.1}, \"p95_us\": {p95:.1}, \"runs\": {}}}\n",
            times.len()
        ),
    )
    .ok();
}
