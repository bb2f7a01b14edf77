//! Every problem of a file that is JSON but not a valid plan, found in one pass.
//!
//! Each item (objective, action, indicator, AO, table row, log entry…) is read on its own, so a
//! bad item is reported with its position and code and the rest are still read. Items are read
//! from their own text with the same reader the plan uses (no second, tree-based reader: that
//! would double the code shipped to the browser). Unknown fields are taken out and listed.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::load::{strip_position, translate};
use crate::model::*;

/// At most this many problems are listed for one file.
pub const MAX_PROBLEMS: usize = 50;

/// The field names serde reads for the struct `T`, taken from its own `Deserialize`: the plan's
/// top-level fields are listed in the model alone (`$schema` included, as renamed there).
fn fields_of<'de, T: serde::Deserialize<'de>>() -> &'static [&'static str] {
    use serde::de::{Error as _, Visitor};
    type Failed = serde::de::value::Error;
    struct Probe<'a>(&'a mut &'static [&'static str]);
    impl<'de> serde::Deserializer<'de> for Probe<'_> {
        type Error = Failed;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Failed> {
            Err(Failed::custom("not a struct"))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Failed> {
            *self.0 = fields;
            Err(Failed::custom("fields read"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
            option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
            ignored_any
        }
    }
    let mut out: &'static [&'static str] = &[];
    let _ = T::deserialize(Probe(&mut out));
    out
}

const REQUIRED: [&str; 4] = ["entity", "plan", "evaluation", "objectives"];

#[derive(Debug, Default)]
pub struct Findings {
    pub problems: Vec<String>,
    /// Unknown fields taken out of the document, by place.
    pub unknown: Vec<String>,
}

struct Walker {
    found: Findings,
}

/// Examines a parsed file; unknown fields are removed from `doc` as they are found, so once
/// there are no problems, `doc` reads as a plan.
pub fn examine(doc: &mut Value) -> Findings {
    let mut w = Walker {
        found: Findings::default(),
    };
    let Value::Object(root) = doc else {
        w.found
            .problems
            .push("En el documento: se esperaba un objeto { … } con el plan.".into());
        return w.found;
    };
    let keys: Vec<String> = root.keys().cloned().collect();
    let top_level = fields_of::<Plan>();
    for k in keys {
        if !top_level.contains(&k.as_str()) {
            root.remove(&k);
            w.found.unknown.push(k);
        }
    }
    for k in REQUIRED {
        if !root.contains_key(k) {
            w.found
                .problems
                .push(format!("En el documento: falta el campo obligatorio «{k}»."));
        }
    }
    w.part::<Entity>(root, "entity");
    w.part::<PlanInfo>(root, "plan");
    w.part::<EvaluationPeriod>(root, "evaluation");
    w.part::<Settings>(root, "settings");
    w.part::<DeclaredInstitution>(root, "declared");
    w.part::<Vec<String>>(root, "source_notes");
    w.part::<ReportTexts>(root, "report");
    w.part::<Sharing>(root, "sharing");
    w.part::<bool>(root, "exercise");
    if let Some(v) = root.get_mut("objectives") {
        w.objectives(v);
    }
    if let Some(v) = root.get_mut("poi") {
        w.poi(v);
    }
    if let Some(v) = root.get_mut("history") {
        w.list::<HistoryEntry>(v, "history");
    }
    if let Some(v) = root.get_mut("past_years") {
        w.list::<PastYear>(v, "past_years");
    }
    w.found
}

fn code_of(v: &Value) -> Option<&str> {
    ["code", "aei", "oei", "stage"]
        .iter()
        .find_map(|k| v.get(*k).and_then(Value::as_str))
}

fn at(parent: &str, key: &str, i: usize, item: &Value) -> String {
    let base = if parent.is_empty() {
        format!("{key}[{i}]")
    } else {
        format!("{parent} › {key}[{i}]")
    };
    match code_of(item) {
        Some(c) => format!("{base} ({c})"),
        None => base,
    }
}

