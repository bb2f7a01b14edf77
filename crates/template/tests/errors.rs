//! What a planner sees when a template is empty, half filled, wrong, or not a template at all.

mod common;

use common::book::{s, Book, V};
use semaforo_template::{import, template, ImportReport, Severity};

fn import_one(name: &str, bytes: Vec<u8>) -> ImportReport {
    import(&[(name.to_string(), bytes)])
}

/// The problem at that place whose message holds `words`, or a failure listing them all.
fn find<'a>(
    report: &'a ImportReport,
    severity: Severity,
    sheet: &str,
    row: Option<u32>,
    column: Option<&str>,
    words: &str,
) -> &'a semaforo_template::ImportProblem {
    report
        .problems
        .iter()
        .find(|p| {
            p.severity == severity
                && p.sheet == sheet
                && p.row == row
                && column.is_none_or(|c| p.column.as_deref().is_some_and(|pc| pc.starts_with(c)))
                && p.message.contains(words)
        })
        .unwrap_or_else(|| {
            panic!(
                "no {severity:?} at {sheet} {row:?} {column:?} with «{words}» in:\n{}",
                common::listed(report)
            )
        })
}

/// The empty template with the least a plan needs: entity, plan, years, one OEI, one indicator.
fn minimal() -> Book {
    let mut b = Book::read(&template(None).unwrap());
    b.field("Nombre de la entidad", s("Municipalidad Distrital de Ejemplo"))
        .field("Nivel de gobierno", s("Local distrital"))
        .field("Nombre del plan", s("PEI 2024-2027"))
        .field("Año de inicio", V::N(2024.0))
        .field("Año de fin", V::N(2027.0))
        .field("Año evaluado", V::N(2024.0));
    b.set("OEI", 2, "Código", s("OEI.01"))
        .set("OEI", 2, "Nombre", s("Mejorar la gestión"));
    b.rename("Indicadores", "Meta AAAA", "Meta 2024");
    b.set("Indicadores", 2, "Código OEI", s("OEI.01"))
        .set("Indicadores", 2, "Código", s("IND.01.OEI.01"))
        .set("Indicadores", 2, "Nombre", s("Porcentaje de trámites en plazo"))
        .set("Indicadores", 2, "Unidad de medida", s("porcentaje"))
        .set("Indicadores", 2, "Meta 2024", V::N(60.0));
    b
}

#[test]
fn the_empty_template_names_every_missing_plan_field() {
    let report = import_one("plantilla.xlsx", template(None).unwrap());
    assert!(report.plan.is_none());
    for (row, field) in [
        (2, "Nombre de la entidad"),
        (3, "Nivel de gobierno"),
        (5, "Nombre del plan"),
        (6, "Año de inicio"),
        (7, "Año de fin"),
        (10, "Año evaluado"),
    ] {
        find(&report, Severity::Error, "Plan", Some(row), Some("B (Valor)"), field);
    }
    assert_eq!(common::errors(&report).len(), 6, "{}", common::listed(&report));
}

#[test]
fn the_empty_template_filled_minimally_is_a_plan() {
    let report = import_one("plantilla.xlsx", minimal().write());
    assert!(common::errors(&report).is_empty(), "{}", common::listed(&report));
    let plan = report.plan.unwrap();
    assert_eq!(plan.entity.name, "Municipalidad Distrital de Ejemplo");
    assert_eq!(
        (plan.plan.start_year, plan.plan.end_year, plan.evaluation.year),
        (2024, 2027, 2024)
    );
    assert_eq!(plan.objectives.len(), 1);
    let ind = &plan.objectives[0].indicators[0];
    assert_eq!(ind.unit, semaforo_engine::Unit::Porcentaje);
    assert_eq!(ind.expected.get("2024").map(|d| d.to_string()).as_deref(), Some("60"));
    assert!(ind.obtained.is_empty(), "an empty cell is no value, never 0");
    // The empty template's default bands and settings.
    assert_eq!(plan.settings.bands, semaforo_engine::default_bands());
    assert_eq!(report.counts.indicators, 1);
}

