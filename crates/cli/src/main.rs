//! `semaforo`: batch evaluation and validation of plan files, and plans to and from Excel, for
//! IT staff and scripts.

use std::process::ExitCode;

use semaforo_engine::summary::summarize;
use semaforo_engine::{compare_readings, evaluate, load_plan, load_plan_bytes, Options, Severity};

const USAGE: &str = "\
Uso:
  semaforo evaluate PLAN.json [--strict] [--compare] [--explain] [--year AÑO]
                   [--period anual|semestre1] [--all-years]
      Imprime la evaluación completa en JSON.
      --year, --period  evalúa otro periodo del plan (por omisión, el que indica el archivo)
      --all-years  en lugar de la evaluación, una fila por año del plan y por OEI (más la
                   institución): resultado, color y cuántos indicadores tienen valor
      --strict   ignora los juicios del evaluador (solo los números deciden)
      --compare  añade las diferencias entre la lectura con juicios y la estricta
      --explain  en lugar del JSON, lista las reglas del método en uso: de dónde viene
                 cada una, sus alternativas y la cifra institucional con cada alternativa
  semaforo validate PLAN.json [--quiet]
      Lee el archivo y lista sus diagnósticos. Sale con 1 si el archivo no se puede leer
      o tiene diagnósticos de severidad «error», con 0 si no.
  semaforo schema
      Imprime el JSON Schema del formato de plan.
  semaforo template [--from PLAN.json] -o PLANTILLA.xlsx
      Escribe la plantilla de Excel para llenar un plan: vacía, o con el plan dado
      (para editarlo en Excel y volver a importarlo).
  semaforo import ARCHIVO... [-o PLAN.json]
      Importa una plantilla llena (.xlsx u .ods) o una o más hojas guardadas como CSV
      (una hoja por archivo). Lista cada problema con su hoja, fila y columna, y escribe
      el plan en PLAN.json (sin -o, en la salida estándar). Sale con 1 si el archivo no se
      puede leer o tiene errores (entonces no escribe nada), con 0 si se importó.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("evaluate") => cmd_evaluate(&args[1..]),
        Some("validate") => cmd_validate(&args[1..]),
        Some("template") => cmd_template(&args[1..]),
        Some("import") => cmd_import(&args[1..]),
        Some("schema") => {
            println!("{}", semaforo_cli::schema_json());
            ExitCode::SUCCESS
        }
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn read(path: Option<&String>) -> Result<(String, String), ExitCode> {
    let Some(path) = path else {
        eprint!("Falta el archivo del plan.\n\n{USAGE}");
        return Err(ExitCode::from(2));
    };
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Ok((path.clone(), text)),
            Err(_) => {
                eprintln!("{path}: el archivo no está en UTF-8; guárdelo como UTF-8 e inténtelo de nuevo.");
                Err(ExitCode::from(1))
            }
        },
        Err(e) => {
            eprintln!("{path}: no se pudo leer el archivo ({e}).");
            Err(ExitCode::from(1))
        }
    }
}

/// The plan named among `args` (the first one that is not an option), or the exit code after
/// saying in Spanish why it cannot be read.
fn read_plan(args: &[String]) -> Result<(String, semaforo_engine::Plan), ExitCode> {
    let (path, text) = read(args.iter().find(|a| !a.starts_with("--")))?;
    match load_plan(&text) {
        Ok(plan) => Ok((path, plan)),
        Err(e) => {
            eprintln!("{path}: {e}");
            Err(ExitCode::from(1))
        }
    }
}

