//! One activity or investment of the POI on the structure screen: its definition, each field
//! checked by the engine as it is committed.

use leptos::prelude::*;
use rust_decimal::Decimal;
use semaforo_engine::edit;
use semaforo_engine::structure::{Item, ItemRef};
use semaforo_engine::{Activity, ActivityKind};

use super::{ChoiceEdit, ItemButtons, NumberField, TextEdit};
use crate::state::{use_document, use_notices};
use crate::structure_edit::{self as se, Found};

#[component]
pub fn ActivityFields(
    /// The activity's code.
    code: String,
) -> impl IntoView {
    let doc = use_document();
    let notices = use_notices();
    let r = ItemRef::Activity(code.clone());
    let id = |what: &str| format!("est-ao-{code}-{what}");
    let text = |label: &str,
                what: &str,
                read: fn(Found) -> String,
                set: fn(&mut Item, String) -> Result<(), String>| {
        view! { <TextEdit of=code.clone() label=label.to_string() id=id(what) value=se::field(doc, r.clone(), read) on_commit=se::committer(doc, r.clone(), set)/> }
    };
    let amount = |label: String,
                  what: &str,
                  read: fn(&Activity) -> Option<Decimal>,
                  set: fn(&mut Activity, Option<Decimal>)| {
        let initial = doc.plan.with_untracked(|p| {
            p.as_ref()
                .and_then(|p| se::find(p, &r))
                .and_then(se::part::<Activity>)
                .and_then(read)
        });
        let r = r.clone();
        let on_commit = Callback::new(move |v: Option<Decimal>| {
            if let Err(e) = se::change(doc, &r, |item| se::on::<Activity>(item, |a| set(a, v))) {
                notices.warn(e);
            }
        });
        let check = Callback::new(|t: String| edit::read_typed_amount(&t));
        view! { <span class="campo"><span class="etiqueta">{label.clone()}</span><NumberField label id=id(what) initial check on_commit/></span> }
    };
    view! {
        <li class="est-actividad">
            {text("Código", "codigo", |f| se::part::<Activity>(f).map(|a| a.code.clone()).unwrap_or_default(), |it, t| se::on::<Activity>(it, |a| a.code = t))}
            {text("Nombre", "nombre", |f| se::part::<Activity>(f).map(|a| a.name.clone()).unwrap_or_default(), |it, t| se::on::<Activity>(it, |a| a.name = t))}
            <ChoiceEdit of=code.clone() label="Tipo".to_string() id=id("tipo")
                options=vec![("ao", "Actividad operativa".to_string()), ("inversion", "Inversión".to_string())]
                value=se::field(doc, r.clone(), |f| if se::part::<Activity>(f).is_some_and(|a| a.kind == ActivityKind::Inversion) { "inversion".into() } else { "ao".into() })
                on_commit=se::committer(doc, r.clone(), |it, t| se::on::<Activity>(it, |a| a.kind = if t == "inversion" { ActivityKind::Inversion } else { ActivityKind::ActividadOperativa }))/>
            {text("AEI a la que se alinea", "aei", |f| se::part::<Activity>(f).map(|a| a.aei.clone()).unwrap_or_default(), |it, t| se::on::<Activity>(it, |a| a.aei = t))}
            {text("Centro de costo", "centro", |f| se::part::<Activity>(f).and_then(|a| a.cost_centre.clone()).unwrap_or_default(), |it, t| se::on::<Activity>(it, |a| a.cost_centre = se::optional(t)))}
            {text("Unidad responsable", "responsable", |f| se::part::<Activity>(f).and_then(|a| a.responsible.clone()).unwrap_or_default(), |it, t| se::on::<Activity>(it, |a| a.responsible = se::optional(t)))}
            {text("Unidad de medida física", "unidad", |f| se::part::<Activity>(f).and_then(|a| a.physical_unit.clone()).unwrap_or_default(), |it, t| se::on::<Activity>(it, |a| a.physical_unit = se::optional(t)))}
            {amount(format!("Meta física programada de {code}"), "fisica", |a| a.physical_programmed, |a, v| a.physical_programmed = v)}
            {amount(format!("Monto programado (S/) de {code}"), "monto", |a| a.financial_programmed, |a, v| a.financial_programmed = v)}
            <ItemButtons item=r.clone() name=code.clone() holds=String::new()/>
        </li>
    }
}
