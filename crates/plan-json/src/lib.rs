//! Writing a plan as JSON, alone in a crate so that the release profile can compile it for speed.
//!
//! The page is built at opt-level "z" to keep the download small, and serde's writer code is
//! generic: it is compiled in the crate that names the concrete types. At "z" nothing of it is
//! inlined and serialising the 10,000-indicator plan took 72-76 ms in wasm against 19 ms natively;
//! compiled here at opt-level 2 (Cargo.toml's `profile.release.package`) it takes 37 ms, for about
//! 3 KB more of gzipped wasm. Drafts are saved after every edit, so this is time a user waits.
use semaforo_engine::Plan;

/// The plan as compact JSON (what drafts, exports and unit copies store).
#[inline(never)]
pub fn to_json(plan: &Plan) -> Result<String, serde_json::Error> {
    serde_json::to_string(plan)
}

#[cfg(test)]
mod tests {
    use semaforo_engine::{examples::ILO_2022, load_plan};

    #[test]
    fn a_plan_written_reads_back_the_same_with_its_decimals_as_written() {
        let plan = load_plan(ILO_2022).unwrap();
        let text = super::to_json(&plan).unwrap();
        assert_eq!(load_plan(&text).unwrap(), plan);
        // Decimals are written as strings with their scale: 10.10 stays "10.10", never 10.1.
        let mut plan = plan;
        let obtained = &mut plan.objectives[0].indicators[0].obtained;
        obtained.insert("2022".into(), rust_decimal::Decimal::new(1010, 2));
        assert!(super::to_json(&plan).unwrap().contains("\"2022\":\"10.10\""));
    }
}
