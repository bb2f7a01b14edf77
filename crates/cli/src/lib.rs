//! Shared by the `semaforo` binary and its tests.

use semaforo_engine::Plan;

/// The JSON Schema of the plan file, generated from the Rust types (published as
/// `public/plan.schema.json`; a test keeps the published copy in step).
pub fn schema_json() -> String {
    let mut schema = schemars::schema_for!(Plan);
    schema.insert("$id".into(), "https://semaforo.example/plan.schema.json".into());
    schema.insert(
        "description".into(),
        "Plan de Semáforo (formato versión 1): PEI con OEI, AEI e indicadores, POI y cifras declaradas por la fuente."
            .into(),
    );
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}
