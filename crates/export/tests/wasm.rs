//! The export run as WebAssembly: `cargo test --target wasm32-unknown-unknown -p semaforo-export
//! --test wasm` (Node, through wasm-bindgen-test-runner). Native builds compile this file empty.
#![cfg(target_arch = "wasm32")]

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use semaforo_engine::{evaluate, load_plan, Options};
use semaforo_export::{tables, to_csv, to_xlsx};
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn the_ilo_workbook_and_csv_are_built_in_webassembly() {
    let plan = load_plan(semaforo_engine::examples::ILO_2022).unwrap();
    let ev = evaluate(&plan, Options::default());
    let ts = tables(&plan, &ev);
    assert!(to_csv(&ts[1]).contains(",16.67,Rojo\r\n"));
    let bytes = to_xlsx(&plan, &ev).expect("workbook");
    let mut wb: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    assert_eq!(wb.sheet_names().len(), 8);
    let r = wb.worksheet_range("Institución").unwrap();
    let Some(Data::Float(v)) = r.get_value((1, 2)) else {
        panic!("{:?}", r.get_value((1, 2)))
    };
    assert!((v - 0.4011).abs() < 0.00005, "{v}");
}
