//! Component tests: mount real components in headless Chromium and read the rendered DOM.
//!
//! Run with `cargo test --target wasm32-unknown-unknown -p semaforo` (scripts/test.sh does).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use rust_decimal::Decimal;
use semaforo::components::{ConflictChoice, IndicatorRow, LightBadge, NumberField, Pager, PeriodPicker, SummaryView};
use semaforo::state::AppState;
use semaforo_engine::edit::{self, TypedValue};
use semaforo_engine::examples::ILO_2022;
use semaforo_engine::light::Light;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the page's body to mount one component into.
fn container() -> HtmlElement {
    let document = document();
    let element = document.create_element("div").unwrap().unchecked_into::<HtmlElement>();
    document.body().unwrap().append_child(&element).unwrap();
    element
}

fn text(root: &HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .and_then(|n| n.text_content())
        .unwrap_or_default()
}

/// Lets Leptos run the effects a change scheduled.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn type_into(input: &HtmlInputElement, value: &str) {
    input.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

/// The app's state with the Ilo example open, as the page has it after a first visit.
fn ilo_state() -> AppState {
    let state = AppState::new();
    state.open(semaforo_engine::load_plan(ILO_2022).unwrap(), "prueba".into());
    state
}

/// Mounts `view` into `root` with the Ilo example's state in context; keep the handle alive.
fn mount_ilo<V: IntoView + 'static>(root: &HtmlElement, view: impl FnOnce() -> V + 'static) -> (AppState, impl Sized) {
    let state = ilo_state();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        state.provide();
        view()
    });
    (state, handle)
}

#[wasm_bindgen_test]
fn a_light_is_colour_symbol_and_word() {
    let root = container();
    let light = Light::new("rojo", "Rojo", "■", "#c0392b");
    let _m = leptos::mount::mount_to(root.clone(), move || view! { <LightBadge light/> });
    assert_eq!(text(&root, ".luz-simbolo"), "■");
    assert_eq!(text(&root, ".luz-texto"), "Rojo");
    let style = root
        .query_selector(".luz")
        .unwrap()
        .unwrap()
        .get_attribute("style")
        .unwrap();
    assert!(style.contains("#c0392b"), "{style}");
}

#[wasm_bindgen_test]
async fn a_number_field_keeps_the_last_good_value_and_says_why() {
    let root = container();
    let committed = RwSignal::new(None::<Option<Decimal>>);
    let _m = leptos::mount::mount_to(root.clone(), move || {
        let check = Callback::new(|t: String| edit::read_typed_amount(&t));
        let on_commit = Callback::new(move |v| committed.set(Some(v)));
        view! { <NumberField label="Ejecutado".into() id="campo".into() initial=None check on_commit/> }
    });
    let input: HtmlInputElement = root.query_selector("input").unwrap().unwrap().unchecked_into();
    assert_eq!(input.get_attribute("aria-label").as_deref(), Some("Ejecutado"));
    type_into(&input, "1.234,50");
    tick().await;
    assert_eq!(committed.get_untracked(), Some(Some("1234.50".parse().unwrap())));
    assert!(
        text(&root, "#campo-msg").contains("coma decimal"),
        "{}",
        text(&root, "#campo-msg")
    );
    type_into(&input, "abc");
    tick().await;
    assert_eq!(
        committed.get_untracked(),
        Some(Some("1234.50".parse().unwrap())),
        "refused input does not commit"
    );
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(text(&root, "#campo-msg").contains("último valor válido"));
    type_into(&input, "");
    tick().await;
    assert_eq!(committed.get_untracked(), Some(None), "an empty field clears the value");
    assert!(matches!(edit::read_typed_amount("-1"), TypedValue::Refused(_)));
}

#[wasm_bindgen_test]
async fn the_summary_shows_the_ilo_figures_and_follows_the_strict_switch() {
    let root = container();
    let (state, _m) = mount_ilo(&root, move || view! { <SummaryView/> });
    tick().await;
    assert_eq!(text(&root, "[data-testid=institucion-resultado]"), "40.11 %");
    assert!(text(&root, "[data-testid=conteo-verde]").contains('2'));
    assert!(text(&root, "[data-testid=conteo-naranja]").contains('2'));
    assert!(text(&root, "[data-testid=conteo-rojo]").contains('5'));
    assert!(text(&root, "[data-testid='oei-OEI.05'] [data-testid=oei-resultado]").starts_with("85.71 %"));
    state.document.strict.set(true);
    tick().await;
    assert_eq!(text(&root, "[data-testid=institucion-resultado]"), "33.43 %");
}

#[wasm_bindgen_test]
async fn typing_an_obtained_value_updates_the_verdict_and_the_institution() {
    let root = container();
    let (state, _m) = mount_ilo(
        &root,
        move || view! { <table><tbody><IndicatorRow code="IND.01.OEI.02".to_string()/></tbody></table> },
    );
    tick().await;
    let status = || text(&root, "[data-testid='ind-estado-IND.01.OEI.02']");
    assert!(status().starts_with("No cumplió"), "{}", status());
    let input: HtmlInputElement = root.query_selector("input").unwrap().unwrap().unchecked_into();
    assert_eq!(
        input.get_attribute("aria-label").as_deref(),
        Some("Valor obtenido 2022 de IND.01.OEI.02")
    );
    assert_eq!(input.value(), "40");
    type_into(&input, "55");
    tick().await;
    assert!(status().starts_with("Cumplió"), "{}", status());
    let inst = state
        .document
        .evaluation
        .with_untracked(|e| e.as_ref().unwrap().institution.result_pct.unwrap());
    assert_eq!(semaforo_engine::decimal_util::fmt_pct(inst), "42.88 %");
    type_into(&input, "120");
    tick().await;
    assert!(
        status().starts_with("Cumplió"),
        "a refused value keeps the last good one"
    );
    assert!(text(&root, "#obtenido-IND\\.01\\.OEI\\.02-msg").contains("máximo"));
}

