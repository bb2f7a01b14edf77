//! OEI, AEI and indicators (from their sheets, or from one flat indicators sheet that names its
//! objectives and actions), and the obtained values.

use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;
use semaforo_engine::unit_range;
use semaforo_engine::{Action, Baseline, DeclaredResult, EvaluatorVerdict, Indicator, Objective, Unit};

use super::head::Head;
use super::table::{Bound, Fields, Table};
use crate::labels;
use crate::layout::{period_key, Col, Header};
use crate::read::cells;
use crate::report::Problems;

/// Where an item was read: for "already in row N" messages.
#[derive(Debug, Clone)]
struct Place {
    sheet: String,
    row: u32,
}

impl Place {
    fn describe(&self, here: &str) -> String {
        if self.sheet == here {
            format!("la fila {}", self.row)
        } else {
            format!("la hoja «{}», fila {}", self.sheet, self.row)
        }
    }
}

struct IndicatorAt {
    /// (objective, action, position in its list); `None` when its OEI/AEI was unknown.
    pos: Option<(usize, Option<usize>, usize)>,
    unit: Option<Unit>,
}

#[derive(Default)]
pub struct Items {
    pub objectives: Vec<Objective>,
    oei: BTreeMap<String, (usize, Place)>,
    aei: BTreeMap<String, (usize, usize, Place)>,
    indicators: BTreeMap<String, IndicatorAt>,
    indicator_places: BTreeMap<String, Place>,
    /// Where each (indicator, period) value came from, to catch one given twice.
    obtained_at: BTreeMap<(String, String), (Decimal, Place)>,
    /// Columns already reported for the whole column (a `Meta AAAA` with values).
    column_reported: BTreeSet<u32>,
}

impl Items {
    pub fn action_known(&self, code: &str) -> bool {
        self.aei.contains_key(code)
    }

    pub fn objective_known(&self, code: &str) -> bool {
        self.oei.contains_key(code)
    }

    pub fn indicator_count(&self) -> usize {
        self.objectives
            .iter()
            .map(|o| o.indicators.len() + o.actions.iter().map(|a| a.indicators.len()).sum::<usize>())
            .sum()
    }

    pub fn obtained_count(&self) -> usize {
        self.objectives
            .iter()
            .flat_map(|o| o.indicators.iter().chain(o.actions.iter().flat_map(|a| &a.indicators)))
            .map(|i| i.obtained.len())
            .sum()
    }

    fn indicator_mut(&mut self, at: (usize, Option<usize>, usize)) -> Option<&mut Indicator> {
        let (o, a, i) = at;
        let obj = self.objectives.get_mut(o)?;
        match a {
            Some(a) => obj.actions.get_mut(a)?.indicators.get_mut(i),
            None => obj.indicators.get_mut(i),
        }
    }
}

fn declared(r: &mut Fields) -> Option<DeclaredResult> {
    let d = DeclaredResult {
        result_pct: r.amount(Col::DeclResult),
        indicators_total: r.count(Col::DeclTotal),
        indicators_met: r.count(Col::DeclMet),
        indicators_not_met: r.count(Col::DeclNotMet),
        source: r.text(Col::DeclSource),
    };
    (d != DeclaredResult::default()).then_some(d)
}

fn priority(r: &mut Fields) -> Option<u32> {
    r.count(Col::Priority)
}

pub fn read_objectives(items: &mut Items, table: &Table, p: &mut Problems) {
    for row in table.rows() {
        let mut r = Fields::new(table, row, p);
        let code = r.code(Col::Code);
        let code = r.require(Col::Code, code, "el código del OEI");
        r.item.clone_from(&code);
        let name = r.text(Col::Name);
        let name = r.require(Col::Name, name, "el nombre del OEI");
        let priority = priority(&mut r);
        let responsible = r.text(Col::Responsible);
        let declared = declared(&mut r);
        let Some(code) = code else { continue };
        if let Some((_, first)) = items.oei.get(&code) {
            let m = format!(
                "El OEI {code} ya está en {}: cada código va una sola vez.",
                first.describe(table.name())
            );
            r.error(Col::Code, &m);
            continue;
        }
        let place = Place {
            sheet: table.name().to_string(),
            row: r.number(),
        };
        items.oei.insert(code.clone(), (items.objectives.len(), place));
        items.objectives.push(Objective {
            code,
            name: name.unwrap_or_default(),
            priority,
            responsible,
            indicators: Vec::new(),
            actions: Vec::new(),
            declared,
        });
    }
}

