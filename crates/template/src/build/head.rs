//! The `Plan` sheet (entity, plan, evaluated period, settings, declared figures, the aggregate
//! tables' titles and totals) and the `Semáforo` sheet (the bands).

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use semaforo_engine::{
    default_bands, Band, DeclaredInstitution, EmptyAei, GovernmentLevel, MissingValues, ObjectiveScope, PeriodKind,
    RollupMethod,
};

use super::table::{Fields, Table, MAX_YEAR, MIN_YEAR};
use crate::labels::{self, List};
use crate::layout::{recognize_field, Col, Field, FieldKind, LIGHT_COUNT_PREFIX, PLAN_FIELDS};
use crate::read::cells::{self};
use crate::report::Problems;

/// A value of the `Plan` sheet as read.
#[derive(Debug, Clone)]
enum Got {
    Text(String),
    Int(i64),
    Figure(Decimal),
    Level(GovernmentLevel),
    Period(PeriodKind),
    Rollup(RollupMethod),
    Missing(MissingValues),
    Scope(ObjectiveScope),
    EmptyAei(EmptyAei),
    Yes(bool),
}

#[derive(Debug, Default)]
pub struct Head {
    values: BTreeMap<Field, Got>,
    /// Where each field's row is, for a message about it.
    rows: BTreeMap<Field, u32>,
    /// Fields whose value was given but refused (already reported).
    refused: Vec<Field>,
    pub light_counts: BTreeMap<String, u32>,
    pub source_notes: Vec<String>,
    /// Whether the sheet was there at all.
    pub present: bool,
    pub sheet_name: String,
}

impl Head {
    pub fn text(&self, f: Field) -> Option<String> {
        match self.values.get(&f) {
            Some(Got::Text(t)) => Some(t.clone()),
            _ => None,
        }
    }
    pub fn year(&self, f: Field) -> Option<i32> {
        match self.values.get(&f) {
            Some(Got::Int(n)) => i32::try_from(*n).ok(),
            _ => None,
        }
    }
    pub fn count(&self, f: Field) -> Option<u32> {
        match self.values.get(&f) {
            Some(Got::Int(n)) => u32::try_from(*n).ok(),
            _ => None,
        }
    }
    pub fn figure(&self, f: Field) -> Option<Decimal> {
        match self.values.get(&f) {
            Some(Got::Figure(d)) => Some(*d),
            _ => None,
        }
    }
    pub fn level(&self) -> Option<GovernmentLevel> {
        match self.values.get(&Field::Level) {
            Some(Got::Level(l)) => Some(*l),
            _ => None,
        }
    }
    pub fn period(&self) -> Option<PeriodKind> {
        match self.values.get(&Field::EvalPeriod) {
            Some(Got::Period(x)) => Some(*x),
            _ => None,
        }
    }
    pub fn rollup(&self) -> Option<RollupMethod> {
        match self.values.get(&Field::Rollup) {
            Some(Got::Rollup(x)) => Some(*x),
            _ => None,
        }
    }
    pub fn use_verdicts(&self) -> Option<bool> {
        match self.values.get(&Field::UseVerdicts) {
            Some(Got::Yes(x)) => Some(*x),
            _ => None,
        }
    }
    pub fn missing_values(&self) -> Option<MissingValues> {
        match self.values.get(&Field::MissingValues) {
            Some(Got::Missing(x)) => Some(*x),
            _ => None,
        }
    }
    pub fn objective_indicators(&self) -> Option<ObjectiveScope> {
        match self.values.get(&Field::ObjectiveIndicators) {
            Some(Got::Scope(x)) => Some(*x),
            _ => None,
        }
    }
    pub fn aei_without_activities(&self) -> Option<EmptyAei> {
        match self.values.get(&Field::AeiWithoutActivities) {
            Some(Got::EmptyAei(x)) => Some(*x),
            _ => None,
        }
    }

