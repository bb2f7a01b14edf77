//! What the template promises a person filling it in Excel: a note on every header saying what
//! the column takes, and drop-down lists where a value is one of a set.

use std::io::{Cursor, Read};

use semaforo_engine::examples::ILO_2022;

fn parts(bytes: &[u8]) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes.to_vec())).expect("an xlsx is a zip");
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let name = f.name().map(|n| n.to_string()).unwrap_or_default();
            let mut text = String::new();
            f.read_to_string(&mut text).ok();
            (name, text)
        })
        .collect()
}

#[test]
fn headers_have_notes_and_choice_columns_have_lists() {
    let plan = semaforo_engine::load_plan(ILO_2022).unwrap();
    for bytes in [
        semaforo_template::template(None).unwrap(),
        semaforo_template::template(Some(&plan)).unwrap(),
    ] {
        let parts = parts(&bytes);
        let comments: Vec<&String> = parts
            .iter()
            .filter(|(n, _)| n.starts_with("xl/comments"))
            .map(|(_, t)| t)
            .collect();
        assert!(
            comments.len() >= 10,
            "every table sheet has header notes ({} comment parts)",
            comments.len()
        );
        let all_notes = comments.iter().map(|t| t.as_str()).collect::<String>();
        for said in [
            "Obligatoria. Cantidad, Número, Porcentaje",
            "Ascendente (más es mejor)",
            "Solo cuenta en los indicadores acumulativos",
            "Vacío = según la unidad",
        ] {
            assert!(all_notes.contains(said), "no header note says «{said}»");
        }
        let sheets: String = parts
            .iter()
            .filter(|(n, _)| n.starts_with("xl/worksheets/sheet"))
            .map(|(_, t)| t.as_str())
            .collect();
        let lists = sheets.matches("<dataValidation ").count();
        assert!(lists >= 5, "drop-down lists on choice columns: found {lists}");
        for choice in [
            "Porcentaje",
            "Descendente",
            "Inversión",
            "Local distrital",
            "PIM",
            "Total acumulado a la fecha",
            "Promedio de semestres",
            "Quedan fuera",
            "Solo indicadores del OEI",
            "Cuenta como 0 %",
        ] {
            assert!(sheets.contains(choice), "no drop-down list offers «{choice}»");
        }
    }
}
