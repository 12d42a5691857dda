//! Writes the JSON Schemas of the data files into `data/schema/` (after a change of the model):
//!   cargo run -p kiw-core --features schema --example write-schema

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/schema");
    std::fs::create_dir_all(&dir).expect("data/schema can be created");
    for (file, schema) in kiw_core::schema::schemas() {
        let path = dir.join(file);
        std::fs::write(&path, kiw_core::schema::to_file_text(&schema)).expect("writable");
        println!("wrote data/schema/{file}");
    }
}
