//! Any bytes in, a report out: mutated templates and CSV files, and bytes at random, never make
//! the importer panic.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use semaforo_template::{import, template};

use common::plans::Rng;

/// Flips, overwrites, inserts, deletes and repeats bytes, and sometimes cuts the end.
fn mutate(bytes: &[u8], seed: u64) -> Vec<u8> {
    let rng = &mut Rng::new(seed);
    let mut b = bytes.to_vec();
    for _ in 0..rng.range(1, 8) {
        if b.is_empty() {
            b.push(rng.next() as u8);
            continue;
        }
        let at = rng.below(b.len() as u64) as usize;
        match rng.below(6) {
            0 => b[at] ^= 1 << rng.below(8),
            1 => b[at] = rng.next() as u8,
            2 => b.insert(
                at,
                *rng.pick(&[b'"', b';', b',', b'\n', b'\r', 0, 0xFF, b'<', b'-', b'9']),
            ),
            3 => {
                let end = (at + rng.range(1, 64) as usize).min(b.len());
                b.drain(at..end);
            }
            4 => {
                let end = (at + rng.range(1, 32) as usize).min(b.len());
                let piece: Vec<u8> = b[at..end].to_vec();
                let to = rng.below(b.len() as u64) as usize;
                b.splice(to..to, piece);
            }
            _ => b.truncate(at),
        }
    }
    b
}

/// `TEMPLATE_FUZZ_CASES=5000 cargo test -p semaforo-template --test fuzz` runs longer.
fn run(name: &str, cases: u32, make: impl Fn(u64) -> Vec<(String, Vec<u8>)>) {
    let cases = std::env::var("TEMPLATE_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    let ran = AtomicUsize::new(0);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&any::<u64>(), |seed| {
        ran.fetch_add(1, Ordering::Relaxed);
        let report = import(&make(seed));
        // A report either has a plan or says why not.
        prop_assert!(
            report.plan.is_some() || !common::errors(&report).is_empty(),
            "seed {}",
            seed
        );
        Ok(())
    });
    eprintln!("{name}: {} cases ran", ran.load(Ordering::Relaxed));
    result.unwrap();
}

#[test]
fn mutated_workbooks_never_panic() {
    let plan = common::plans::plan(7);
    let valid = template(Some(&plan)).unwrap();
    let empty = template(None).unwrap();
    run("mutated workbooks", 300, |seed| {
        let base = if seed % 2 == 0 { &valid } else { &empty };
        vec![("plan.xlsx".to_string(), mutate(base, seed))]
    });
}

#[test]
fn mutated_csv_files_never_panic() {
    let plan = common::plans::plan(11);
    let files = common::csv::sheets_as_csv(&template(Some(&plan)).unwrap());
    run("mutated CSV files", 400, |seed| {
        files
            .iter()
            .enumerate()
            .map(|(i, (n, b))| {
                let b = if (seed >> (i % 16)) & 1 == 1 {
                    mutate(b, seed.wrapping_add(i as u64))
                } else {
                    b.clone()
                };
                (n.clone(), b)
            })
            .collect()
    });
}

#[test]
fn random_bytes_never_panic() {
    run("random bytes", 300, |seed| {
        let rng = &mut Rng::new(seed);
        let len = rng.below(2048) as usize;
        let mut b: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        // Some start as a zip or a CSV header would.
        let head: &[u8] = match seed % 4 {
            0 => b"PK\x03\x04",
            1 => "Código;Nombre;Unidad\n".as_bytes(),
            _ => b"",
        };
        b.splice(0..0, head.iter().copied());
        vec![("x".to_string(), b)]
    });
}

#[test]
fn cells_changed_at_random_never_panic() {
    let plan = common::plans::plan(3);
    let base = common::book::Book::read(&template(Some(&plan)).unwrap());
    let values = [
        "",
        " ",
        "OEI.01",
        "AEI.01.01",
        "IND.01.OEI.01",
        "OEI.99",
        "2022",
        "2022-S1",
        "2022-S3",
        "Meta 2022",
        "Meta AAAA",
        "Valor obtenido",
        "porcentaje",
        "Sí",
        "No cumplió",
        "Subtotal OEI",
        "-5",
        "1e400",
        "1.234,5",
        "Párrafo: OEI.01",
        "Conteo declarado:",
        "{\"seq\":1}",
        "Código",
        "Nombre",
        "=A1",
        "\u{0}",
        "99999999999999999999999",
    ];
    run("cells changed at random", 200, |seed| {
        let rng = &mut Rng::new(seed);
        let mut b = common::book::Book {
            sheets: base.sheets.clone(),
        };
        for _ in 0..rng.range(1, 12) {
            let s = rng.below(b.sheets.len() as u64) as usize;
            let rows = &mut b.sheets[s].1;
            let r = rng.below(rows.len() as u64 + 2) as usize;
            while rows.len() <= r {
                rows.push(Vec::new());
            }
            let c = rng.below(12) as usize;
            if rows[r].len() <= c {
                rows[r].resize(c + 1, common::book::V::Empty);
            }
            rows[r][c] = if rng.chance(30) {
                common::book::V::N(*rng.pick(&[0.0, -1.0, 2022.5, 1e30, -1e-30, 123456.789, 100.000001]))
            } else {
                common::book::s(rng.pick::<&str>(&values))
            };
        }
        vec![("plan.xlsx".to_string(), b.write())]
    });
}
