//! What the fuzzer feeds every input to, and how it mutates inputs. Kept in a library so the
//! regression test runs exactly the same checks on every input the fuzzer ever kept.
//!
//! Stable Rust has no libFuzzer without nightly tools, so this is a small coverage-blind mutation
//! fuzzer: JSON-aware and byte-level mutations of real plans, seeded, run for a fixed time.

use semaforo_engine::field::all_fields;
use semaforo_engine::merge::{self, IncomingFile};
use semaforo_engine::{compare, evaluate, history, load_plan, load_plan_bytes, summary, Options};

/// Runs an input through everything a file meets in the app. Panics are the findings; a result
/// that breaks an invariant panics too. True when the input loaded as a plan (and so went through
/// every check), false when the loader refused it.
pub fn exercise(bytes: &[u8]) -> bool {
    let Ok(loaded) = load_plan_bytes(bytes) else {
        return false;
    };
    let plan = loaded.plan;
    for strict in [false, true] {
        let ev = evaluate(&plan, Options { strict });
        let _ = serde_json::to_string(&summary::summarize(&plan, &ev, None));
    }
    // Export → import is the identity.
    let text = serde_json::to_string(&plan).expect("a loaded plan serialises");
    let back = load_plan(&text).unwrap_or_else(|e| panic!("exported plan does not load again: {}", e.message));
    assert_eq!(back, plan, "export → import changed the plan");
    for (f, v) in all_fields(&plan) {
        assert_eq!(f.read(&plan), Some(v), "{f}");
    }
    let _ = history::verify(&plan.history);
    let _ = history::unlogged_changes(&plan);
    let _ = compare::differences(&plan, &back);
    let file = IncomingFile {
        name: "a.json".into(),
        plan: back,
    };
    let preview = merge::preview(&plan, &[file]);
    assert!(
        preview.takes.is_empty() && preview.conflicts.is_empty(),
        "a plan merged with itself changes"
    );
    true
}

/// A small deterministic generator (xorshift64*), so a run is repeatable from its seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }
}

/// Fragments that tend to break parsers and arithmetic.
const TOKENS: &[&str] = &[
    "-",
    "0",
    "-0",
    "1e999",
    "-1e-999",
    "null",
    "[]",
    "{}",
    "\"\"",
    "true",
    "99999999999999999999999999999",
    // The largest count a file can state: sums of counts must not overflow.
    "4294967295",
    "0.0000000000000000000000000001",
    "\"-5\"",
    "\"1.234,50\"",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\u{feff}",
    ",",
    "]",
    "}",
    "\"2022\"",
    "\"2022-S1\"",
    "\"ascendente\"",
    "\"descendente\"",
    "\"maximo\"",
    "\"porcentaje\"",
    "\"OEI.01\"",
    "\"IND.01.OEI.01\"",
    "1000000000000000000",
    "79228162514264337593543950335",
];

/// One mutation of `input`.
pub fn mutate(input: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut v = input.to_vec();
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        let len = v.len();
        match rng.below(8) {
            // Flip a byte.
            0 if len > 0 => {
                let i = rng.below(len);
                v[i] ^= 1 << rng.below(8);
            }
            // Cut the file short.
            1 if len > 0 => v.truncate(rng.below(len)),
            // Delete a range.
            2 if len > 0 => {
                let a = rng.below(len);
                let b = (a + rng.below(64)).min(len);
                v.drain(a..b);
            }
            // Duplicate a range somewhere else.
            3 if len > 0 => {
                let a = rng.below(len);
                let b = (a + rng.below(256)).min(len);
                let chunk = v[a..b].to_vec();
                let at = rng.below(len);
                v.splice(at..at, chunk);
            }
            // Replace a JSON value (the text after a colon) with a token.
            4 | 5 => {
                let colons: Vec<usize> = v
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| **b == b':')
                    .map(|(i, _)| i)
                    .collect();
                if colons.is_empty() {
                    continue;
                }
                let at = colons[rng.below(colons.len())] + 1;
                let end = v[at..]
                    .iter()
                    .position(|b| *b == b',' || *b == b'}' || *b == b'\n')
                    .map_or(v.len(), |p| at + p);
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes().to_vec();
                v.splice(at..end, token);
            }
            // Insert a token anywhere.
            _ => {
                let at = rng.below(len + 1);
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes().to_vec();
                v.splice(at..at, token);
            }
        }
    }
    v
}