impl Walker {
    fn full(&self) -> bool {
        self.found.problems.len() >= MAX_PROBLEMS
    }

    /// Reads `v` as a `T`, taking out unknown fields; the first real error, if any.
    fn check<T: DeserializeOwned>(&mut self, v: &mut Value, place: &str) -> Result<(), String> {
        loop {
            let err = match serde_json::from_str::<T>(&v.to_string()) {
                Ok(_) => return Ok(()),
                Err(e) => strip_position(&e.to_string()),
            };
            if let Some(field) = unknown_field(&err) {
                if let Some(path) = remove_key(v, &field) {
                    self.found.unknown.push(join(place, &path));
                    continue;
                }
            }
            return Err(err);
        }
    }

    /// Checks one item and records its problem; true when it reads.
    fn item<T: DeserializeOwned>(&mut self, v: &mut Value, place: &str) -> bool {
        if self.full() {
            return false;
        }
        match self.check::<T>(v, place) {
            Ok(()) => true,
            Err(msg) => {
                let field = guess_field(v, &msg).map(|p| format!(" › {p}")).unwrap_or_default();
                self.found.problems.push(format!(
                    "En {}: {}.",
                    in_words(&format!("{place}{field}")),
                    translate(&msg)
                ));
                false
            }
        }
    }

    fn part<T: DeserializeOwned>(&mut self, root: &mut Map<String, Value>, key: &str) {
        if let Some(v) = root.get_mut(key) {
            self.item::<T>(v, key);
        }
    }

    /// Checks every element of a list as a `T`; a value that is not a list is checked whole.
    fn list<T: DeserializeOwned>(&mut self, v: &mut Value, place: &str) {
        let parent = place.rsplit_once(" › ").map(|(p, _)| p).unwrap_or("");
        let key = place.rsplit_once(" › ").map(|(_, k)| k).unwrap_or(place);
        match v {
            Value::Array(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    let here = at(parent, key, i, item);
                    self.item::<T>(item, &here);
                }
            }
            other => {
                self.item::<Vec<T>>(other, place);
            }
        }
    }

    /// A container's own fields, without the parts already checked one by one: their lists are
    /// left empty and their (optional) tables left out.
    fn own<T: DeserializeOwned>(&mut self, v: &mut Value, place: &str, checked: &[&str]) {
        let Value::Object(m) = v else {
            self.item::<T>(v, place);
            return;
        };
        let mut shell = Map::new();
        for (k, x) in m.iter() {
            match (checked.contains(&k.as_str()), x.is_array()) {
                (false, _) => shell.insert(k.clone(), x.clone()),
                (true, true) => shell.insert(k.clone(), Value::Array(Vec::new())),
                (true, false) => None,
            };
        }
        let mut shell = Value::Object(shell);
        let before = self.found.unknown.len();
        self.item::<T>(&mut shell, place);
        // Unknown fields found on the shell are taken out of the real item too.
        for u in &self.found.unknown[before..] {
            if let Some(name) = u.rsplit(" › ").next() {
                m.remove(name);
            }
        }
    }

    fn objectives(&mut self, v: &mut Value) {
        let Value::Array(items) = v else {
            self.item::<Vec<Objective>>(v, "objectives");
            return;
        };
        for (i, o) in items.iter_mut().enumerate() {
            let here = at("", "objectives", i, o);
            if let Some(inds) = o.get_mut("indicators") {
                self.list::<Indicator>(inds, &format!("{here} › indicators"));
            }
            if let Some(Value::Array(actions)) = o.get_mut("actions") {
                for (j, a) in actions.iter_mut().enumerate() {
                    let there = at(&here, "actions", j, a);
                    if let Some(inds) = a.get_mut("indicators") {
                        self.list::<Indicator>(inds, &format!("{there} › indicators"));
                    }
                    self.own::<Action>(a, &there, &["indicators"]);
                }
            }
            self.own::<Objective>(o, &here, &["indicators", "actions"]);
        }
    }

    fn poi(&mut self, v: &mut Value) {
        if let Some(x) = v.get_mut("activities") {
            self.list::<Activity>(x, "poi › activities");
        }
        if let Some(x) = v.get_mut("budget_stages") {
            self.list::<BudgetStage>(x, "poi › budget_stages");
        }
        if let Some(t) = v.get_mut("allocation") {
            if let Some(x) = t.get_mut("rows") {
                self.list::<AllocationRow>(x, "poi › allocation › rows");
            }
            if let Some(x) = t.get_mut("declared_objectives") {
                self.list::<DeclaredAllocation>(x, "poi › allocation › declared_objectives");
            }
            self.own::<AllocationTable>(t, "poi › allocation", &["rows", "declared_objectives"]);
        }
        if let Some(t) = v.get_mut("execution") {
            if let Some(x) = t.get_mut("rows") {
                self.list::<ExecutionRow>(x, "poi › execution › rows");
            }
            if let Some(x) = t.get_mut("declared_objectives") {
                self.list::<DeclaredExecution>(x, "poi › execution › declared_objectives");
            }
            self.own::<ExecutionTable>(t, "poi › execution", &["rows", "declared_objectives"]);
        }
        if let Some(t) = v.get_mut("cost_centres") {
            if let Some(x) = t.get_mut("rows") {
                self.list::<CostCentre>(x, "poi › cost_centres › rows");
            }
            self.own::<CostCentreTable>(t, "poi › cost_centres", &["rows"]);
        }
        let checked = ["activities", "budget_stages", "allocation", "execution", "cost_centres"];
        self.own::<Poi>(v, "poi", &checked);
    }
}