pub fn read_actions(items: &mut Items, table: &Table, p: &mut Problems) {
    for row in table.rows() {
        let mut r = Fields::new(table, row, p);
        let code = r.code(Col::Code);
        let code = r.require(Col::Code, code, "el código de la AEI");
        r.item.clone_from(&code);
        let oei = r.code(Col::OeiCode);
        let oei = r.require(Col::OeiCode, oei, "el código del OEI al que pertenece");
        let name = r.text(Col::Name);
        let name = r.require(Col::Name, name, "el nombre de la AEI");
        let priority = priority(&mut r);
        let responsible = r.text(Col::Responsible);
        let declared = declared(&mut r);
        let (Some(code), Some(oei)) = (code, oei) else { continue };
        let Some((o, _)) = items.oei.get(&oei).map(|(o, pl)| (*o, pl.clone())) else {
            r.error(Col::OeiCode, &format!("El OEI {oei} no está en la hoja OEI."));
            continue;
        };
        if let Some((_, _, first)) = items.aei.get(&code) {
            let m = format!(
                "La AEI {code} ya está en {}: cada código va una sola vez.",
                first.describe(table.name())
            );
            r.error(Col::Code, &m);
            continue;
        }
        let Some(obj) = items.objectives.get_mut(o) else {
            continue;
        };
        let place = Place {
            sheet: table.name().to_string(),
            row: r.number(),
        };
        items.aei.insert(code.clone(), (o, obj.actions.len(), place));
        obj.actions.push(Action {
            code,
            name: name.unwrap_or_default(),
            priority,
            responsible,
            indicators: Vec::new(),
            declared,
        });
    }
}

/// The objective an indicator row names, created from `Nombre OEI` when the OEI sheet lacks it.
fn objective_for(items: &mut Items, r: &mut Fields, code: &str, sheet: &str) -> Option<usize> {
    if let Some((o, _)) = items.oei.get(code) {
        if let Some(name) = r.text(Col::OeiName) {
            let known = items
                .objectives
                .get(*o)
                .map(|x| x.name.trim() == name.trim())
                .unwrap_or(true);
            if !known {
                r.warn(
                    Col::OeiName,
                    &format!(
                        "El OEI {code} ya tiene otro nombre (en la hoja OEI o en una fila anterior); se conserva ese."
                    ),
                );
            }
        }
        return Some(*o);
    }
    let Some(name) = r.text(Col::OeiName) else {
        let m = if r.table.has(Col::OeiName) {
            format!("El OEI {code} no está en la hoja OEI y la fila no dice su nombre («Nombre OEI»).")
        } else {
            format!(
                "El OEI {code} no está en la hoja OEI (o agregue una columna «Nombre OEI» para crearlo desde aquí)."
            )
        };
        r.error(Col::OeiCode, &m);
        return None;
    };
    let o = items.objectives.len();
    items.oei.insert(
        code.to_string(),
        (
            o,
            Place {
                sheet: sheet.to_string(),
                row: r.number(),
            },
        ),
    );
    items.objectives.push(Objective {
        code: code.to_string(),
        name,
        priority: None,
        responsible: None,
        indicators: Vec::new(),
        actions: Vec::new(),
        declared: None,
    });
    Some(o)
}