fn cmd_evaluate(args: &[String]) -> ExitCode {
    let parsed = match semaforo_cli::parse_evaluate_args(args) {
        Ok(p) => p,
        Err(e) => {
            eprint!("{e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let (strict, compare) = (parsed.strict, parsed.compare);
    let (_, mut plan) = match read_plan(std::slice::from_ref(&parsed.plan)) {
        Ok(x) => x,
        Err(code) => return code,
    };
    if parsed.year.is_some() || parsed.period.is_some() {
        let year = parsed.year.unwrap_or(plan.evaluation.year);
        let period = parsed.period.unwrap_or(plan.evaluation.period);
        plan = semaforo_engine::period::at(&plan, year, period);
    }
    if parsed.all_years {
        let rows = semaforo_engine::period::by_year(&plan, plan.evaluation.period, Options { strict });
        return print_json(&rows);
    }
    if parsed.explain {
        for line in semaforo_engine::method::explain_lines(&plan) {
            println!("{line}");
        }
        return ExitCode::SUCCESS;
    }
    let ev = evaluate(&plan, Options { strict });
    let differences = compare.then(|| {
        let with = evaluate(&plan, Options { strict: false });
        let strict_ev = evaluate(&plan, Options { strict: true });
        compare_readings(&with, &strict_ev)
    });
    print_json(&summarize(&plan, &ev, differences))
}

/// Prints an evaluation as indented JSON on stdout.
fn print_json(value: &impl serde::Serialize) -> ExitCode {
    match serde_json::to_string_pretty(value) {
        Ok(s) => {
            println!("{s}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("no se pudo escribir la evaluación: {e}");
            ExitCode::from(1)
        }
    }
}

fn cmd_validate(args: &[String]) -> ExitCode {
    let quiet = args.iter().any(|a| a == "--quiet");
    let (path, plan) = match read_plan(args) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let ev = evaluate(&plan, Options::default());
    let errors = ev.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = ev
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .count();
    if !quiet {
        for d in &ev.diagnostics {
            let sev = d.severity.label().to_lowercase();
            println!("{path}: {sev} [{}] {}: {}", d.code.name(), d.path, d.message);
        }
    }
    println!(
        "{path}: {errors} errores, {warnings} avisos, {} diagnósticos en total.",
        ev.diagnostics.len()
    );
    if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Wrong usage of the two Excel commands: the reason, then the usage, and exit 2.
fn usage_error(reason: &str) -> ExitCode {
    eprint!("{reason}\n\n{USAGE}");
    ExitCode::from(2)
}

fn cmd_template(args: &[String]) -> ExitCode {
    let args = match semaforo_cli::parse_template_args(args) {
        Ok(a) => a,
        Err(reason) => return usage_error(&reason),
    };
    let plan = match &args.from {
        None => None,
        Some(path) => {
            let bytes = match std::fs::read(path) {
                Ok(b) => b,
                Err(e) => {
                    eprintln!("{path}: no se pudo leer el archivo ({e}).");
                    return ExitCode::from(1);
                }
            };
            match load_plan_bytes(&bytes) {
                Ok(loaded) => Some(loaded.plan),
                Err(e) => {
                    eprintln!("{path}: {e}");
                    return ExitCode::from(1);
                }
            }
        }
    };
    let bytes = match semaforo_template::template(plan.as_ref()) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    if let Err(e) = std::fs::write(&args.output, bytes) {
        eprintln!("{}: no se pudo escribir la plantilla ({e}).", args.output);
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

fn cmd_import(args: &[String]) -> ExitCode {
    let args = match semaforo_cli::parse_import_args(args) {
        Ok(a) => a,
        Err(reason) => return usage_error(&reason),
    };
    let mut files = Vec::new();
    for path in &args.files {
        match std::fs::read(path) {
            // Only the file's own name: a CSV is matched to a sheet by it, not by its folders.
            Ok(bytes) => {
                let name = std::path::Path::new(path)
                    .file_name()
                    .map_or_else(|| path.clone(), |n| n.to_string_lossy().into_owned());
                files.push((name, bytes));
            }
            Err(e) => {
                eprintln!("{path}: no se pudo leer el archivo ({e}).");
                return ExitCode::from(1);
            }
        }
    }
    let report = semaforo_template::import(&files);
    for p in &report.problems {
        match p.severity {
            semaforo_template::Severity::Error => eprintln!("{}", p.describe()),
            semaforo_template::Severity::Warning => eprintln!("Aviso: {}", p.describe()),
        }
    }
    eprintln!("{}", report.summary());
    let Some(plan) = report.plan else {
        return ExitCode::from(1);
    };
    let json = match semaforo_plan_json::to_json(&plan) {
        Ok(j) => j,
        Err(e) => {
            eprintln!("no se pudo escribir el plan: {e}");
            return ExitCode::from(1);
        }
    };
    match &args.output {
        Some(path) => {
            if let Err(e) = std::fs::write(path, json) {
                eprintln!("{path}: no se pudo escribir el plan ({e}).");
                return ExitCode::from(1);
            }
        }
        None => println!("{json}"),
    }
    ExitCode::SUCCESS
}
