//! Shared by the `semaforo` binary and its tests.

use semaforo_engine::{Plan, FORMAT_VERSION};

mod schema_es;

/// The JSON Schema of the plan file, generated from the Rust types (published as
/// `public/plan.schema.json`; a test keeps the published copy in step). Its descriptions are in
/// Spanish (see `schema_es`).
pub fn schema_json() -> String {
    let (schema, _untranslated) = spanish_schema();
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

/// The schema as schemars makes it from the types, descriptions in English (the doc comments).
fn english_schema() -> schemars::Schema {
    schemars::schema_for!(Plan)
}

/// The published schema, and the English descriptions that have no Spanish yet: those stay in
/// English (a test in `schema_es` fails on them).
fn spanish_schema() -> (schemars::Schema, Vec<String>) {
    let mut value = english_schema().to_value();
    let untranslated = schema_es::to_spanish(&mut value);
    // Back to a `Schema`, which writes `$schema`, `title`, `description`… first and `$defs` last.
    let mut schema = schemars::Schema::try_from(value).unwrap_or_else(|_| english_schema());
    schema.insert("$id".into(), "https://semaforo.example/plan.schema.json".into());
    schema.insert(
        "description".into(),
        format!(
            "Plan de Semáforo (formato versión {FORMAT_VERSION}): PEI con OEI, AEI e indicadores, POI y cifras \
             declaradas por la fuente."
        )
        .into(),
    );
    (schema, untranslated)
}

/// `semaforo template [--from PLAN.json] -o PLANTILLA.xlsx`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateArgs {
    pub from: Option<String>,
    pub output: String,
}

/// `semaforo evaluate PLAN.json [--strict] [--compare] [--explain] [--year AÑO]
/// [--period anual|semestre1] [--all-years]`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EvaluateArgs {
    pub plan: String,
    pub strict: bool,
    pub compare: bool,
    pub explain: bool,
    pub year: Option<i32>,
    pub period: Option<semaforo_engine::PeriodKind>,
    pub all_years: bool,
}

/// Reads the `evaluate` command's arguments; the error is a Spanish sentence for the user.
pub fn parse_evaluate_args(args: &[String]) -> Result<EvaluateArgs, String> {
    let mut out = EvaluateArgs::default();
    let mut plan = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--strict" => out.strict = true,
            "--compare" => out.compare = true,
            "--explain" => out.explain = true,
            "--all-years" => out.all_years = true,
            "--year" => {
                let v = it.next().ok_or("Falta el año después de «--year».")?;
                out.year = Some(
                    v.parse()
                        .ok()
                        .filter(|y: &i32| (1900..=2200).contains(y))
                        .ok_or_else(|| format!("«{v}» no es un año: escriba, por ejemplo, --year 2023."))?,
                );
            }
            "--period" => {
                let v = it.next().ok_or("Falta el periodo después de «--period».")?;
                out.period = Some(match v.as_str() {
                    "anual" => semaforo_engine::PeriodKind::Anual,
                    "semestre1" => semaforo_engine::PeriodKind::Semestre1,
                    _ => return Err(format!("Periodo desconocido: «{v}»; use «anual» o «semestre1».")),
                });
            }
            _ if a.starts_with("--") => return Err(format!("Opción desconocida: «{a}».")),
            _ if plan.is_none() => plan = Some(a.clone()),
            _ => return Err(format!("Sobra «{a}»: se evalúa un plan a la vez.")),
        }
    }
    out.plan = plan.ok_or("Falta el archivo del plan.")?;
    Ok(out)
}

/// `semaforo import ARCHIVO... [-o PLAN.json]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportArgs {
    pub files: Vec<String>,
    pub output: Option<String>,
}

/// The value after an option, or why it is missing.
fn value_of<'a>(flag: &str, it: &mut impl Iterator<Item = &'a String>) -> Result<String, String> {
    match it.next() {
        Some(v) if !v.starts_with('-') || v == "-" => Ok(v.clone()),
        _ => Err(format!("Falta el archivo después de «{flag}».")),
    }
}

/// Reads the `template` command's arguments; the error is a Spanish sentence for the user.
pub fn parse_template_args(args: &[String]) -> Result<TemplateArgs, String> {
    let (mut from, mut output) = (None, None);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-o" | "--output" => output = Some(value_of(a, &mut it)?),
            "--from" => from = Some(value_of(a, &mut it)?),
            _ if a.starts_with('-') => return Err(format!("Opción desconocida: «{a}».")),
            _ => return Err(format!("Sobra «{a}»: para partir de un plan use «--from {a}».")),
        }
    }
    let output = output.ok_or("Falta «-o ARCHIVO.xlsx»: dónde guardar la plantilla.")?;
    Ok(TemplateArgs { from, output })
}

/// Reads the `import` command's arguments; the error is a Spanish sentence for the user.
pub fn parse_import_args(args: &[String]) -> Result<ImportArgs, String> {
    let (mut files, mut output) = (Vec::new(), None);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-o" | "--output" => output = Some(value_of(a, &mut it)?),
            _ if a.starts_with('-') => return Err(format!("Opción desconocida: «{a}».")),
            _ => files.push(a.clone()),
        }
    }
    if files.is_empty() {
        return Err("Falta el archivo a importar (una plantilla .xlsx u .ods, o uno o más archivos CSV).".into());
    }
    Ok(ImportArgs { files, output })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn template_arguments() {
        assert_eq!(
            parse_template_args(&args("-o p.xlsx")),
            Ok(TemplateArgs {
                from: None,
                output: "p.xlsx".into()
            })
        );
        assert_eq!(
            parse_template_args(&args("--from plan.json --output p.xlsx")),
            Ok(TemplateArgs {
                from: Some("plan.json".into()),
                output: "p.xlsx".into()
            })
        );
        assert!(parse_template_args(&args("-o")).unwrap_err().contains("-o"));
        assert!(parse_template_args(&args("")).unwrap_err().contains("-o"));
        assert!(parse_template_args(&args("-o p.xlsx --quiet"))
            .unwrap_err()
            .contains("--quiet"));
        assert!(parse_template_args(&args("plan.json -o p.xlsx"))
            .unwrap_err()
            .contains("--from"));
    }

    #[test]
    fn import_arguments() {
        assert_eq!(
            parse_import_args(&args("a.csv b.csv -o plan.json")),
            Ok(ImportArgs {
                files: vec!["a.csv".into(), "b.csv".into()],
                output: Some("plan.json".into())
            })
        );
        assert!(parse_import_args(&args("-o plan.json"))
            .unwrap_err()
            .contains("Falta el archivo"));
        assert!(parse_import_args(&args("a.xlsx -o")).unwrap_err().contains("-o"));
        assert!(parse_import_args(&args("a.xlsx -x")).unwrap_err().contains("-x"));
    }
}
