//! Component tests: mount real components in headless Chromium and read the rendered DOM.
//!
//! Run with `cargo test --target wasm32-unknown-unknown -p semaforo` (scripts/test.sh does).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use semaforo::components::{LoadErrorNotice, ObjectiveList, PlanHeader, PlanPage};
use semaforo_engine::{LoadError, Objective};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the page's body to mount one component into.
fn container() -> HtmlElement {
    let document = document();
    let element = document.create_element("div").unwrap().unchecked_into::<HtmlElement>();
    document.body().unwrap().append_child(&element).unwrap();
    element
}

fn objective(code: &str, name: &str) -> Objective {
    // Built from JSON so the test only depends on the fields it is about.
    serde_json::from_value(serde_json::json!({ "code": code, "name": name })).unwrap()
}

fn texts(root: &HtmlElement, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .map(|node| node.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
fn objective_list_shows_each_code_and_name_in_order() {
    let root = container();
    let objectives = vec![
        objective("OEI.01", "Mejorar la calidad ambiental del distrito"),
        objective("OEI.02", "Promover la competitividad económica local"),
    ];
    let _mounted = leptos::mount::mount_to(root.clone(), move || view! { <ObjectiveList objectives/> });

    assert_eq!(texts(&root, ".objective-code"), ["OEI.01", "OEI.02"]);
    assert_eq!(
        texts(&root, ".objective-name"),
        ["Mejorar la calidad ambiental del distrito", "Promover la competitividad económica local"]
    );
    assert!(texts(&root, "h3")[0].contains("(2)"));
    assert!(root.query_selector(".empty").unwrap().is_none());
}

#[wasm_bindgen_test]
fn objective_list_says_when_there_are_none() {
    let root = container();
    let _mounted =
        leptos::mount::mount_to(root.clone(), || view! { <ObjectiveList objectives=Vec::new()/> });

    assert_eq!(texts(&root, ".empty"), ["El plan no tiene objetivos registrados."]);
    assert!(texts(&root, "li").is_empty());
}

#[wasm_bindgen_test]
fn plan_header_names_entity_plan_and_year() {
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), || {
        view! {
            <PlanHeader
                entity="Municipalidad Provincial de Ilo".to_string()
                plan="Plan Estratégico Institucional 2021-2025".to_string()
                year=2022
            />
        }
    });

    assert_eq!(texts(&root, "h2"), ["Municipalidad Provincial de Ilo"]);
    assert_eq!(texts(&root, ".plan-name"), ["Plan Estratégico Institucional 2021-2025"]);
    assert_eq!(texts(&root, ".plan-year"), ["Evaluación del año 2022"]);
}

#[wasm_bindgen_test]
fn load_error_is_an_alert_with_the_message_and_place() {
    let root = container();
    let error = LoadError {
        message: "falta el campo `entity`".to_string(),
        path: Some("entity".to_string()),
        line: Some(1),
        column: Some(2),
    };
    let _mounted = leptos::mount::mount_to(root.clone(), move || view! { <LoadErrorNotice error/> });

    let alert = root.query_selector("[role=alert]").unwrap().expect("no role=alert region");
    let text = alert.text_content().unwrap();
    assert!(text.contains("No se pudo leer el plan"), "{text}");
    assert!(text.contains("falta el campo `entity`"), "{text}");
    assert_eq!(texts(&root, ".load-error-place"), ["En entity, línea 1, columna 2"]);
}

#[wasm_bindgen_test]
fn plan_page_reports_an_unreadable_file_instead_of_failing() {
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), || {
        view! { <PlanPage source="{ esto no es JSON".to_string()/> }
    });

    assert!(root.query_selector("[role=alert]").unwrap().is_some());
    assert!(root.query_selector(".objective-list").unwrap().is_none());
}
