//! The command line's arguments, read by clap; help and every refusal in Spanish.
//!
//! clap writes its own messages in English, so its help headings are replaced by templates and
//! its errors are rewritten from their kind and context ([`spanish_error`]).

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{ArgAction, Args, Parser, Subcommand};
use semaforo_engine::PeriodKind;

const TEMPLATE: &str = "\
{before-help}{about-with-newline}
Uso: {usage}

{all-args}{after-help}";

/// Each command's usage line, as its help and its refusals show it.
const USAGES: [(&str, &str); 5] = [
    ("evaluate", "semaforo evaluate PLAN.json [--strict] [--compare] [--explain] [--year AÑO] [--period anual|semestre1] [--all-years]"),
    ("validate", "semaforo validate PLAN.json [--quiet]"),
    ("schema", "semaforo schema"),
    ("template", "semaforo template [--from PLAN.json] -o PLANTILLA.xlsx"),
    ("import", "semaforo import ARCHIVO... [-o PLAN.json]"),
];

#[derive(Debug, Parser)]
#[command(
    name = "semaforo",
    version,
    about = "Semáforo en la línea de órdenes: evalúa y valida archivos de plan, y lleva planes a Excel y de vuelta.",
    help_template = TEMPLATE,
    subcommand_help_heading = "Órdenes",
    subcommand_value_name = "ORDEN",
    next_help_heading = "Opciones",
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true,
    after_help = "Use «semaforo ORDEN --help» para ver las opciones de cada orden."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Muestra esta ayuda.
    #[arg(short = 'h', long, action = ArgAction::Help, global = true)]
    help: Option<bool>,
    /// Muestra la versión.
    #[arg(short = 'V', long, action = ArgAction::Version)]
    version: Option<bool>,
}

#[derive(Debug, Subcommand, PartialEq, Eq)]
pub enum Command {
    /// Imprime la evaluación completa en JSON.
    #[command(help_template = TEMPLATE, next_help_heading = "Opciones", override_usage = USAGES[0].1)]
    Evaluate(EvaluateArgs),
    /// Lee el archivo y lista sus diagnósticos. Sale con 1 si el archivo no se puede leer o tiene
    /// diagnósticos de severidad «error», con 0 si no.
    #[command(help_template = TEMPLATE, next_help_heading = "Opciones", override_usage = USAGES[1].1)]
    Validate(ValidateArgs),
    /// Imprime el JSON Schema del formato de plan.
    #[command(help_template = TEMPLATE, next_help_heading = "Opciones", override_usage = USAGES[2].1)]
    Schema,
    /// Escribe la plantilla de Excel para llenar un plan: vacía, o con el plan dado (para
    /// editarlo en Excel y volver a importarlo).
    #[command(help_template = TEMPLATE, next_help_heading = "Opciones", override_usage = USAGES[3].1)]
    Template(TemplateArgs),
    /// Importa una plantilla llena (.xlsx u .ods) o una o más hojas guardadas como CSV (una hoja
    /// por archivo). Lista cada problema con su hoja, fila y columna y escribe el plan. Sale con 1
    /// si el archivo no se puede leer o tiene errores (entonces no escribe nada), con 0 si se
    /// importó.
    #[command(help_template = TEMPLATE, next_help_heading = "Opciones", override_usage = USAGES[4].1)]
    Import(ImportArgs),
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Args)]
pub struct EvaluateArgs {
    /// El archivo del plan (JSON).
    #[arg(value_name = "PLAN.json", help_heading = "Argumentos")]
    pub plan: String,
    /// Ignora los juicios del evaluador: solo los números deciden.
    #[arg(long)]
    pub strict: bool,
    /// Añade las diferencias entre la lectura con juicios y la estricta.
    #[arg(long)]
    pub compare: bool,
    /// En lugar del JSON, lista las reglas del método en uso: de dónde viene cada una, sus
    /// alternativas y la cifra institucional con cada alternativa.
    #[arg(long)]
    pub explain: bool,
    /// Evalúa otro año del plan (por omisión, el que indica el archivo).
    #[arg(long, value_name = "AÑO", value_parser = year)]
    pub year: Option<i32>,
    /// Evalúa el año entero (anual) o su primer semestre (semestre1).
    #[arg(long, value_name = "anual|semestre1", value_parser = period)]
    pub period: Option<PeriodKind>,
    /// En lugar de la evaluación, una fila por año del plan y por OEI (más la institución):
    /// resultado, color y cuántos indicadores tienen valor.
    #[arg(long)]
    pub all_years: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct ValidateArgs {
    /// El archivo del plan (JSON).
    #[arg(value_name = "PLAN.json", help_heading = "Argumentos")]
    pub plan: String,
    /// Solo la línea del total, sin cada diagnóstico.
    #[arg(long)]
    pub quiet: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct TemplateArgs {
    /// Parte de este plan en lugar de una plantilla vacía.
    #[arg(long, value_name = "PLAN.json")]
    pub from: Option<String>,
    /// Dónde guardar la plantilla.
    #[arg(short = 'o', long = "output", value_name = "PLANTILLA.xlsx")]
    pub output: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct ImportArgs {
    /// La plantilla llena (.xlsx u .ods), o uno o más archivos CSV.
    #[arg(value_name = "ARCHIVO", required = true, help_heading = "Argumentos")]
    pub files: Vec<String>,
    /// Dónde escribir el plan (sin esta opción, en la salida estándar).
    #[arg(short = 'o', long = "output", value_name = "PLAN.json")]
    pub output: Option<String>,
}

fn year(v: &str) -> Result<i32, String> {
    v.parse()
        .ok()
        .filter(|y: &i32| (1900..=2200).contains(y))
        .ok_or_else(|| format!("«{v}» no es un año: escriba, por ejemplo, --year 2023"))
}

fn period(v: &str) -> Result<PeriodKind, String> {
    match v {
        "anual" => Ok(PeriodKind::Anual),
        "semestre1" => Ok(PeriodKind::Semestre1),
        _ => Err(format!("periodo desconocido «{v}»: use «anual» o «semestre1»")),
    }
}

/// What the command line asked for, or what to print and the exit code: 0 for `--help` and
/// `--version`, 2 for a refusal (said in Spanish, with where to find the help).
pub fn parse<I, T>(args: I) -> Result<Command, (String, u8)>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString>,
{
    let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    // The command named, for its usage line after a refusal.
    let named = args
        .iter()
        .skip(1)
        .filter_map(|a| a.to_str())
        .find(|a| !a.starts_with('-'))
        .and_then(|a| USAGES.iter().find(|(n, _)| *n == a))
        .map(|(_, usage)| *usage);
    match Cli::try_parse_from(&args) {
        Ok(cli) => Ok(cli.command),
        Err(e) => match e.kind() {
            ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
                let text = e.to_string();
                let end = if text.ends_with('\n') { "" } else { "\n" };
                Err((format!("{text}{end}"), 0))
            }
            _ => Err((spanish_error(&e, named), 2)),
        },
    }
}

fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        _ => None,
    }
}