#[test]
fn every_error_of_a_template_is_listed_with_its_place_and_nothing_is_imported() {
    let mut b = minimal();
    b.set("OEI", 3, "Código", s("OEI.01"))
        .set("OEI", 3, "Nombre", s("Otro objetivo con el mismo código"));
    b.set("AEI", 2, "Código OEI", s("OEI.09"))
        .set("AEI", 2, "Código", s("AEI.09.01"))
        .set("AEI", 2, "Nombre", s("Acción de un OEI que no existe"));
    b.set("Indicadores", 2, "Unidad de medida", s("kilos"));
    b.set("Indicadores", 3, "Código OEI", s("OEI.01"))
        .set("Indicadores", 3, "Código", s("IND.02.OEI.01"))
        .set("Indicadores", 3, "Nombre", s("Con letras en la meta"))
        .set("Indicadores", 3, "Unidad de medida", s("Porcentaje"))
        .set("Indicadores", 3, "Meta 2024", s("sesenta"));
    b.set("Indicadores", 4, "Código OEI", s("OEI.01"))
        .set("Indicadores", 4, "Código", s("IND.03.OEI.01"))
        .set("Indicadores", 4, "Nombre", s("Porcentaje por encima de 100"))
        .set("Indicadores", 4, "Unidad de medida", s("Porcentaje"))
        .set("Indicadores", 4, "Meta 2024", V::N(120.0));
    b.set("Actividades", 2, "Código", s("AOI0001"))
        .set("Actividades", 2, "Nombre", s("Actividad con monto negativo"))
        .set("Actividades", 2, "Tipo", s("Actividad operativa"))
        .set("Actividades", 2, "Código AEI", s("AEI.01.01"))
        .set("Actividades", 2, "Programado (S/)", V::N(-5.0));
    let report = import_one("plantilla.xlsx", b.write());
    assert!(report.plan.is_none());
    let dup = find(&report, Severity::Error, "OEI", Some(3), Some("A (Código)"), "OEI.01");
    assert!(dup.message.contains("fila 2"), "names both rows: {}", dup.message);
    find(
        &report,
        Severity::Error,
        "AEI",
        Some(2),
        Some("A (Código OEI)"),
        "OEI.09",
    );
    let unit = find(
        &report,
        Severity::Error,
        "Indicadores",
        Some(2),
        Some("E (Unidad de medida)"),
        "kilos",
    );
    assert!(
        unit.message.contains("IND.01.OEI.01") && unit.message.contains("Porcentaje"),
        "{}",
        unit.message
    );
    find(
        &report,
        Severity::Error,
        "Indicadores",
        Some(3),
        Some("M (Meta 2024)"),
        "«sesenta» no es un número",
    );
    let above = find(
        &report,
        Severity::Error,
        "Indicadores",
        Some(4),
        Some("M (Meta 2024)"),
        "IND.03.OEI.01",
    );
    assert!(above.message.contains("100"), "{}", above.message);
    find(
        &report,
        Severity::Error,
        "Actividades",
        Some(2),
        Some("J (Programado (S/))"),
        "negativo",
    );
    // The activity's AEI is unknown too: a warning, since the engine diagnoses it.
    find(
        &report,
        Severity::Warning,
        "Actividades",
        Some(2),
        Some("D (Código AEI)"),
        "AEI.01.01",
    );
    assert_eq!(common::errors(&report).len(), 6, "{}", common::listed(&report));
    let line = report.problems[0].describe();
    assert!(line.starts_with("Hoja «"), "{line}");
}

#[test]
fn unknown_columns_are_warnings_and_the_plan_still_imports() {
    let mut b = minimal();
    let ind = &mut b.sheets.iter_mut().find(|(n, _)| n == "Indicadores").unwrap().1;
    let at = ind[0].len();
    ind[0].push(s("Comentario del jefe"));
    ind[1].resize(at + 1, V::Empty);
    ind[1][at] = s("revisar");
    let report = import_one("plantilla.xlsx", b.write());
    assert!(report.plan.is_some(), "{}", common::listed(&report));
    let w = report
        .problems
        .iter()
        .find(|p| p.severity == Severity::Warning && p.sheet == "Indicadores" && p.row == Some(1))
        .expect("warning");
    assert!(w.column.as_deref().unwrap().ends_with("(Comentario del jefe)"), "{w:?}");
}