fn click(root: &HtmlElement, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing at {selector}"))
        .unchecked_into::<HtmlElement>()
        .click();
}

fn disabled(root: &HtmlElement, selector: &str) -> bool {
    root.query_selector(selector)
        .unwrap()
        .unwrap()
        .has_attribute("disabled")
}

#[wasm_bindgen_test]
async fn a_pager_says_where_the_user_is_and_never_leaves_them_past_the_end() {
    let root = container();
    let total = RwSignal::new(2_500usize);
    let page = RwSignal::new(0usize);
    let _m = leptos::mount::mount_to(root.clone(), move || {
        view! { <Pager total=Signal::from(total) page size=1_000 what="indicadores"/> }
    });
    tick().await;
    assert_eq!(text(&root, "nav span"), "Mostrando 1–1,000 de 2,500 indicadores");
    assert!(disabled(&root, "nav button:first-of-type"), "no page before the first");
    click(&root, "nav button:last-of-type");
    tick().await;
    click(&root, "nav button:last-of-type");
    tick().await;
    assert_eq!(page.get_untracked(), 2, "{}", root.inner_html());
    assert_eq!(text(&root, "nav span"), "Mostrando 2,001–2,500 de 2,500 indicadores");
    assert!(disabled(&root, "nav button:last-of-type"), "no page after the last");
    // A filter shrinks the list: the user is taken to its last page, not left past it.
    total.set(1_500);
    tick().await;
    assert_eq!(page.get_untracked(), 1);
    // A list that fits one page shows no pager.
    total.set(10);
    tick().await;
    assert!(root.query_selector("nav").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_conflict_writes_nothing_until_a_choice_and_records_the_one_made() {
    use semaforo_engine::field::FieldRef;
    use semaforo_engine::merge::{Choice, Conflict, Proposal};
    use std::collections::BTreeMap;
    let root = container();
    let field = FieldRef::Obtained {
        indicator: "IND.01.OEI.09".into(),
        period: "2022".into(),
    };
    let proposal = |v: &str, file: &str, who: &str| Proposal {
        value: Some(v.parse().unwrap()),
        files: vec![file.into()],
        author: Some(who.into()),
        authored_at: None,
        outside_unit: Vec::new(),
    };
    let conflict = Conflict {
        field: field.clone(),
        label: "IND.01.OEI.09 · valor obtenido 2022".into(),
        name: Some("Indicador nueve".into()),
        responsible: None,
        current: Some("70".parse().unwrap()),
        current_by: None,
        current_at: None,
        proposals: vec![
            proposal("61", "seguridad.json", "Seguridad"),
            proposal("75", "urbano.json", "Urbano"),
        ],
    };
    let choices = RwSignal::new(BTreeMap::<FieldRef, Choice>::new());
    let _m = leptos::mount::mount_to(root.clone(), move || view! { <ConflictChoice conflict choices/> });
    tick().await;
    assert_eq!(
        text(&root, "legend"),
        "IND.01.OEI.09 «Indicador nueve» · valor obtenido 2022"
    );
    assert_eq!(
        text(&root, "[data-testid=opcion-actual]"),
        "Mantener el valor actual: 70 (del archivo del plan)"
    );
    assert!(text(&root, "[data-testid=opcion-1]").starts_with("75 — de «urbano.json» (Urbano)"));
    assert!(choices.get_untracked().is_empty(), "nothing is chosen for the user");
    click(&root, "[data-testid=opcion-1] input");
    tick().await;
    assert_eq!(choices.get_untracked().get(&field), Some(&Choice::Take(1)));
    click(&root, "[data-testid=opcion-actual] input");
    tick().await;
    assert_eq!(choices.get_untracked().get(&field), Some(&Choice::KeepCurrent));
}

#[wasm_bindgen_test]
async fn a_read_only_number_field_cannot_be_typed_into_and_prints_its_value() {
    let root = container();
    let locked = RwSignal::new(true);
    let _m = leptos::mount::mount_to(root.clone(), move || {
        let check = Callback::new(|t: String| edit::read_typed_amount(&t));
        let on_commit = Callback::new(|_| {});
        view! {
            <NumberField label="Ejecutado".into() id="bloqueado".into() initial=Some("1234.5".parse().unwrap())
                check on_commit read_only=Signal::from(locked) printed=semaforo::format::amount/>
        }
    });
    tick().await;
    let input: HtmlInputElement = root.query_selector("input").unwrap().unwrap().unchecked_into();
    assert!(input.read_only());
    assert_eq!(text(&root, ".valor-impreso"), "1,234.50");
    locked.set(false);
    tick().await;
    assert!(!input.read_only());
}

#[wasm_bindgen_test]
async fn the_period_picker_changes_the_evaluated_year_and_undo_brings_it_back() {
    let root = container();
    let (state, _m) = mount_ilo(&root, move || view! { <PeriodPicker/> });
    tick().await;
    let year: web_sys::HtmlSelectElement = root.query_selector("#periodo-anio").unwrap().unwrap().unchecked_into();
    assert_eq!(year.value(), "2022");
    assert_eq!(year.length(), 5, "the plan's years, 2021 to 2025");
    year.set_value("2023");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    year.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    tick().await;
    let evaluated_year = || {
        state
            .document
            .plan
            .with_untracked(|p| p.as_ref().unwrap().evaluation.year)
    };
    assert_eq!(evaluated_year(), 2023);
    state.document.step_back(false);
    tick().await;
    assert_eq!(evaluated_year(), 2022);
    assert_eq!(year.value(), "2022", "the list follows an undo");
}