/// clap's refusal in Spanish: what was wrong, the command's usage, then where the help is.
pub fn spanish_error(e: &clap::Error, usage: Option<&str>) -> String {
    let arg = context(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = context(e, ContextKind::InvalidValue).unwrap_or_default();
    let what = match e.kind() {
        ErrorKind::UnknownArgument if arg.starts_with('-') => format!("Opción desconocida: «{arg}»."),
        ErrorKind::UnknownArgument => format!("Sobra «{arg}»."),
        ErrorKind::InvalidSubcommand => format!(
            "Orden desconocida: «{}».",
            context(e, ContextKind::InvalidSubcommand).unwrap_or(arg)
        ),
        ErrorKind::MissingRequiredArgument => missing(&arg),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "Falta la orden: evaluate, validate, schema, template o import.".to_string()
        }
        ErrorKind::InvalidValue if value.is_empty() => format!("Falta el valor de «{arg}»."),
        ErrorKind::InvalidValue => format!("Valor no válido para «{arg}»: «{value}»."),
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e).map(|s| s.to_string()).unwrap_or_default();
            format!("Valor no válido para «{arg}»: {why}.")
        }
        ErrorKind::ArgumentConflict | ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            format!("«{arg}» no va así o sobra.")
        }
        _ => "Argumentos no válidos.".to_string(),
    };
    let usage = usage.map(|u| format!("Uso: {u}\n")).unwrap_or_default();
    format!("{what}\n{usage}Use «semaforo --help» o «semaforo ORDEN --help» para ver cómo se usa.\n")
}

/// A required argument that is missing, said as what it is for.
fn missing(arg: &str) -> String {
    if arg.contains("PLANTILLA.xlsx") {
        "Falta «-o PLANTILLA.xlsx»: dónde guardar la plantilla.".into()
    } else if arg.contains("ARCHIVO") {
        "Falta el archivo a importar (una plantilla .xlsx u .ods, o uno o más archivos CSV).".into()
    } else if arg.contains("PLAN.json") {
        "Falta el archivo del plan.".into()
    } else {
        format!("Falta {arg}.")
    }
}