/// (objective, action) of an indicator row, or `None` after saying why.
fn place_indicator(items: &mut Items, r: &mut Fields, sheet: &str) -> Option<(usize, Option<usize>)> {
    let oei = r.code(Col::OeiCode);
    let aei = r.code(Col::AeiCode);
    match (oei, aei) {
        (None, None) => {
            r.error(
                Col::OeiCode,
                "Falta el código del OEI (o el de la AEI) al que pertenece el indicador.",
            );
            None
        }
        (oei, Some(aei)) => {
            if let Some((o, a, _)) = items.aei.get(&aei).map(|(o, a, pl)| (*o, *a, pl.clone())) {
                let owner = items.objectives.get(o).map(|x| x.code.clone()).unwrap_or_default();
                if let Some(oei) = oei.filter(|c| *c != owner) {
                    r.error(
                        Col::OeiCode,
                        &format!("La AEI {aei} pertenece al {owner}, no al {oei}: corrija uno de los dos códigos."),
                    );
                    return None;
                }
                if let Some(name) = r.text(Col::AeiName) {
                    let same = items
                        .objectives
                        .get(o)
                        .and_then(|x| x.actions.get(a))
                        .map(|x| x.name.trim() == name.trim())
                        .unwrap_or(true);
                    if !same {
                        r.warn(
                            Col::AeiName,
                            &format!("La AEI {aei} ya tiene otro nombre (en la hoja AEI o en una fila anterior); se conserva ese."),
                        );
                    }
                }
                return Some((o, Some(a)));
            }
            let Some(name) = r.text(Col::AeiName) else {
                let m = if r.table.has(Col::AeiName) {
                    format!("La AEI {aei} no está en la hoja AEI y la fila no dice su nombre («Nombre AEI»).")
                } else {
                    format!("La AEI {aei} no está en la hoja AEI (o agregue las columnas «Nombre AEI» y «Código OEI» para crearla desde aquí).")
                };
                r.error(Col::AeiCode, &m);
                return None;
            };
            let Some(oei) = oei else {
                r.error(
                    Col::OeiCode,
                    &format!("Para crear la AEI {aei} desde aquí hace falta el código del OEI al que pertenece."),
                );
                return None;
            };
            let o = objective_for(items, r, &oei, sheet)?;
            let obj = items.objectives.get_mut(o)?;
            let a = obj.actions.len();
            items.aei.insert(
                aei.clone(),
                (
                    o,
                    a,
                    Place {
                        sheet: sheet.to_string(),
                        row: r.number(),
                    },
                ),
            );
            obj.actions.push(Action {
                code: aei,
                name,
                priority: None,
                responsible: None,
                indicators: Vec::new(),
                declared: None,
            });
            Some((o, Some(a)))
        }
        (Some(oei), None) => objective_for(items, r, &oei, sheet).map(|o| (o, None)),
    }
}

fn unit_check(r: &mut Fields, b: Option<&Bound>, unit: Option<Unit>, what: &str, value: Decimal) -> bool {
    match unit.and_then(|u| unit_range::check(u, value)) {
        Some(why) => {
            r.error_at(b, &format!("{what}: {why}."));
            false
        }
        None => true,
    }
}

