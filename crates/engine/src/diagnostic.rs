//! Inconsistencies found in a plan, each with a stable code so tools can filter them.

use std::sync::Arc;

pub use crate::place::{place, row_of, Row};

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The data cannot be right: a figure is wrong or unusable.
    Error,
    /// Probably wrong, or a stated figure that differs from the computed one.
    Warning,
    /// Worth knowing: how something was decided.
    Info,
}

impl Severity {
    /// The word shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "Error",
            Severity::Warning => "Aviso",
            Severity::Info => "Nota",
        }
    }
}

/// Stable diagnostic codes. Renaming one breaks scripts that filter on it: add, never rename.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Code {
    /// An objective's stated result or indicator counts differ from the computed ones.
    DeclaredResultMismatch,
    /// The stated institution figure differs from the computed one.
    DeclaredInstitutionMismatch,
    /// The stated number of objectives per light differs.
    DeclaredLightCountMismatch,
    /// A table's stated total (amount or count) differs from the sum of its rows.
    DeclaredTotalMismatch,
    /// A table's stated objective subtotal differs from the sum of its AEI rows.
    DeclaredSubtotalMismatch,
    /// A stated percentage in a table differs from the one its own amounts give.
    DeclaredPctMismatch,
    /// The same code appears twice where it must be unique.
    DuplicateCode,
    /// An AEI has indicators but no AO or inversión.
    AeiWithoutActivities,
    /// An AEI has AO or programmed money but no indicator to measure it.
    AeiWithoutIndicators,
    /// A row or activity refers to an AEI or OEI that the plan does not have.
    UnknownReference,
    /// A value lies outside its unit's admissible range.
    ValueOutOfRange,
    /// An execution percentage far above 100 %.
    ExecutionAboveThreshold,
    /// An evaluator verdict differs from what the numbers give.
    VerdictDiffers,
    /// An evaluator verdict has no written justification.
    VerdictWithoutJustification,
    /// No obtained value for the evaluated period ('sin información').
    MissingObtained,
    /// No expected value for the evaluated year.
    MissingExpected,
    /// The direction was not declared and was inferred from the targets.
    DirectionInferred,
    /// The direction was not declared and the targets cannot tell it (flat, mixed): the
    /// indicator is not judged until the plan says it.
    DirectionUndetermined,
    /// A budget stage's AO + inversiones differ from its stated total.
    StageCountMismatch,
    /// The same budget stage is stated differently in two sources.
    StageConflict,
    /// A row has no code.
    MissingCode,
    /// A code does not follow the pattern of its siblings.
    MalformedCode,
    /// An amount executed with nothing programmed, or money with no AO to spend it.
    AmountWithoutBase,
    /// A setting or field that makes no sense (bands, relevance, period keys, years).
    InvalidSetting,
    /// An objective or action with no indicator at all.
    NoIndicators,
    /// Table rows and AO-level data disagree.
    AggregateMismatch,
    /// Part of an indicator's series is missing (a semester, a past year of a cumulative
    /// indicator) or needed a rule to read; the message says which rule was used.
    IncompleteSeries,
    /// An OEI without indicators of its own, where only OEI indicators make its result.
    ObjectiveWithoutOwnIndicators,
}

impl Code {
    /// The code as scripts see it in JSON ("DECLARED_TOTAL_MISMATCH"): serde's
    /// SCREAMING_SNAKE_CASE of the variant name.
    pub fn name(self) -> String {
        let variant = format!("{self:?}");
        let mut out = String::with_capacity(variant.len() + 8);
        for (i, ch) in variant.char_indices() {
            if i > 0 && ch.is_uppercase() {
                out.push('_');
            }
            out.push(ch.to_ascii_uppercase());
        }
        out
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    /// Where: a plan path such as `objectives[OEI.01].actions[AEI.01.02]` or a table row.
    pub path: String,
    /// Spanish, for people; gives both figures where two disagree.
    pub message: String,
    /// The figure as the source states it, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stated: Option<String>,
    /// The figure as computed, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub computed: Option<String>,
}

impl Diagnostic {
    pub fn new(code: Code, severity: Severity, path: impl Into<String>, message: impl Into<String>) -> Self {
        let path = path.into();
        let message = without_repeated_item(&path, message.into());
        Diagnostic {
            code,
            severity,
            path,
            message,
            stated: None,
            computed: None,
        }
    }