    /// The key of the evaluated period in `obtained` maps, when the sheet gives the year.
    pub fn cutoff_key(&self) -> Option<String> {
        let year = self.year(Field::EvalYear)?;
        Some(semaforo_engine::period_key(year, self.period().unwrap_or_default()))
    }

    pub fn declared(&self) -> Option<DeclaredInstitution> {
        let d = DeclaredInstitution {
            result_pct: self.figure(Field::DeclResult),
            light_counts: self.light_counts.clone(),
            objective_indicators_total: self.count(Field::DeclObjTotal),
            objective_indicators_met: self.count(Field::DeclObjMet),
            source: self.text(Field::DeclSource),
        };
        (d != DeclaredInstitution::default()).then_some(d)
    }
}

pub fn read_head(table: Option<&Table>, p: &mut Problems) -> Head {
    let mut head = Head::default();
    let Some(table) = table else {
        return head;
    };
    head.present = true;
    head.sheet_name = table.name().to_string();
    if !table.has(Col::Field) || !table.has(Col::Value) {
        p.error(
            table.name(),
            Some(table.header_row()),
            None,
            "La hoja Plan debe tener las columnas «Campo» y «Valor» (una fila por dato).".into(),
        );
        return head;
    }
    let mut lights_at: BTreeMap<String, u32> = BTreeMap::new();
    for row in table.rows() {
        let mut r = Fields::new(table, row, p);
        let Some(label) = r.text(Col::Field) else {
            if !r.blank(Col::Value) {
                r.warn(
                    Col::Value,
                    "Hay un valor sin nombre de campo en la columna «Campo»: se ignoró.",
                );
            }
            continue;
        };
        let Some((spec, light)) = recognize_field(&label) else {
            r.warn(
                Col::Field,
                &format!(
                    "«{}» no es un campo de la hoja Plan: se ignoró.",
                    cells::clip(label.trim())
                ),
            );
            continue;
        };
        let field = spec.field;
        let value = read_value(&mut r, spec.kind);
        match (field, light) {
            (Field::LightCount, Some(id)) => {
                if id.is_empty() {
                    r.error(
                        Col::Field,
                        &format!("Escriba el id del color tras los dos puntos, p. ej. «{LIGHT_COUNT_PREFIX} verde»."),
                    );
                    continue;
                }
                if let Some(first) = lights_at.get(&id) {
                    r.error(
                        Col::Field,
                        &format!("El conteo declarado de «{id}» ya está en la fila {first}: deje uno solo."),
                    );
                    continue;
                }
                lights_at.insert(id.clone(), r.number());
                if let Some(Got::Int(n)) = value {
                    if let Ok(n) = u32::try_from(n) {
                        head.light_counts.insert(id, n);
                    }
                }
            }
            (Field::SourceNote, _) => {
                if let Some(Got::Text(t)) = value {
                    head.source_notes.push(t);
                }
            }
            _ => {
                if let Some(first) = head.rows.get(&field) {
                    r.error(
                        Col::Field,
                        &format!(
                            "«{}» ya está en la fila {first}: deje una sola fila por dato.",
                            spec.label
                        ),
                    );
                    continue;
                }
                head.rows.insert(field, r.number());
                match value {
                    Some(v) => {
                        head.values.insert(field, v);
                    }
                    None if !r.blank(Col::Value) => head.refused.push(field),
                    None => {}
                }
            }
        }
    }
    check_years(&head, table, p);
    head
}