#[test]
fn files_that_are_not_templates_say_what_they_are() {
    let cases: [(&str, Vec<u8>, &str); 5] = [
        (
            "plan.xls",
            vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0],
            "Excel 97-2003",
        ),
        (
            "informe.docx",
            b"PK\x03\x04\x14\x00\x00\x00word/document.xml".to_vec(),
            "documento de texto",
        ),
        (
            "ilo.json",
            semaforo_engine::examples::ILO_2022.as_bytes().to_vec(),
            "plan de Semáforo en JSON",
        ),
        ("informe.pdf", b"%PDF-1.4\n...".to_vec(), "PDF"),
        ("roto.xlsx", b"PK\x03\x04 xl/ cortado".to_vec(), "no se pudo leer"),
    ];
    for (name, bytes, words) in cases {
        let report = import_one(name, bytes);
        assert!(report.plan.is_none());
        let p = find(&report, Severity::Error, "", None, None, words);
        assert!(p.message.contains(name), "{}", p.message);
    }
    let report = import(&[]);
    assert!(report.problems[0].message.contains("ningún archivo"));
}

#[test]
fn a_flat_indicators_csv_alone_names_the_plan_fields_it_lacks_and_builds_with_a_plan_csv() {
    let flat = "Código OEI;Nombre OEI;Código AEI;Nombre AEI;Código;Nombre;Unidad;Meta 2024;Valor obtenido\r\n\
                OEI.01;Gestión;;;IND.01.OEI.01;Trámites en plazo;Porcentaje;60;57,5\r\n\
                OEI.01;Gestión;AEI.01.01;Procesos;IND.01.AEI.01.01;Procesos en línea;Número;12;10\r\n";
    let report = import(&[("indicadores.csv".to_string(), flat.as_bytes().to_vec())]);
    assert!(report.plan.is_none());
    let e = common::errors(&report);
    assert_eq!(e.len(), 1, "{}", common::listed(&report));
    for f in [
        "Nombre de la entidad",
        "Nivel de gobierno",
        "Nombre del plan",
        "Año de inicio",
        "Año de fin",
        "Año evaluado",
    ] {
        assert!(e[0].message.contains(f), "{}", e[0].message);
    }
    let plan_csv = "Campo;Valor\r\nNombre de la entidad;Municipalidad de Ejemplo\r\nNivel de gobierno;distrital\r\n\
                    Nombre del plan;PEI\r\nAño de inicio;2024\r\nAño de fin;2027\r\nAño evaluado;2024\r\n";
    let report = import(&[
        ("indicadores.csv".to_string(), flat.as_bytes().to_vec()),
        ("datos.csv".to_string(), plan_csv.as_bytes().to_vec()),
    ]);
    assert!(common::errors(&report).is_empty(), "{}", common::listed(&report));
    let plan = report.plan.unwrap();
    assert_eq!(plan.objectives.len(), 1);
    assert_eq!(plan.objectives[0].actions[0].code, "AEI.01.01");
    let ind = &plan.objectives[0].indicators[0];
    assert_eq!(ind.obtained.get("2024").map(|d| d.to_string()).as_deref(), Some("57.5"));
    assert_eq!(report.counts.obtained_values, 2);
}

#[test]
fn a_sheet_of_its_own_with_a_title_above_the_headers_is_read_by_its_headers() {
    let mut b = minimal();
    let sheet = b.sheets.iter_mut().find(|(n, _)| n == "Indicadores").unwrap();
    sheet.0 = "Hoja1".into();
    sheet.1.insert(0, vec![s("MATRIZ DE INDICADORES DEL PEI")]);
    sheet.1.insert(1, Vec::new());
    // A second indicator with a bad unit, to see the row as Excel numbers it.
    sheet
        .1
        .push(vec![s("OEI.01"), V::Empty, s("IND.02.OEI.01"), s("Otro"), s("litros")]);
    let report = import_one("mi-libro.xlsx", b.write());
    assert!(report.plan.is_none());
    find(
        &report,
        Severity::Warning,
        "Hoja1",
        None,
        None,
        "se leyó como «Indicadores»",
    );
    find(&report, Severity::Warning, "Hoja1", Some(3), None, "fila 3");
    find(
        &report,
        Severity::Error,
        "Hoja1",
        Some(5),
        Some("E (Unidad de medida)"),
        "«litros»",
    );
    assert_eq!(common::errors(&report).len(), 1, "{}", common::listed(&report));
}

#[test]
fn a_figure_formatted_as_a_percentage_is_read_as_the_user_sees_it() {
    let mut b = minimal();
    // Typed as "60 %" in a cell Excel formats as a percentage: it stores 0.6.
    b.set("Indicadores", 2, "Meta 2024", V::Pct(0.6));
    let report = import_one("plantilla.xlsx", b.write());
    let plan = report.plan.expect("imported");
    let target = plan.objectives[0].indicators[0].expected.get("2024").copied();
    assert_eq!(target.map(|d| d.to_string()).as_deref(), Some("60"));
}

