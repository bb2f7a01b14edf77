//! Reading a plan file, with errors a planner can act on.

use crate::model::{Plan, FORMAT_VERSION};

/// Why a file could not be read. `message` is Spanish and names the place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub message: String,
    /// JSON path of the problem, e.g. `objectives[2].indicators[0].unit`.
    pub path: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

pub fn load_plan(text: &str) -> Result<Plan, LoadError> {
    let plan: Plan = serde_json::from_str(text).map_err(|e| LoadError {
        message: e.to_string(),
        path: None,
        line: Some(e.line()),
        column: Some(e.column()),
    })?;
    if plan.format_version != FORMAT_VERSION {
        return Err(LoadError {
            message: format!("versión de formato {} no admitida", plan.format_version),
            path: Some("format_version".into()),
            line: None,
            column: None,
        });
    }
    Ok(plan)
}
