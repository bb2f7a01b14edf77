//! The POI's cost centres and budget stages on the structure screen, for plans that have them:
//! add, correct, move and delete rows. Executed amounts are filled on *Presupuesto*.

use leptos::prelude::*;
use rust_decimal::Decimal;
use semaforo_engine::edit;
use semaforo_engine::structure::{Item, ItemRef, Parent};
use semaforo_engine::{BudgetStage, CostCentre, StageKind};

use super::{AddItem, ChoiceEdit, ItemButtons, NumberField, TextEdit};
use crate::state::{use_document, use_notices};
use crate::structure_edit as se;

const STAGES: [(&str, StageKind); 7] = [
    ("poi_aprobado", StageKind::PoiAprobado),
    ("poi_consistente_pia", StageKind::PoiConsistentePia),
    ("pim", StageKind::Pim),
    ("certificacion", StageKind::Certificacion),
    ("compromiso", StageKind::Compromiso),
    ("devengado", StageKind::Devengado),
    ("girado", StageKind::Girado),
];

/// An amount of a row (programmed amount of a centre, a stage's amount), committed on each good
/// value and shown again after an undo.
fn amount(
    r: ItemRef,
    label: String,
    id: String,
    read: fn(&Item) -> Option<Decimal>,
    set: fn(&mut Item, Option<Decimal>),
) -> impl IntoView {
    let doc = use_document();
    let notices = use_notices();
    let now = {
        let r = r.clone();
        move || {
            doc.plan
                .with_untracked(|p| p.as_ref().and_then(|p| semaforo_engine::structure::item(p, &r).ok()))
                .and_then(|i| read(&i))
        }
    };
    let initial = now();
    let current = Callback::new(move |_| now());
    let check = Callback::new(|t: String| edit::read_typed_amount(&t));
    let on_commit = Callback::new(move |v: Option<Decimal>| {
        if let Err(e) = se::change(doc, &r, |item| {
            set(item, v);
            Ok(())
        }) {
            notices.warn(e);
        }
    });
    view! { <span class="campo"><span class="etiqueta" aria-hidden="true">"Monto (S/)"</span><NumberField label id initial check on_commit current/></span> }
}

#[component]
pub fn BudgetRowsEditor(
    /// How many cost-centre rows the plan has.
    centres: usize,
    /// How many budget-stage rows the plan has.
    stages: usize,
) -> impl IntoView {
    let doc = use_document();
    let centre_rows = (0..centres)
        .map(|i| {
            let r = ItemRef::CostCentre(i);
            let row = format!("fila {}", i + 1);
            let id = |what: &str| format!("est-cc-{i}-{what}");
            view! {
                <li class="est-actividad">
                    <TextEdit of=row.clone() label="Código".to_string() id=id("codigo")
                        value=se::field(doc, r.clone(), |f| se::part::<CostCentre>(f).and_then(|c| c.code.clone()).unwrap_or_default())
                        on_commit=se::committer(doc, r.clone(), |it, t| se::on::<CostCentre>(it, |c| c.code = se::optional(t)))/>
                    <TextEdit of=row.clone() label="Nombre del centro de costo".to_string() id=id("nombre")
                        value=se::field(doc, r.clone(), |f| se::part::<CostCentre>(f).map(|c| c.name.clone()).unwrap_or_default())
                        on_commit=se::committer(doc, r.clone(), |it, t| se::on::<CostCentre>(it, |c| c.name = t))/>
                    <TextEdit of=row.clone() label="Unidad responsable".to_string() id=id("responsable")
                        value=se::field(doc, r.clone(), |f| se::part::<CostCentre>(f).and_then(|c| c.responsible.clone()).unwrap_or_default())
                        on_commit=se::committer(doc, r.clone(), |it, t| se::on::<CostCentre>(it, |c| c.responsible = se::optional(t)))/>
                    {amount(r.clone(), format!("Programado (S/) del centro de costo, {row}"), id("programado"),
                        |i| match i { Item::CostCentre(c) => c.programmed, _ => None },
                        |i, v| { if let Item::CostCentre(c) = i { c.programmed = v } })}
                    <ItemButtons item=r name=format!("el centro de costo de la {row}") holds=String::new()/>
                </li>
            }
        })
        .collect_view();
    let stage_rows = (0..stages)
        .map(|i| {
            let r = ItemRef::Stage(i);
            let row = format!("etapa, fila {}", i + 1);
            let id = |what: &str| format!("est-etapa-{i}-{what}");
            let options = STAGES.iter().map(|(v, k)| (*v, k.label().to_string())).collect();
            view! {
                <li class="est-actividad">
                    <ChoiceEdit of=row.clone() label="Etapa".to_string() id=id("etapa") options
                        value=se::field(doc, r.clone(), |f| se::part::<BudgetStage>(f).and_then(|s| STAGES.iter().find(|x| x.1 == s.stage)).map(|x| x.0.to_string()).unwrap_or_default())
                        on_commit=se::committer(doc, r.clone(), |it, t| {
                            let kind = STAGES.iter().find(|x| x.0 == t).map(|x| x.1).ok_or("Etapa desconocida.")?;
                            se::on::<BudgetStage>(it, |s| s.stage = kind)
                        })/>
                    <TextEdit of=row.clone() label="Fuente".to_string() id=id("fuente")
                        value=se::field(doc, r.clone(), |f| se::part::<BudgetStage>(f).and_then(|s| s.source.clone()).unwrap_or_default())
                        on_commit=se::committer(doc, r.clone(), |it, t| se::on::<BudgetStage>(it, |s| s.source = se::optional(t)))/>
                    {amount(r.clone(), format!("Monto (S/) de la {row}"), id("monto"),
                        |i| match i { Item::Stage(s) => s.amount, _ => None },
                        |i, v| { if let Item::Stage(s) = i { s.amount = v } })}
                    <ItemButtons item=r name=format!("la {row}") holds=String::new()/>
                </li>
            }
        })
        .collect_view();
    let add_centre = Callback::new(move |name: String| {
        doc.append(
            Parent::Plan,
            Item::CostCentre(CostCentre {
                code: None,
                name,
                responsible: None,
                ao_count: None,
                programmed: None,
                executed: None,
                declared_pct: None,
            }),
        )
    });
    let add_stage = Callback::new(move |source: String| {
        doc.append(
            Parent::Plan,
            Item::Stage(BudgetStage {
                stage: StageKind::Pim,
                source: se::optional(source),
                amount: None,
                investments: None,
                activities: None,
                total: None,
            }),
        )
    });
    view! {
        <h3>"Centros de costo"</h3>
        <ul class="est-actividades">{centre_rows}</ul>
        <AddItem action="Añadir centro de costo".to_string() id="est-nuevo-cc".to_string() on_add=add_centre/>
        <h3>"Etapas del presupuesto (PIA, PIM, …)"</h3>
        <ul class="est-actividades">{stage_rows}</ul>
        <AddItem action="Añadir etapa (escriba la fuente, p. ej. SIAF)".to_string() id="est-nueva-etapa".to_string() on_add=add_stage/>
    }
}