/// A place in the file as a planner reads it: "objectives[1] (OEI.02) › indicators[0]
/// (IND.01.OEI.02) › unit" is "OEI.02 › indicador IND.01.OEI.02 › campo «unit»". The field's own
/// name stays, in quotes, for whoever edits the file.
pub fn in_words(path: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut previous = "";
    for seg in path.split(" › ").filter(|s| !s.is_empty()) {
        let (head, code) = match seg.split_once(" (") {
            Some((h, c)) => (h, c.strip_suffix(')')),
            None => (seg, None),
        };
        let (name, index) = match head.split_once('[') {
            Some((n, rest)) => (n, rest.strip_suffix(']').and_then(|i| i.parse::<usize>().ok())),
            None => (head, None),
        };
        let item = match name {
            "objectives" => Some("objetivo"),
            "actions" => Some("acción"),
            "indicators" => Some("indicador"),
            "activities" => Some("actividad"),
            "rows" if previous == "cost_centres" => Some("centro de costo"),
            "rows" => Some("fila"),
            "budget_stages" => Some("etapa del presupuesto"),
            "declared_objectives" => Some("cifra declarada"),
            "bands" => Some("banda"),
            "past_years" => Some("ejercicio anterior"),
            _ => None,
        };
        let word = match (item, index, code) {
            // An OEI or AEI is known by its code alone; other items say what they are.
            (Some("objetivo" | "acción"), Some(_), Some(c)) => c.to_string(),
            (Some(what), Some(_), Some(c)) => format!("{what} {c}"),
            (Some(what), Some(i), None) => format!("{what} n.º {}", i + 1),
            (None, Some(i), _) if name.is_empty() => format!("elemento n.º {}", i + 1),
            _ => match name {
                "poi" => "POI".to_string(),
                "allocation" => "asignación presupuestal".to_string(),
                "execution" => "ejecución por AEI".to_string(),
                "cost_centres" => "centros de costo".to_string(),
                "settings" => "método".to_string(),
                "entity" => "entidad".to_string(),
                "plan" => "datos del plan".to_string(),
                "evaluation" => "periodo evaluado".to_string(),
                "declared" => "cifras declaradas".to_string(),
                "history" => "historial".to_string(),
                "expected" => "meta".to_string(),
                "obtained" => "valor obtenido".to_string(),
                n if n.chars().all(|c| c.is_ascii_digit() || c == '-' || c == 'S') => n.to_string(),
                n => format!("campo «{n}»"),
            },
        };
        out.push(word);
        previous = name;
    }
    out.join(" › ")
}

