//! The plan's structure, to build or correct it: the plan's data, then objectives → actions →
//! indicators as an outline. Adding, changing, moving and deleting are edits like any other:
//! checked, logged, undoable, and the evaluation follows at once.

use leptos::prelude::*;
use semaforo_engine::structure::{self, Item, Parent};
use semaforo_engine::Objective;

use super::{ActivityEditor, AddItem, BudgetRowsEditor, NewPlanForm, ObjectiveEditor, PlanDataForm};
use crate::state::{use_document, use_navigation, Tab};

/// An objective's code, its own indicators' codes, and its actions' codes with theirs.
type ObjectiveShape = (String, Vec<String>, Vec<(String, Vec<String>)>);

/// What the outline draws: codes only, so typing a name redraws nothing.
#[derive(Clone, PartialEq)]
struct Shape {
    years: Vec<i32>,
    objectives: Vec<ObjectiveShape>,
    activities: Vec<String>,
    centres: usize,
    stages: usize,
}

fn codes(list: &[semaforo_engine::Indicator]) -> Vec<String> {
    list.iter().map(|i| i.code.clone()).collect()
}

fn objective_shape(o: &Objective) -> ObjectiveShape {
    let actions = o
        .actions
        .iter()
        .map(|a| (a.code.clone(), codes(&a.indicators)))
        .collect();
    (o.code.clone(), codes(&o.indicators), actions)
}

#[component]
pub fn StructureView() -> impl IntoView {
    let doc = use_document();
    let navigation = use_navigation();
    let shape = Memo::new(move |_| {
        doc.plan.with(|p| {
            p.as_ref().map(|p| Shape {
                years: (p.plan.start_year..=p.plan.end_year).collect(),
                objectives: p.objectives.iter().map(objective_shape).collect(),
                activities: p.poi.activities.iter().map(|a| a.code.clone()).collect(),
                centres: p.poi.cost_centres.as_ref().map_or(0, |t| t.rows.len()),
                stages: p.poi.budget_stages.len(),
            })
        })
    });
    let add_objective = Callback::new(move |name: String| {
        let code = doc
            .plan
            .with_untracked(|p| p.as_ref().map(structure::next_objective_code))
            .unwrap_or_default();
        doc.append(
            Parent::Plan,
            Item::Objective(Objective {
                code,
                name,
                priority: None,
                responsible: None,
                indicators: Vec::new(),
                actions: Vec::new(),
                declared: None,
            }),
        )
    });
    view! {
        <section class="estructura" aria-labelledby="estructura-titulo">
            <h2 id="estructura-titulo">"Estructura del plan"</h2>
            <p class="campo-nota">
                "Aquí se arma o corrige el plan: objetivos (OEI), acciones (AEI) e indicadores con sus metas. "
                "Cada cambio se comprueba al salir del campo, queda en el historial y se puede deshacer (Ctrl+Z)."
            </p>
            <details class="nuevo-plan-caja">
                <summary>"Nuevo plan: empezar el plan de su entidad (el plan en pantalla queda en «Borradores y archivos»)"</summary>
                <NewPlanForm/>
            </details>
            <p>
                "¿Tiene el plan en Excel? "
                <button type="button" class="boton-secundario" on:click=move |_| navigation.tab.set(Tab::Borradores)>"Usar la plantilla Excel"</button>
            </p>
            <PlanDataForm/>
            <h3>"Objetivos, acciones e indicadores"</h3>
            {move || shape.get().map(|s| {
                let years = s.years.clone();
                let empty = s.objectives.is_empty();
                view! {
                    <Show when=move || empty>
                        <p>"El plan aún no tiene objetivos: escriba el nombre del primero y pulse «Añadir objetivo»."</p>
                    </Show>
                    <ol class="est-objetivos">
                        {s.objectives.into_iter().map(|(code, inds, acts)| view! {
                            <ObjectiveEditor code indicators=inds actions=acts years=years.clone()/>
                        }).collect_view()}
                    </ol>
                    <AddItem action="Añadir objetivo".to_string() id="est-nuevo-oei".to_string() on_add=add_objective/>
                    <ActivityEditor codes=s.activities/>
                    <BudgetRowsEditor centres=s.centres stages=s.stages/>
                }
            })}
        </section>
    }
}
