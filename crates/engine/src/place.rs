//! Where a diagnostic is: the row it is about (for the page's links) and the place in words (for
//! people), both read from its path here and nowhere else.

/// The row a diagnostic is about, read once from its path by the engine: the app takes the user
/// there without parsing paths itself.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Row {
    Objective(String),
    Action(String),
    Indicator(String),
    /// An AO or investment, by code.
    Activity(String),
    /// A row of the cost-centre table, by its key (code, "fila N" or "total").
    CostCentre(String),
    /// A row of the execution table (an AEI, an OEI subtotal or "total").
    Execution(String),
    /// A row of the allocation table (an AEI, an OEI subtotal or "total").
    Allocation(String),
    BudgetStages,
    /// The plan as a whole (settings, the institution, the history…): the summary.
    Plan,
}

impl crate::diagnostic::Diagnostic {
    pub fn row(&self) -> Row {
        row_of(&self.path)
    }
}

/// The row a diagnostic path points to.
pub fn row_of(path: &str) -> Row {
    let last = path.rsplit('/').next().unwrap_or(path).to_string();
    let rest = |prefix: &str| path.strip_prefix(prefix).map(str::to_string);
    if let Some(k) = rest("poi.cost_centres/") {
        return Row::CostCentre(k);
    }
    if let Some(k) = rest("poi.execution/") {
        return Row::Execution(k);
    }
    if let Some(k) = rest("poi.allocation/") {
        return Row::Allocation(k);
    }
    if path.starts_with("poi.budget_stages") {
        return Row::BudgetStages;
    }
    if path.starts_with("poi.activities/") {
        return Row::Activity(last);
    }
    if last.starts_with("IND") {
        return Row::Indicator(last);
    }
    if last.starts_with("AEI") {
        return Row::Action(last);
    }
    if last.starts_with("OEI") {
        return Row::Objective(last);
    }
    Row::Plan
}

/// Where a diagnostic is, in words a planner reads: "OEI.01 › AEI.01.02 › indicador
/// IND.01.AEI.01.02", "Centros de costo › 03.11". The path itself stays for scripts and the CLI.
pub fn place(path: &str) -> String {
    let mut parts = path.split('/');
    let head = parts.next().unwrap_or_default();
    let area = match head {
        "poi.cost_centres" => Some("Centros de costo"),
        "poi.execution" => Some("Ejecución por AEI"),
        "poi.allocation" => Some("Asignación presupuestal"),
        "poi.budget_stages" => Some("Etapas del presupuesto"),
        "poi.activities" => Some("Actividades operativas"),
        "settings.bands" => Some("Bandas del semáforo"),
        "settings.rollup_cap_pct" => Some("Tope del avance"),
        "settings.execution_alert_pct" => Some("Alerta de ejecución"),
        "plan" => Some("Datos del plan"),
        "evaluation" => Some("Periodo evaluado"),
        "institución" => Some("Institución"),
        "declared" | "declared_objectives" => Some("Cifras declaradas por la fuente"),
        "history" => Some("Historial de cambios"),
        "sharing" => Some("Copia para una unidad"),
        _ => None,
    };
    let word = |seg: &str| -> String {
        match seg {
            "total" => "total".into(),
            "fila" => "fila sin código".into(),
            s if s.starts_with("IND") => format!("indicador {s}"),
            s => s.to_string(),
        }
    };
    let mut out: Vec<String> = Vec::new();
    match area {
        Some(a) => out.push(a.to_string()),
        None => out.push(word(head)),
    }
    out.extend(parts.filter(|s| !s.is_empty()).map(word));
    out.join(" › ")
}

#[cfg(test)]
mod place_tests {
    use super::{place, row_of, Row};

    #[test]
    fn each_path_points_to_its_row() {
        let cases = [
            (
                "OEI.01/AEI.01.02/IND.01.AEI.01.02",
                Row::Indicator("IND.01.AEI.01.02".into()),
            ),
            ("OEI.01/AEI.01.02", Row::Action("AEI.01.02".into())),
            ("OEI.03", Row::Objective("OEI.03".into())),
            ("poi.cost_centres/03.11", Row::CostCentre("03.11".into())),
            ("poi.cost_centres/total", Row::CostCentre("total".into())),
            ("poi.execution/OEI.01", Row::Execution("OEI.01".into())),
            ("poi.allocation/AEI.02.01", Row::Allocation("AEI.02.01".into())),
            ("poi.budget_stages/pim", Row::BudgetStages),
            ("poi.activities/AO.7", Row::Activity("AO.7".into())),
            ("settings.bands", Row::Plan),
            ("institución", Row::Plan),
        ];
        for (path, row) in cases {
            assert_eq!(row_of(path), row, "{path}");
        }
    }

    #[test]
    fn places_read_as_words_not_paths() {
        assert_eq!(
            place("OEI.01/AEI.01.02/IND.01.AEI.01.02"),
            "OEI.01 › AEI.01.02 › indicador IND.01.AEI.01.02"
        );
        assert_eq!(place("OEI.03/IND.01.OEI.03"), "OEI.03 › indicador IND.01.OEI.03");
        assert_eq!(place("poi.cost_centres/03.11"), "Centros de costo › 03.11");
        assert_eq!(place("poi.allocation/total"), "Asignación presupuestal › total");
        assert_eq!(place("settings.bands"), "Bandas del semáforo");
        assert_eq!(place("institución"), "Institución");
    }
}
