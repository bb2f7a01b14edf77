//! Differences between two versions of a plan (e.g. the original and the modified POI): items
//! added or removed, targets, obtained values and budget figures that changed, and the results
//! each version gives.

use crate::sorting;
use std::collections::BTreeMap;
use std::fmt::Debug;

use rust_decimal::Decimal;

use crate::budget::cost_centre_key;
use crate::model::{Indicator, Plan};
use crate::Evaluation;

/// What kind of difference, so a user can filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum DiffKind {
    Structure,
    Target,
    Value,
    Budget,
}

impl DiffKind {
    pub fn label(self) -> &'static str {
        match self {
            DiffKind::Structure => "Estructura",
            DiffKind::Target => "Meta",
            DiffKind::Value => "Valor obtenido",
            DiffKind::Budget => "Presupuesto",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    pub kind: DiffKind,
    /// The item's code.
    pub item: String,
    /// What changed, for people: "meta 2022", "nombre", "indicador agregado".
    pub what: String,
    pub before: String,
    pub after: String,
}

fn show(d: Option<Decimal>) -> String {
    d.map(|d| d.normalize().to_string()).unwrap_or_else(|| "—".into())
}

struct Differ {
    out: Vec<Difference>,
}

impl Differ {
    fn push(&mut self, kind: DiffKind, item: &str, what: impl Into<String>, before: String, after: String) {
        if before != after {
            self.out.push(Difference {
                kind,
                item: item.to_string(),
                what: what.into(),
                before,
                after,
            });
        }
    }

    fn num(&mut self, kind: DiffKind, item: &str, what: impl Into<String>, a: Option<Decimal>, b: Option<Decimal>) {
        // 10.10 and 10.1 are the same figure.
        if a.map(|d| d.normalize()) != b.map(|d| d.normalize()) {
            self.push(kind, item, what, show(a), show(b));
        }
    }

    fn presence<T>(&mut self, what: &str, a: &BTreeMap<String, T>, b: &BTreeMap<String, T>) {
        for k in a.keys().filter(|k| !b.contains_key(*k)) {
            self.push(
                DiffKind::Structure,
                k,
                format!("{what} eliminado"),
                "existe".into(),
                "—".into(),
            );
        }
        for k in b.keys().filter(|k| !a.contains_key(*k)) {
            self.push(
                DiffKind::Structure,
                k,
                format!("{what} agregado"),
                "—".into(),
                "existe".into(),
            );
        }
    }

    fn periods(
        &mut self,
        kind: DiffKind,
        item: &str,
        what: &str,
        a: &BTreeMap<String, Decimal>,
        b: &BTreeMap<String, Decimal>,
    ) {
        let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
        sorting::sort(&mut keys);
        keys.dedup();
        for k in keys {
            self.num(kind, item, format!("{what} {k}"), a.get(k).copied(), b.get(k).copied());
        }
    }

