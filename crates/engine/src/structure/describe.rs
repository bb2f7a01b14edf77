//! How structure changes are named in the change log and on screen.
//!
//! Log addresses: `estructura/<code>` for an item added or removed, `estructura/<code>/<what>`
//! for one of its fields said in words, `meta/<indicator>/<year>` and `linea-base/<indicator>`
//! for figures, `plan/<what>` for the plan's own data. Cost centres and budget stages have no
//! reliable code and are named by row: `estructura/centro-de-costo/<n>`, `estructura/etapa/<n>`.

use std::collections::BTreeSet;

use rust_decimal::Decimal;

use super::{Header, Item};
use crate::direction::direction_label;
use crate::history::Change;
use crate::model::{ActivityKind, GovernmentLevel, Indicator, PeriodKind};
use crate::unit_range::unit_label;

pub(super) fn code(item: &Item) -> Option<&str> {
    match item {
        Item::Objective(o) => Some(&o.code),
        Item::Action(a) => Some(&a.code),
        Item::Indicator(i) => Some(&i.code),
        Item::Activity(a) => Some(&a.code),
        Item::CostCentre(_) | Item::Stage(_) => None,
    }
}

/// "el objetivo OEI.01 «Mejorar…»".
pub(super) fn item(item: &Item) -> String {
    match item {
        Item::Objective(o) => format!("el objetivo {} «{}»", o.code, o.name),
        Item::Action(a) => format!("la acción {} «{}»", a.code, a.name),
        Item::Indicator(i) => format!("el indicador {} «{}»", i.code, i.name),
        Item::Activity(a) => format!("la actividad {} «{}»", a.code, a.name),
        Item::CostCentre(c) => format!("el centro de costo «{}»", c.name),
        Item::Stage(s) => format!("la etapa «{}»", s.stage.label()),
    }
}

/// The log address of the item itself; `index` names rows without a code.
pub(super) fn item_field(item: &Item, index: usize) -> String {
    match item {
        Item::CostCentre(_) => format!("estructura/centro-de-costo/{}", index + 1),
        Item::Stage(_) => format!("estructura/etapa/{}", index + 1),
        other => format!("estructura/{}", code(other).unwrap_or_default()),
    }
}

/// A log address as a phrase: "OEI.01 · nombre", "IND.01.OEI.01 · meta 2023".
pub fn field_label(field: &str) -> Option<String> {
    if let Some(rest) = field.strip_prefix("meta/") {
        let (code, year) = rest.rsplit_once('/')?;
        return Some(format!("{code} · meta {year}"));
    }
    if let Some(code) = field.strip_prefix("linea-base/") {
        return Some(format!("{code} · línea de base"));
    }
    if let Some(what) = field.strip_prefix("plan/") {
        return Some(format!("datos del plan · {what}"));
    }
    let rest = field.strip_prefix("estructura/")?;
    for (prefix, name) in [
        ("centro-de-costo/", "centro de costo, fila "),
        ("etapa/", "etapa del presupuesto, fila "),
    ] {
        if let Some(row) = rest.strip_prefix(prefix) {
            return Some(match row.split_once('/') {
                Some((n, what)) => format!("{name}{n} · {what}"),
                None => format!("{name}{row}"),
            });
        }
    }
    Some(match rest.rsplit_once('/') {
        Some((code, what)) if is_attr(what) => format!("{code} · {what}"),
        _ => format!("{rest} · elemento"),
    })
}

/// Whether a log address's last part names one of an item's fields.
pub(super) fn is_attr(what: &str) -> bool {
    ATTRS.contains(&what)
}

/// The field names used after an item's code, so codes holding '/' still read right.
const ATTRS: [&str; 22] = [
    "código",
    "nombre",
    "prioridad",
    "responsable",
    "unidad de medida",
    "sentido",
    "acumulativo",
    "forma de las metas",
    "agregación semestral",
    "relevancia",
    "año de la línea de base",
    "fuente",
    "notas",
    "tipo",
    "AEI",
    "centro de costo",
    "unidad física",
    "meta física programada",
    "monto programado",
    "posición",
    "etapa",
    "detalle",
];

struct Changes {
    base: String,
    out: Vec<(String, Change)>,
}

impl Changes {
    fn text(&mut self, what: &str, a: Option<String>, b: Option<String>) {
        if a != b {
            self.out.push((format!("{}/{what}", self.base), Change::Text(a, b)));
        }
    }

    fn words(&mut self, what: &str, a: &str, b: &str) {
        self.text(what, Some(a.to_string()), Some(b.to_string()));
    }