#[test]
fn method_rules_and_target_series_are_read_from_their_words_and_blank_is_the_default() {
    use semaforo_engine::{Aggregation, EmptyAei, MissingValues, ObjectiveScope, TargetSeries};

    let plan = import_one("plantilla.xlsx", minimal().write()).plan.expect("imported");
    let s0 = &plan.settings;
    assert_eq!(
        (s0.missing_values, s0.objective_indicators, s0.aei_without_activities),
        (
            MissingValues::CountedAsNotMet,
            ObjectiveScope::OeiAndAei,
            EmptyAei::CountedAsZero
        )
    );
    let ind = &plan.objectives[0].indicators[0];
    assert_eq!((ind.targets, ind.aggregation), (TargetSeries::PerPeriod, None));

    let mut b = minimal();
    b.field("Indicadores sin valor obtenido", s("quedan fuera"))
        .field("Indicadores del resultado del OEI", s("Solo indicadores del OEI"))
        .field("AEI sin actividades", s("QUEDA FUERA"));
    b.set("Indicadores", 2, "Acumulativo", s("Sí"))
        .set("Indicadores", 2, "Forma de las metas", s("total acumulado"))
        .set("Indicadores", 2, "Agregación semestral", s("Promedio de semestres"));
    let report = import_one("plantilla.xlsx", b.write());
    let plan = report.plan.expect("imported");
    let s1 = &plan.settings;
    assert_eq!(
        (s1.missing_values, s1.objective_indicators, s1.aei_without_activities),
        (MissingValues::LeftOut, ObjectiveScope::OeiOnly, EmptyAei::LeftOut)
    );
    let ind = &plan.objectives[0].indicators[0];
    assert_eq!(
        (ind.cumulative, ind.targets, ind.aggregation),
        (true, TargetSeries::RunningTotal, Some(Aggregation::Mean))
    );

    let mut b = minimal();
    b.field("AEI sin actividades", s("a veces"));
    b.set("Indicadores", 2, "Agregación semestral", s("mediana"));
    let report = import_one("plantilla.xlsx", b.write());
    assert!(report.plan.is_none());
    let field = find(
        &report,
        Severity::Error,
        "Plan",
        Some(18),
        Some("B (Valor)"),
        "«a veces»",
    );
    assert!(field.message.contains("«Queda fuera»"), "{}", field.message);
    let cell = find(
        &report,
        Severity::Error,
        "Indicadores",
        Some(2),
        Some("I (Agregación semestral)"),
        "«mediana»",
    );
    assert!(
        cell.message.contains("IND.01.OEI.01") && cell.message.contains("«Promedio de semestres»"),
        "{}",
        cell.message
    );
    assert_eq!(common::errors(&report).len(), 2, "{}", common::listed(&report));
}

#[test]
fn a_template_from_before_the_method_rules_reads_as_the_defaults() {
    let mut b = minimal();
    let plan_sheet = &mut b.sheets.iter_mut().find(|(n, _)| n == "Plan").unwrap().1;
    plan_sheet.retain(|r| {
        !matches!(r.first(), Some(V::S(l)) if ["Indicadores sin valor obtenido", "Indicadores del resultado del OEI", "AEI sin actividades"].contains(&l.as_str()))
    });
    let ind = &mut b.sheets.iter_mut().find(|(n, _)| n == "Indicadores").unwrap().1;
    for header in ["Agregación semestral", "Forma de las metas"] {
        let at = ind[0].iter().position(|v| matches!(v, V::S(h) if h == header)).unwrap();
        for r in ind.iter_mut().filter(|r| r.len() > at) {
            r.remove(at);
        }
    }
    let report = import_one("plantilla.xlsx", b.write());
    assert!(report.problems.is_empty(), "{}", common::listed(&report));
    let plan = report.plan.expect("imported");
    let defaults = semaforo_engine::Settings::default();
    assert_eq!(plan.settings.missing_values, defaults.missing_values);
    assert_eq!(plan.settings.objective_indicators, defaults.objective_indicators);
    assert_eq!(plan.settings.aei_without_activities, defaults.aei_without_activities);
    let ind = &plan.objectives[0].indicators[0];
    assert!(ind.targets.is_per_period() && ind.aggregation.is_none());
}
