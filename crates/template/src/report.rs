//! What an import says: the plan, or every problem found, each at its sheet, row and column.

use semaforo_engine::Plan;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The file cannot be imported until it is corrected.
    Error,
    /// Imported; the user should still know (an ignored column, how a number was read).
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportProblem {
    pub severity: Severity,
    /// The sheet's name in the workbook, or the CSV file's name.
    pub sheet: String,
    /// The row as Excel numbers it (1 = the header row of a template sheet).
    pub row: Option<u32>,
    /// Column letter and the header found there, e.g. "C (Unidad de medida)".
    pub column: Option<String>,
    /// Spanish, naming the item's code when it is known.
    pub message: String,
}

impl ImportProblem {
    /// `Hoja «Indicadores», fila 4, columna E (Unidad de medida): …`, as the CLI prints it.
    pub fn describe(&self) -> String {
        let mut place = Vec::new();
        if !self.sheet.is_empty() {
            place.push(format!("Hoja «{}»", self.sheet));
        }
        if let Some(r) = self.row {
            place.push(format!("fila {r}"));
        }
        if let Some(c) = &self.column {
            place.push(format!("columna {c}"));
        }
        if place.is_empty() {
            self.message.clone()
        } else {
            format!("{}: {}", place.join(", "), self.message)
        }
    }
}

/// How many items were read (also when the import fails, to show how far it got).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub objectives: usize,
    pub actions: usize,
    pub indicators: usize,
    pub obtained_values: usize,
    pub activities: usize,
    pub cost_centres: usize,
    pub budget_stages: usize,
}

impl Counts {
    /// "9 OEI, 24 AEI, 51 indicadores, …" for a summary line.
    pub fn describe(&self) -> String {
        format!(
            "{} OEI, {} AEI, {} indicadores, {} valores obtenidos, {} actividades, {} centros de costo, {} etapas del presupuesto",
            self.objectives,
            self.actions,
            self.indicators,
            self.obtained_values,
            self.activities,
            self.cost_centres,
            self.budget_stages
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportReport {
    /// `Some` only when no problem is an error: a file with errors imports nothing.
    pub plan: Option<Plan>,
    pub problems: Vec<ImportProblem>,
    pub counts: Counts,
}

impl ImportReport {
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.severity == Severity::Error).count()
    }

    pub fn warnings(&self) -> usize {
        self.problems.iter().filter(|p| p.severity == Severity::Warning).count()
    }

    /// One line: what was read and how many errors and warnings.
    pub fn summary(&self) -> String {
        let verdict = if self.plan.is_some() {
            "Plan importado"
        } else {
            "No se importó el plan"
        };
        format!(
            "{verdict}: {}; {} errores, {} avisos.",
            self.counts.describe(),
            self.errors(),
            self.warnings()
        )
    }
}

/// Collects problems; past a limit (a file that is not a template at all can make thousands)
/// the rest are counted, not listed.
#[derive(Debug, Default)]
pub struct Problems {
    pub list: Vec<ImportProblem>,
    dropped_errors: usize,
    dropped_warnings: usize,
}

const MAX_LISTED: usize = 1000;

impl Problems {
    pub fn push(&mut self, severity: Severity, sheet: &str, row: Option<u32>, column: Option<String>, message: String) {
        if self.list.len() >= MAX_LISTED {
            match severity {
                Severity::Error => self.dropped_errors += 1,
                Severity::Warning => self.dropped_warnings += 1,
            }
            return;
        }
        self.list.push(ImportProblem {
            severity,
            sheet: sheet.to_string(),
            row,
            column,
            message,
        });
    }

    pub fn error(&mut self, sheet: &str, row: Option<u32>, column: Option<String>, message: String) {
        self.push(Severity::Error, sheet, row, column, message);
    }

    pub fn warning(&mut self, sheet: &str, row: Option<u32>, column: Option<String>, message: String) {
        self.push(Severity::Warning, sheet, row, column, message);
    }

    /// A problem about the whole import, not one place.
    pub fn general(&mut self, message: String) {
        self.push(Severity::Error, "", None, None, message);
    }

    pub fn has_errors(&self) -> bool {
        self.dropped_errors > 0 || self.list.iter().any(|p| p.severity == Severity::Error)
    }

    pub fn finish(mut self) -> Vec<ImportProblem> {
        let dropped = self.dropped_errors + self.dropped_warnings;
        if dropped > 0 {
            let severity = if self.dropped_errors > 0 {
                Severity::Error
            } else {
                Severity::Warning
            };
            self.list.push(ImportProblem {
                severity,
                sheet: String::new(),
                row: None,
                column: None,
                message: format!(
                    "Hay {dropped} problemas más ({} errores y {} avisos) que no se listan: corrija los anteriores y vuelva a importar.",
                    self.dropped_errors, self.dropped_warnings
                ),
            });
        }
        self.list
    }
}