fn read_value(r: &mut Fields, kind: FieldKind) -> Option<Got> {
    match kind {
        FieldKind::Text => r.text(Col::Value).filter(|t| !t.trim().is_empty()).map(Got::Text),
        FieldKind::Year => r.int(Col::Value, MIN_YEAR, MAX_YEAR).map(Got::Int),
        FieldKind::Count => r.int(Col::Value, 0, i64::from(u32::MAX)).map(Got::Int),
        FieldKind::Figure(true) => r.amount(Col::Value).map(Got::Figure),
        FieldKind::Figure(false) => r.decimal(Col::Value).map(Got::Figure),
        FieldKind::Choice(list) => match list {
            List::Level => r.choice(Col::Value, labels::LEVELS).map(Got::Level),
            List::Period => r.choice(Col::Value, labels::PERIODS).map(Got::Period),
            List::Rollup => r.choice(Col::Value, labels::ROLLUPS).map(Got::Rollup),
            List::MissingValues => r.choice(Col::Value, labels::MISSING_VALUES).map(Got::Missing),
            List::ObjectiveScope => r.choice(Col::Value, labels::OBJECTIVE_SCOPES).map(Got::Scope),
            List::EmptyAei => r.choice(Col::Value, labels::EMPTY_AEIS).map(Got::EmptyAei),
            _ => r.choice(Col::Value, labels::YES_NO).map(Got::Yes),
        },
    }
}

fn check_years(head: &Head, table: &Table, p: &mut Problems) {
    if let (Some(start), Some(end)) = (head.year(Field::StartYear), head.year(Field::EndYear)) {
        if start > end {
            p.error(
                table.name(),
                head.rows.get(&Field::EndYear).copied(),
                table.find(Col::Value).map(|b| b.describe()),
                format!("El año de fin ({end}) es anterior al año de inicio ({start})."),
            );
        }
    }
}

/// Every required field without a value, as errors: at its row when the sheet has one, all in
/// one message when the sheet is missing.
pub fn missing_fields(head: &Head, table: Option<&Table>, p: &mut Problems) {
    let missing: Vec<_> = PLAN_FIELDS
        .iter()
        .filter(|f| f.required && !head.values.contains_key(&f.field) && !head.refused.contains(&f.field))
        .collect();
    if missing.is_empty() {
        return;
    }
    let Some(table) = table else {
        let names: Vec<String> = missing.iter().map(|f| format!("«{}»", f.label)).collect();
        p.general(format!(
            "Faltan los datos del plan: {}. Agregue la hoja «Plan» de la plantilla (o un archivo CSV con las columnas Campo y Valor) con esos datos.",
            names.join(", ")
        ));
        return;
    };
    for f in missing {
        let row = head.rows.get(&f.field).copied();
        let column = row.and(table.find(Col::Value)).map(|b| b.describe());
        let message = match row {
            Some(_) => format!("Falta «{}»: es obligatorio.", f.label),
            None => format!("Falta la fila «{}» (es obligatoria): agréguela con su valor.", f.label),
        };
        p.error(table.name(), row, column, message);
    }
}

pub fn read_bands(table: Option<&Table>, p: &mut Problems) -> Vec<Band> {
    let Some(table) = table else {
        return default_bands();
    };
    let mut bands: Vec<Band> = Vec::new();
    let mut seen: BTreeMap<String, u32> = BTreeMap::new();
    for row in table.rows() {
        let mut r = Fields::new(table, row, p);
        let id = r.code(Col::BandId);
        let id = r.require(Col::BandId, id, "el id del color");
        let min = r.decimal(Col::BandMin);
        let min = r.require(Col::BandMin, min, "el porcentaje «Desde»");
        let label = r.text(Col::BandLabel).unwrap_or_default();
        let symbol = r.text(Col::BandSymbol).unwrap_or_default();
        let colour = r.text(Col::BandColour).unwrap_or_default();
        let (Some(id), Some(min_pct)) = (id, min) else {
            continue;
        };
        if let Some(first) = seen.get(&id) {
            r.error(Col::BandId, &format!("El color «{id}» ya está en la fila {first}."));
            continue;
        }
        seen.insert(id.clone(), r.number());
        bands.push(Band {
            id,
            label,
            min_pct,
            symbol,
            colour,
        });
    }
    if bands.is_empty() {
        if table.rows().next().is_none() {
            p.warning(
                table.name(),
                None,
                None,
                "La hoja no tiene ningún color: se usan los de CEPLAN (verde desde 95 %, ámbar desde 75 %, rojo desde 0 %)."
                    .into(),
            );
        }
        return default_bands();
    }
    bands
}