fn join(place: &str, path: &str) -> String {
    if place.is_empty() {
        path.to_string()
    } else {
        format!("{place} › {path}")
    }
}

fn unknown_field(msg: &str) -> Option<String> {
    let rest = msg.strip_prefix("unknown field `")?;
    rest.split('`').next().map(str::to_string)
}

/// Removes the first field named `key` (the item's own first, then nested), returning where.
fn remove_key(v: &mut Value, key: &str) -> Option<String> {
    if let Value::Object(m) = v {
        if m.remove(key).is_some() {
            return Some(key.to_string());
        }
        for (k, x) in m.iter_mut() {
            if let Some(p) = remove_key(x, key) {
                return Some(format!("{k} › {p}"));
            }
        }
    }
    if let Value::Array(a) = v {
        for (i, x) in a.iter_mut().enumerate() {
            if let Some(p) = remove_key(x, key) {
                return Some(format!("[{i}] › {p}"));
            }
        }
    }
    None
}

/// The value an error message quotes, as it appears in JSON text ("porciento", -1, true).
fn quoted_value(msg: &str) -> Option<String> {
    if let Some(rest) = msg.strip_prefix("unknown variant `") {
        return rest.split('`').next().map(|s| format!("\"{s}\""));
    }
    let rest = msg
        .strip_prefix("invalid value: ")
        .or_else(|| msg.strip_prefix("invalid type: "))?;
    let found = rest.split(", expected").next()?;
    if let Some(s) = found.strip_prefix("string ") {
        return Some(s.to_string());
    }
    for prefix in ["integer `", "floating point `", "boolean `"] {
        if let Some(n) = found.strip_prefix(prefix) {
            return n.split('`').next().map(str::to_string);
        }
    }
    None
}

/// Which field of an item holds the value an error quotes: "unit", "obtained › 2022".
fn guess_field(v: &Value, msg: &str) -> Option<String> {
    let needle = quoted_value(msg)?;
    find(v, &needle)
}

fn find(v: &Value, needle: &str) -> Option<String> {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if scalar_matches(x, needle) {
                    return Some(k.clone());
                }
            }
            for (k, x) in m {
                if let Some(p) = find(x, needle) {
                    return Some(format!("{k} › {p}"));
                }
            }
            None
        }
        Value::Array(a) => a.iter().enumerate().find_map(|(i, x)| {
            if scalar_matches(x, needle) {
                Some(format!("[{i}]"))
            } else {
                find(x, needle).map(|p| format!("[{i}] › {p}"))
            }
        }),
        _ => None,
    }
}

/// Whether a plain value is the one an error message quotes (strings come quoted).
fn scalar_matches(x: &Value, needle: &str) -> bool {
    match x {
        Value::String(s) => needle
            .strip_prefix('"')
            .and_then(|n| n.strip_suffix('"'))
            .is_some_and(|n| n == s),
        Value::Number(n) => n.as_str() == needle,
        Value::Bool(b) => needle == if *b { "true" } else { "false" },
        _ => false,
    }
}

#[cfg(test)]
mod fields_tests {
    #[test]
    fn the_plans_top_level_fields_come_from_the_model() {
        let fields = super::fields_of::<crate::model::Plan>();
        assert_eq!(fields.first(), Some(&"$schema"));
        assert!(fields.contains(&"past_years") && fields.contains(&"history"));
        assert_eq!(fields.len(), 15);
        assert!(super::fields_of::<String>().is_empty());
    }
}