    fn figure(&mut self, field: String, a: Option<Decimal>, b: Option<Decimal>) {
        if a != b {
            self.out.push((field, Change::Figure(a, b)));
        }
    }
}

fn yes_no(b: bool) -> String {
    if b { "sí" } else { "no" }.into()
}

fn number<T: ToString>(v: Option<T>) -> Option<String> {
    v.map(|v| v.to_string())
}

/// One log entry per field that differs between two versions of an item.
pub(super) fn changes(old: &Item, new: &Item) -> Vec<(String, Change)> {
    let base = match (code(old), old) {
        (Some(c), _) => format!("estructura/{c}"),
        (None, other) => item_field(other, 0),
    };
    let mut c = Changes { base, out: Vec::new() };
    if let (Some(a), Some(b)) = (code(old), code(new)) {
        c.words("código", a, b);
    }
    match (old, new) {
        (Item::Objective(a), Item::Objective(b)) => {
            c.words("nombre", &a.name, &b.name);
            c.text("prioridad", number(a.priority), number(b.priority));
            c.text("responsable", a.responsible.clone(), b.responsible.clone());
            c.text("detalle", declared(&a.declared), declared(&b.declared));
        }
        (Item::Action(a), Item::Action(b)) => {
            c.words("nombre", &a.name, &b.name);
            c.text("prioridad", number(a.priority), number(b.priority));
            c.text("responsable", a.responsible.clone(), b.responsible.clone());
            c.text("detalle", declared(&a.declared), declared(&b.declared));
        }
        (Item::Indicator(a), Item::Indicator(b)) => indicator(&mut c, a, b),
        (Item::Activity(a), Item::Activity(b)) => {
            c.words("nombre", &a.name, &b.name);
            c.words("tipo", kind(a.kind), kind(b.kind));
            c.words("AEI", &a.aei, &b.aei);
            c.text("responsable", a.responsible.clone(), b.responsible.clone());
            c.text("centro de costo", a.cost_centre.clone(), b.cost_centre.clone());
            c.text("unidad física", a.physical_unit.clone(), b.physical_unit.clone());
            let base = c.base.clone();
            c.figure(
                format!("{base}/meta física programada"),
                a.physical_programmed,
                b.physical_programmed,
            );
            c.figure(
                format!("{base}/monto programado"),
                a.financial_programmed,
                b.financial_programmed,
            );
        }
        (Item::CostCentre(a), Item::CostCentre(b)) => {
            c.text("código", a.code.clone(), b.code.clone());
            c.words("nombre", &a.name, &b.name);
            c.text("responsable", a.responsible.clone(), b.responsible.clone());
            let base = c.base.clone();
            c.figure(format!("{base}/monto programado"), a.programmed, b.programmed);
            c.text("detalle", number(a.ao_count), number(b.ao_count));
        }
        (Item::Stage(a), Item::Stage(b)) => {
            c.words("etapa", a.stage.label(), b.stage.label());
            c.text("fuente", a.source.clone(), b.source.clone());
            let base = c.base.clone();
            c.figure(format!("{base}/monto"), a.amount, b.amount);
            c.text(
                "detalle",
                Some(format!("{:?}/{:?}/{:?}", a.investments, a.activities, a.total)),
                Some(format!("{:?}/{:?}/{:?}", b.investments, b.activities, b.total)),
            );
        }
        _ => {}
    }
    c.out
}

fn declared(d: &Option<crate::model::DeclaredResult>) -> Option<String> {
    d.as_ref().map(|d| format!("{d:?}"))
}

fn kind(k: ActivityKind) -> &'static str {
    match k {
        ActivityKind::ActividadOperativa => "actividad operativa",
        ActivityKind::Inversion => "inversión",
    }
}