    fn indicator(&mut self, a: &Indicator, b: &Indicator) {
        let c = &a.code;
        self.push(DiffKind::Structure, c, "nombre", a.name.clone(), b.name.clone());
        self.push(
            DiffKind::Structure,
            c,
            "unidad de medida",
            debug(&a.unit),
            debug(&b.unit),
        );
        self.push(DiffKind::Target, c, "sentido", debug(&a.direction), debug(&b.direction));
        self.num(
            DiffKind::Target,
            c,
            "línea de base",
            a.baseline.as_ref().map(|x| x.value),
            b.baseline.as_ref().map(|x| x.value),
        );
        self.periods(DiffKind::Target, c, "meta", &a.expected, &b.expected);
        self.periods(DiffKind::Value, c, "valor obtenido", &a.obtained, &b.obtained);
    }
}

fn debug<T: Debug>(v: &T) -> String {
    format!("{v:?}").to_lowercase()
}

fn indicators(p: &Plan) -> BTreeMap<String, &Indicator> {
    sorting::btree_map(p.indicators_in_order().map(|(_, _, i)| (i.code.clone(), i)))
}

/// Every difference from `a` to `b`, grouped by kind.
pub fn differences(a: &Plan, b: &Plan) -> Vec<Difference> {
    let mut d = Differ { out: Vec::new() };
    let names = |p: &Plan| sorting::btree_map(p.objectives.iter().map(|o| (o.code.clone(), o.name.to_string())));
    let (oa, ob) = (names(a), names(b));
    d.presence("objetivo", &oa, &ob);
    for (k, na) in &oa {
        if let Some(nb) = ob.get(k) {
            d.push(DiffKind::Structure, k, "nombre", na.to_string(), nb.to_string());
        }
    }
    let actions = |p: &Plan| -> BTreeMap<String, String> {
        sorting::btree_map(
            p.objectives
                .iter()
                .flat_map(|o| o.actions.iter())
                .map(|x| (x.code.clone(), x.name.clone())),
        )
    };
    let (aa, ab) = (actions(a), actions(b));
    d.presence("acción", &aa, &ab);
    for (k, na) in &aa {
        if let Some(nb) = ab.get(k) {
            d.push(DiffKind::Structure, k, "nombre", na.clone(), nb.clone());
        }
    }
    let (ia, ib) = (indicators(a), indicators(b));
    d.presence("indicador", &ia, &ib);
    for (k, x) in &ia {
        if let Some(y) = ib.get(k) {
            d.indicator(x, y);
        }
    }
    fn acts(p: &Plan) -> BTreeMap<String, &crate::model::Activity> {
        sorting::btree_map(p.poi.activities.iter().map(|x| (x.code.clone(), x)))
    }
    let (xa, xb) = (acts(a), acts(b));
    d.presence("actividad", &xa, &xb);
    for (k, x) in &xa {
        if let Some(y) = xb.get(k) {
            d.push(DiffKind::Structure, k, "AEI", x.aei.clone(), y.aei.clone());
            d.num(
                DiffKind::Target,
                k,
                "meta física programada",
                x.physical_programmed,
                y.physical_programmed,
            );
            d.num(
                DiffKind::Value,
                k,
                "meta física ejecutada",
                x.physical_executed,
                y.physical_executed,
            );
            d.num(
                DiffKind::Budget,
                k,
                "monto programado",
                x.financial_programmed,
                y.financial_programmed,
            );
            d.num(
                DiffKind::Budget,
                k,
                "monto ejecutado",
                x.financial_executed,
                y.financial_executed,
            );
        }
    }
    let centres = |p: &Plan| -> BTreeMap<String, (Option<Decimal>, Option<Decimal>)> {
        sorting::btree_map(
            p.poi
                .cost_centres
                .iter()
                .flat_map(|t| t.rows.iter().enumerate())
                .map(|(i, r)| (cost_centre_key(r.code.as_deref(), i), (r.programmed, r.executed))),
        )
    };
    let (ca, cb) = (centres(a), centres(b));
    d.presence("centro de costo", &ca, &cb);
    for (k, x) in &ca {
        if let Some(y) = cb.get(k) {
            d.num(DiffKind::Budget, k, "monto programado", x.0, y.0);
            d.num(DiffKind::Budget, k, "monto ejecutado", x.1, y.1);
        }
    }
    sorting::sort_by(&mut d.out, |x, y| (x.kind, &x.item).cmp(&(y.kind, &y.item)));
    d.out
}

/// One line of the side-by-side results: the institution ("Institución") then each objective.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultPair {
    pub code: String,
    pub name: String,
    pub a: Option<Decimal>,
    pub b: Option<Decimal>,
    /// b − a, when both exist.
    pub change: Option<Decimal>,
}

impl ResultPair {
    /// How a table names the line: "Institución", or an objective's code and name.
    pub fn label(&self) -> String {
        if self.code == crate::narrative::INSTITUTION_KEY {
            self.name.clone()
        } else {
            format!("{} {}", self.code, self.name)
        }
    }
}

pub fn results(a: &Evaluation, b: &Evaluation) -> Vec<ResultPair> {
    let pair = |code: &str, name: &str, x: Option<Decimal>, y: Option<Decimal>| ResultPair {
        code: code.into(),
        name: name.into(),
        a: x,
        b: y,
        change: x.zip(y).map(|(x, y)| y - x),
    };
    let mut out = vec![pair(
        crate::narrative::INSTITUTION_KEY,
        "Institución",
        a.institution.result_pct,
        b.institution.result_pct,
    )];
    let mut codes: Vec<(&str, &str)> = a
        .objectives
        .iter()
        .map(|o| (o.code.as_str(), o.name.as_str()))
        .collect();
    for o in &b.objectives {
        if !codes.iter().any(|(c, _)| *c == o.code) {
            codes.push((&o.code, &o.name));
        }
    }
    for (code, name) in codes {
        let x = a.objective(code).and_then(|o| o.result_pct);
        let y = b.objective(code).and_then(|o| o.result_pct);
        out.push(pair(code, name, x, y));
    }
    out
}
