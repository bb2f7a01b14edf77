//! `semaforo template` and `semaforo import` as a script would use them.

use std::path::PathBuf;
use std::process::Command;

const ILO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/ejemplos/ilo-2022.json");

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_semaforo"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("semaforo-cli-excel-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn a_plan_taken_to_the_template_and_imported_back_is_the_same_plan() {
    let d = dir("ida-y-vuelta");
    let xlsx = d.join("ilo.xlsx");
    let json = d.join("ilo.json");
    let (code, _, err) = run(&["template", "--from", ILO, "-o", xlsx.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = run(&["import", xlsx.to_str().unwrap(), "-o", json.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty());
    assert!(err.contains("Plan importado: 9 OEI"), "{err}");
    let original = semaforo_engine::load_plan(&std::fs::read_to_string(ILO).unwrap()).unwrap();
    let text = std::fs::read_to_string(&json).unwrap();
    let imported = semaforo_engine::load_plan(&text).unwrap();
    assert_eq!(imported, original);
    // Written as the app writes plans (a number cell keeps no trailing zeros, so the text is
    // not the original file's: 271633.70 comes back as 271633.7, the same figure).
    assert_eq!(text, semaforo_plan_json::to_json(&imported).unwrap());
    // Without -o the plan goes to standard output.
    let (code, out, _) = run(&["import", xlsx.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(semaforo_engine::load_plan(&out).unwrap(), original);
    // The empty template imports to the list of what the Plan sheet lacks.
    let empty = d.join("vacia.xlsx");
    let (code, _, _) = run(&["template", "-o", empty.to_str().unwrap()]);
    assert_eq!(code, 0);
    let (code, out, err) = run(&["import", empty.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(
        err.contains("Hoja «Plan», fila 2, columna B (Valor): Falta «Nombre de la entidad»"),
        "{err}"
    );
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn a_file_with_errors_exits_1_naming_row_and_column_and_writes_nothing() {
    let d = dir("errores");
    let plan = d.join("plan.csv");
    std::fs::write(
        &plan,
        "Campo;Valor\nNombre de la entidad;Municipalidad de Ejemplo\nNivel de gobierno;Local distrital\n\
         Nombre del plan;PEI 2024-2027\nAño de inicio;2024\nAño de fin;2027\nAño evaluado;2024\n",
    )
    .unwrap();
    let indicators = d.join("indicadores.csv");
    std::fs::write(
        &indicators,
        "Código OEI;Nombre OEI;Código;Nombre;Unidad de medida;Meta 2024\n\
         OEI.01;Gestión;IND.01.OEI.01;Trámites en plazo;kilos;60\n",
    )
    .unwrap();
    let out_json = d.join("salida.json");
    let (code, out, err) = run(&[
        "import",
        plan.to_str().unwrap(),
        indicators.to_str().unwrap(),
        "-o",
        out_json.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(out.is_empty());
    assert!(
        err.contains("Hoja «indicadores.csv», fila 2, columna E (Unidad de medida): IND.01.OEI.01: «kilos»"),
        "{err}"
    );
    assert!(err.contains("No se importó el plan"), "{err}");
    assert!(!out_json.exists());
    // An old .xls is named for what it is.
    let xls = d.join("viejo.xls");
    std::fs::write(&xls, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).unwrap();
    let (code, _, err) = run(&["import", xls.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("Excel 97-2003"), "{err}");
    let (code, _, err) = run(&["import", d.join("no-existe.csv").to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("no se pudo leer"), "{err}");
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn wrong_usage_exits_2_with_the_reason() {
    for (args, words) in [
        (
            &["template", "-o", "x.xlsx", "--quiet"][..],
            "Opción desconocida: «--quiet»",
        ),
        (&["template", "-o"][..], "Falta el valor de «--output <PLANTILLA.xlsx>»"),
        (&["template"][..], "Falta «-o PLANTILLA.xlsx»"),
        (&["import", "a.xlsx", "--strict"][..], "Opción desconocida: «--strict»"),
        (
            &["import", "a.xlsx", "-o"][..],
            "Falta el valor de «--output <PLAN.json>»",
        ),
        (&["import"][..], "Falta el archivo a importar"),
    ] {
        let (code, out, err) = run(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty());
        assert!(err.contains(words), "{args:?}: {err}");
        let command = args[0];
        assert!(
            err.contains(&format!("Uso: semaforo {command} ")),
            "usage follows the reason: {err}"
        );
    }
}
