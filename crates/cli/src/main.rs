//! `semaforo`: batch evaluation and validation of plan files, and plans to and from Excel, for
//! IT staff and scripts.

use std::process::ExitCode;

use semaforo_engine::summary::summarize;
use semaforo_engine::{compare_readings, evaluate, load_plan, load_plan_bytes, Options, Severity};

use semaforo_cli::args::{self, Command, EvaluateArgs, ImportArgs, TemplateArgs, ValidateArgs};

fn main() -> ExitCode {
    let command = match args::parse(std::env::args_os()) {
        Ok(c) => c,
        Err((text, 0)) => {
            print!("{text}");
            return ExitCode::SUCCESS;
        }
        Err((text, code)) => {
            eprint!("{text}");
            return ExitCode::from(code);
        }
    };
    match command {
        Command::Evaluate(a) => cmd_evaluate(a),
        Command::Validate(a) => cmd_validate(a),
        Command::Template(a) => cmd_template(a),
        Command::Import(a) => cmd_import(a),
        Command::Schema => {
            println!("{}", semaforo_cli::schema_json());
            ExitCode::SUCCESS
        }
    }
}

fn read(path: &str) -> Result<(String, String), ExitCode> {
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Ok((path.to_string(), text)),
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

/// The plan at `path`, or the exit code after saying in Spanish why it cannot be read.
fn read_plan(path: &str) -> Result<(String, semaforo_engine::Plan), ExitCode> {
    let (path, text) = read(path)?;
    match load_plan(&text) {
        Ok(plan) => Ok((path, plan)),
        Err(e) => {
            eprintln!("{path}: {e}");
            Err(ExitCode::from(1))
        }
    }
}

fn cmd_evaluate(parsed: EvaluateArgs) -> ExitCode {
    let (strict, compare) = (parsed.strict, parsed.compare);
    let (_, mut plan) = match read_plan(&parsed.plan) {
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

fn cmd_validate(args: ValidateArgs) -> ExitCode {
    let quiet = args.quiet;
    let (path, plan) = match read_plan(&args.plan) {
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

fn cmd_template(args: TemplateArgs) -> ExitCode {
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

fn cmd_import(args: ImportArgs) -> ExitCode {
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