fn indicator(c: &mut Changes, a: &Indicator, b: &Indicator) {
    c.words("nombre", &a.name, &b.name);
    c.words("unidad de medida", unit_label(a.unit), unit_label(b.unit));
    let dir = |i: &Indicator| {
        i.direction
            .map(direction_label)
            .unwrap_or("según las metas")
            .to_string()
    };
    c.text("sentido", Some(dir(a)), Some(dir(b)));
    c.text("acumulativo", Some(yes_no(a.cumulative)), Some(yes_no(b.cumulative)));
    let targets = |i: &Indicator| match i.targets {
        crate::model::TargetSeries::PerPeriod => "meta de cada año",
        crate::model::TargetSeries::RunningTotal => "total acumulado a la fecha",
    };
    c.words("forma de las metas", targets(a), targets(b));
    let agg = |i: &Indicator| match i.aggregation {
        None => "según la unidad",
        Some(x) => crate::series::aggregation_label(x),
    };
    c.words("agregación semestral", agg(a), agg(b));
    c.text(
        "relevancia",
        Some(a.relevance.to_string()),
        Some(b.relevance.to_string()),
    );
    c.text(
        "año de la línea de base",
        number(a.baseline.as_ref().map(|x| x.year)),
        number(b.baseline.as_ref().map(|x| x.year)),
    );
    c.figure(
        format!("linea-base/{}", b.code),
        a.baseline.as_ref().map(|x| x.value),
        b.baseline.as_ref().map(|x| x.value),
    );
    let years: BTreeSet<&String> = a.expected.keys().chain(b.expected.keys()).collect();
    for y in years {
        c.figure(
            format!("meta/{}/{y}", b.code),
            a.expected.get(y).copied(),
            b.expected.get(y).copied(),
        );
    }
    c.text("responsable", a.responsible.clone(), b.responsible.clone());
    c.text("fuente", a.source.clone(), b.source.clone());
    c.text("notas", a.notes.clone(), b.notes.clone());
}

fn level(l: GovernmentLevel) -> &'static str {
    match l {
        GovernmentLevel::Nacional => "nacional",
        GovernmentLevel::Regional => "regional",
        GovernmentLevel::LocalProvincial => "local provincial",
        GovernmentLevel::LocalDistrital => "local distrital",
    }
}

fn period(p: PeriodKind) -> &'static str {
    match p {
        PeriodKind::Anual => "anual",
        PeriodKind::Semestre1 => "primer semestre",
    }
}

/// One log entry per rule of the method that differs (`método/…`).
pub(super) fn settings_changes(a: &crate::model::Settings, b: &crate::model::Settings) -> Vec<(String, Change)> {
    use crate::method;
    let mut c = Changes {
        base: "método".into(),
        out: Vec::new(),
    };
    type Said = fn(&crate::model::Settings) -> String;
    let rules: [(&str, Said); 8] = [
        ("bandas del semáforo", |s| method::bands_label(&s.bands)),
        ("resultado de cada OEI", |s| method::rollup_label(s.rollup).into()),
        ("indicadores del resultado de un OEI", |s| {
            method::scope_label(s.objective_indicators).into()
        }),
        ("indicadores sin valor reportado", |s| {
            method::missing_label(s.missing_values).into()
        }),
        ("juicio del evaluador", |s| {
            method::verdicts_label(s.use_evaluator_verdicts).into()
        }),
        ("tope del avance", |s| method::cap_label(s.rollup_cap_pct)),
        ("AEI sin AO ni inversiones", |s| {
            method::empty_aei_label(s.aei_without_activities).into()
        }),
        ("alerta de ejecución", |s| {
            crate::decimal_util::fmt_pct(s.execution_alert_pct)
        }),
    ];
    for (what, said) in rules {
        c.words(what, &said(a), &said(b));
    }
    // A colour or symbol alone changes no figure but is still a change to the file.
    if c.out.is_empty() && a != b {
        c.words("presentación de las bandas", "anterior", "nueva");
    }
    c.out
}

pub(super) fn header_changes(a: &Header, b: &Header) -> Vec<(String, Change)> {
    let mut c = Changes {
        base: "plan".into(),
        out: Vec::new(),
    };
    c.words("entidad", &a.entity.name, &b.entity.name);
    c.words("nivel de gobierno", level(a.entity.level), level(b.entity.level));
    c.text(
        "código de unidad ejecutora",
        a.entity.ejecutora_code.clone(),
        b.entity.ejecutora_code.clone(),
    );
    c.words("nombre del plan", &a.plan.name, &b.plan.name);
    c.text(
        "año de inicio",
        Some(a.plan.start_year.to_string()),
        Some(b.plan.start_year.to_string()),
    );
    c.text(
        "año de fin",
        Some(a.plan.end_year.to_string()),
        Some(b.plan.end_year.to_string()),
    );
    c.text("aprobado por", a.plan.approved_by.clone(), b.plan.approved_by.clone());
    c.text("fuente", a.plan.source.clone(), b.plan.source.clone());
    c.text(
        "año evaluado",
        Some(a.evaluation.year.to_string()),
        Some(b.evaluation.year.to_string()),
    );
    c.words(
        "periodo evaluado",
        period(a.evaluation.period),
        period(b.evaluation.period),
    );
    c.out
}
