//! Shared by the `semaforo` binary and its tests.

use semaforo_engine::{Plan, FORMAT_VERSION};

pub mod args;
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

#[cfg(test)]
mod tests {
    use super::args::{parse, Command, EvaluateArgs, ImportArgs, TemplateArgs};
    use semaforo_engine::PeriodKind;

    fn run(s: &str) -> Result<Command, (String, u8)> {
        parse(std::iter::once("semaforo").chain(s.split_whitespace()))
    }

    fn refusal(s: &str) -> String {
        let (text, code) = run(s).expect_err(s);
        assert_eq!(code, 2, "{s}: {text}");
        text
    }

    #[test]
    fn evaluate_arguments() {
        assert_eq!(
            run("evaluate plan.json --strict --year 2023 --period semestre1"),
            Ok(Command::Evaluate(EvaluateArgs {
                plan: "plan.json".into(),
                strict: true,
                year: Some(2023),
                period: Some(PeriodKind::Semestre1),
                ..Default::default()
            }))
        );
        // A mistyped option never gives a figure: it is refused.
        assert!(refusal("evaluate plan.json --strcit").starts_with("Opción desconocida: «--strcit»."));
        assert!(refusal("evaluate plan.json --year").starts_with("Falta el valor de «--year <AÑO>»."));
        assert!(refusal("evaluate plan.json --year 20x3").contains("«20x3» no es un año"));
        assert!(refusal("evaluate plan.json --period mensual").contains("periodo desconocido «mensual»"));
        assert!(refusal("evaluate a.json b.json").starts_with("Sobra «b.json»."));
        assert!(refusal("evaluate").starts_with("Falta el archivo del plan.\nUso: semaforo evaluate PLAN.json"));
    }

    #[test]
    fn template_and_import_arguments() {
        assert_eq!(
            run("template --from plan.json --output p.xlsx"),
            Ok(Command::Template(TemplateArgs {
                from: Some("plan.json".into()),
                output: "p.xlsx".into()
            }))
        );
        assert!(refusal("template").starts_with("Falta «-o PLANTILLA.xlsx»: dónde guardar la plantilla."));
        assert!(refusal("template -o p.xlsx --quiet").starts_with("Opción desconocida: «--quiet»."));
        assert_eq!(
            run("import a.csv b.csv -o plan.json"),
            Ok(Command::Import(ImportArgs {
                files: vec!["a.csv".into(), "b.csv".into()],
                output: Some("plan.json".into())
            }))
        );
        assert!(refusal("import -o plan.json").starts_with("Falta el archivo a importar"));
        assert!(refusal("import a.xlsx -x").starts_with("Opción desconocida: «-x»."));
    }

    #[test]
    fn help_and_version_in_spanish_and_unknown_commands_refused() {
        let (help, code) = run("--help").unwrap_err();
        assert_eq!(code, 0);
        assert!(
            help.contains("Uso: semaforo") && help.contains("Órdenes:") && help.contains("evaluate"),
            "{help}"
        );
        assert!(!help.contains("Usage") && !help.contains("Print help"), "{help}");
        let (help, code) = run("evaluate --help").unwrap_err();
        assert_eq!(code, 0);
        assert!(
            help.contains("--strict") && help.contains("Ignora los juicios del evaluador"),
            "{help}"
        );
        assert!(help.contains("Opciones:") && !help.contains("Options"), "{help}");
        let (version, code) = run("--version").unwrap_err();
        assert_eq!(
            (version.trim(), code),
            (format!("semaforo {}", env!("CARGO_PKG_VERSION")).as_str(), 0)
        );
        assert!(refusal("frobnicate").starts_with("Orden desconocida: «frobnicate»."));
        assert!(refusal("").starts_with("Falta la orden"));
        assert!(refusal("schema --x").starts_with("Opción desconocida: «--x»."));
        assert!(refusal("validate plan.json --anything").starts_with("Opción desconocida"));
    }
}