    pub fn figures(mut self, stated: impl Into<String>, computed: impl Into<String>) -> Self {
        self.stated = Some(stated.into());
        self.computed = Some(computed.into());
        self
    }
}

/// A message that opens by naming the item its path already names ("OEI.01: el documento
/// declara …" under the path `OEI.01`) loses that opening, so a list that prints the path and
/// then the message names the item once.
fn without_repeated_item(path: &str, message: String) -> String {
    let item = path.rsplit('/').next().unwrap_or(path);
    let rest = match message.strip_prefix(item).and_then(|r| r.strip_prefix(": ")) {
        Some(rest) if !item.is_empty() && !rest.is_empty() => rest,
        _ => return message,
    };
    let mut chars = rest.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => message,
    }
}

/// Every diagnostic of an evaluation: first those the obtained values decide, then the kept ones
/// (structure, targets, POI), which are shared with the part they came from, so typing a value
/// on a regional plan does not copy thousands of them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Diagnostics {
    by_values: Vec<Diagnostic>,
    kept: Arc<Vec<Diagnostic>>,
}

impl Diagnostics {
    pub fn new(by_values: Vec<Diagnostic>, kept: Arc<Vec<Diagnostic>>) -> Self {
        Diagnostics { by_values, kept }
    }

    pub fn iter(&self) -> std::iter::Chain<std::slice::Iter<'_, Diagnostic>, std::slice::Iter<'_, Diagnostic>> {
        self.by_values.iter().chain(self.kept.iter())
    }

    pub fn len(&self) -> usize {
        self.by_values.len() + self.kept.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Those the obtained values decide: what changes while values are typed.
    pub fn by_values(&self) -> &[Diagnostic] {
        &self.by_values
    }

    pub fn to_vec(&self) -> Vec<Diagnostic> {
        self.iter().cloned().collect()
    }
}

impl<'a> IntoIterator for &'a Diagnostics {
    type Item = &'a Diagnostic;
    type IntoIter = std::iter::Chain<std::slice::Iter<'a, Diagnostic>, std::slice::Iter<'a, Diagnostic>>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl Serialize for Diagnostics {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::{Code, Diagnostic, Diagnostics, Severity};
    use std::sync::Arc;

    #[test]
    fn values_first_then_the_shared_kept_list() {
        let d = |p: &str| Diagnostic::new(Code::MissingObtained, Severity::Warning, p, p);
        let kept = Arc::new(vec![d("k1"), d("k2")]);
        let list = Diagnostics::new(vec![d("v1")], kept.clone());
        let paths: Vec<&str> = list.iter().map(|x| x.path.as_str()).collect();
        assert_eq!(paths, ["v1", "k1", "k2"]);
        assert_eq!(list.len(), 3);
        assert_eq!(list.by_values().len(), 1);
        assert_eq!(list.to_vec().len(), 3);
        assert_eq!(
            serde_json::to_value(&list).unwrap(),
            serde_json::to_value(list.to_vec()).unwrap(),
            "serialised as the plain list it stands for"
        );
        // The kept list is shared, not copied.
        assert_eq!(Arc::strong_count(&kept), 2);
    }

    #[test]
    fn messages_name_their_item_once() {
        let d = |p: &str, m: &str| Diagnostic::new(Code::VerdictDiffers, Severity::Warning, p, m).message;
        assert_eq!(
            d("OEI.01", "OEI.01: el documento declara 17 %."),
            "El documento declara 17 %."
        );
        assert_eq!(
            d("OEI.01/IND.01.OEI.01", "IND.01.OEI.01: el evaluador dice que cumplió."),
            "El evaluador dice que cumplió."
        );
        // Another item, or the code inside a sentence, stays.
        assert_eq!(d("OEI.01/IND.01", "IND.02: algo."), "IND.02: algo.");
        assert_eq!(d("OEI.01", "OEI.01 tiene 2 AEI."), "OEI.01 tiene 2 AEI.");
        assert_eq!(d("OEI.01", "OEI.01: "), "OEI.01: ");
        assert_eq!(d("", ": x"), ": x");
    }

    #[test]
    fn names_are_what_json_carries() {
        for c in [
            Code::DeclaredTotalMismatch,
            Code::AeiWithoutActivities,
            Code::VerdictDiffers,
        ] {
            assert_eq!(serde_json::to_value(c).unwrap(), serde_json::Value::String(c.name()));
        }
    }
}