pub fn read_indicators(items: &mut Items, head: &Head, table: &Table, p: &mut Problems) {
    let cutoff = head.cutoff_key();
    let eval_year = cutoff.as_ref().map(|k| k.chars().take(4).collect::<String>());
    for row in table.rows() {
        let mut r = Fields::new(table, row, p);
        let code = r.code(Col::Code);
        let code = r.require(Col::Code, code, "el código del indicador");
        r.item.clone_from(&code);
        let name = r.text(Col::Name);
        let name = r.require(Col::Name, name, "el nombre del indicador");
        let unit = r.choice(Col::Unit, labels::UNITS);
        let unit = r.require(Col::Unit, unit, "la unidad de medida");
        let direction = r.choice(Col::Direction, labels::DIRECTIONS);
        let cumulative = r.choice(Col::Cumulative, labels::YES_NO).unwrap_or(false);
        let targets = r.choice(Col::TargetSeries, labels::TARGET_SERIES).unwrap_or_default();
        let aggregation = r.choice(Col::Aggregation, labels::AGGREGATIONS);
        let relevance = r
            .int(Col::Relevance, 1, 3)
            .and_then(|n| u8::try_from(n).ok())
            .unwrap_or(1);
        let base_year = r.year(Col::BaseYear);
        let base_value = r.decimal(Col::BaseValue);
        let baseline = match (base_year, base_value) {
            (Some(year), Some(value)) => {
                let b = table.find(Col::BaseValue);
                unit_check(&mut r, b, unit, "Línea de base", value).then_some(Baseline { year, value })
            }
            (None, None) => None,
            (Some(_), None) => {
                if r.blank(Col::BaseValue) {
                    r.error(Col::BaseValue, "La línea de base tiene año pero no valor.");
                }
                None
            }
            (None, Some(_)) => {
                if r.blank(Col::BaseYear) {
                    r.error(Col::BaseYear, "La línea de base tiene valor pero no año.");
                }
                None
            }
        };
        let mut expected = BTreeMap::new();
        let mut obtained: Vec<(String, Decimal, Option<u32>)> = Vec::new();
        for b in &table.columns {
            let key = match &b.what {
                Header::Target(Some(y)) => Some(y.to_string()),
                Header::Target(None) => {
                    if row.get(b.index).is_some() && items.column_reported.insert(b.index) {
                        r.error_at(
                            Some(b),
                            "Esta columna de metas no dice su año: cambie «AAAA» del encabezado por el año (p. ej. «Meta 2025»).",
                        );
                    }
                    continue;
                }
                // Without the evaluated year (already reported as missing) the column waits for it.
                Header::TargetEvaluated => match &eval_year {
                    Some(y) => Some(y.clone()),
                    None => continue,
                },
                Header::Obtained(k) => {
                    let Some(k) = k.clone().or_else(|| cutoff.clone()) else {
                        continue;
                    };
                    if let Some(v) = r.decimal_in(b) {
                        let what = format!("Valor obtenido {k}");
                        if unit_check(&mut r, Some(b), unit, &what, v) {
                            obtained.push((k, v, Some(b.index)));
                        }
                    }
                    continue;
                }
                _ => None,
            };
            let Some(key) = key else { continue };
            if let Some(v) = r.decimal_in(b) {
                let what = format!("Meta {key}");
                match expected.entry(key) {
                    Entry::Occupied(e) => {
                        r.error_at(
                            Some(b),
                            &format!("La meta de {} está en dos columnas: deje una.", e.key()),
                        );
                    }
                    Entry::Vacant(e) => {
                        if unit_check(&mut r, Some(b), unit, &what, v) {
                            e.insert(v);
                        }
                    }
                }
            }
        }
        let responsible = r.text(Col::Responsible);
        let source = r.text(Col::DataSource);
        let notes = r.text(Col::Notes);
        let met = r.choice(Col::Verdict, labels::VERDICTS);
        let justification = r.text(Col::Justification).filter(|t| !t.trim().is_empty());
        let verdict = match (met, justification) {
            // Given for the period the workbook evaluates (set when the plan is read).
            (Some(met), Some(justification)) => Some(EvaluatorVerdict {
                met,
                justification,
                period: None,
            }),
            (Some(_), None) => {
                r.error(
                    Col::Justification,
                    "El juicio del evaluador necesita su justificación (por qué se decidió así).",
                );
                None
            }
            (None, Some(_)) => {
                if r.blank(Col::Verdict) {
                    r.error(
                        Col::Verdict,
                        "Hay una justificación sin juicio: escriba «Cumplió» o «No cumplió», o borre la justificación.",
                    );
                }
                None
            }
            (None, None) => None,
        };
        let Some(code) = code else { continue };
        if let Some(first) = items.indicator_places.get(&code) {
            let m = format!(
                "El indicador {code} ya está en {}: cada código va una sola vez.",
                first.describe(table.name())
            );
            r.error(Col::Code, &m);
            continue;
        }
        let here = Place {
            sheet: table.name().to_string(),
            row: r.number(),
        };
        items.indicator_places.insert(code.clone(), here.clone());
        let placed = place_indicator(items, &mut r, table.name());
        let mut pos = None;
        if let Some((o, a)) = placed {
            let ind = Indicator {
                code: code.clone(),
                name: name.unwrap_or_default(),
                unit: unit.unwrap_or(Unit::Cantidad),
                direction,
                cumulative,
                targets,
                aggregation,
                relevance,
                baseline,
                expected,
                obtained: BTreeMap::new(),
                responsible,
                source,
                notes,
                verdict,
            };
            if let Some(obj) = items.objectives.get_mut(o) {
                let list = match a {
                    Some(a) => obj.actions.get_mut(a).map(|x| &mut x.indicators),
                    None => Some(&mut obj.indicators),
                };
                if let Some(list) = list {
                    pos = Some((o, a, list.len()));
                    list.push(ind);
                }
            }
        }
        items.indicators.insert(code.clone(), IndicatorAt { pos, unit });
        for (k, v, col) in obtained {
            let b = col.and_then(|c| table.columns.iter().find(|b| b.index == c));
            add_obtained(items, &mut r, b, &code, k, v, here.clone());
        }
    }
}

fn add_obtained(
    items: &mut Items,
    r: &mut Fields,
    b: Option<&Bound>,
    code: &str,
    period: String,
    value: Decimal,
    here: Place,
) {
    let key = (code.to_string(), period.clone());
    if let Some((first_value, first)) = items.obtained_at.get(&key) {
        if *first_value != value {
            let m = format!(
                "El valor obtenido de {period} ({}) ya se dio en {} con otra cifra ({}): deje uno.",
                value.normalize(),
                first.describe(r.table.name()),
                first_value.normalize()
            );
            r.error_at(b, &m);
        }
        return;
    }
    items.obtained_at.insert(key, (value, here));
    let Some(at) = items.indicators.get(code).and_then(|i| i.pos) else {
        return;
    };
    if let Some(ind) = items.indicator_mut(at) {
        ind.obtained.insert(period, value);
    }
}

pub fn read_values(items: &mut Items, head: &Head, table: &Table, p: &mut Problems) {
    let cutoff = head.cutoff_key();
    for row in table.rows() {
        let mut r = Fields::new(table, row, p);
        let code = r.code(Col::IndicatorCode);
        let has_value = !r.blank(Col::Obtained);
        let code = if has_value {
            r.require(Col::IndicatorCode, code, "el código del indicador")
        } else {
            code
        };
        r.item.clone_from(&code);
        let period = match r.raw(Col::Period).and_then(cells::text) {
            Some(t) => match period_key(&t) {
                Some(k) => Some(k),
                None => {
                    r.error(
                        Col::Period,
                        &format!(
                            "«{}» no es un periodo: escriba el año (2022) o el semestre (2022-S1, 2022-S2).",
                            cells::clip(t.trim())
                        ),
                    );
                    continue;
                }
            },
            None => cutoff.clone(),
        };
        let value = r.decimal(Col::Obtained);
        let (Some(code), Some(value)) = (code, value) else {
            continue;
        };
        let Some(unit) = items.indicators.get(&code).map(|i| i.unit) else {
            r.error(Col::IndicatorCode, "Este indicador no está en la hoja Indicadores.");
            continue;
        };
        let Some(period) = period else {
            r.error(
                Col::Period,
                "Falta el periodo, y la hoja Plan no da el año evaluado para suponerlo.",
            );
            continue;
        };
        let b = table.find(Col::Obtained);
        if !unit_check(&mut r, b, unit, "Valor obtenido", value) {
            continue;
        }
        let here = Place {
            sheet: table.name().to_string(),
            row: r.number(),
        };
        add_obtained(items, &mut r, b, &code, period, value, here);
    }
}
