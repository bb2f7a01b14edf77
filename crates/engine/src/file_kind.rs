//! What a file picked as a plan is, when it is plainly something else (a workbook, a document, a
//! PDF): the person is told what they picked and where such a file goes, instead of a JSON syntax
//! error at line 1, column 1.

/// The kind of file, in words, and whether the template import reads it.
struct Kind {
    what: &'static str,
    spreadsheet: bool,
}

fn by_extension(name: &str) -> Option<Kind> {
    let lower = name.to_lowercase();
    let ext = lower.rsplit_once('.').map(|(_, e)| e)?;
    let (what, spreadsheet) = match ext {
        "xlsx" | "xlsm" => ("una planilla de Excel", true),
        "xls" => ("una planilla de Excel antigua (.xls)", false),
        "ods" => ("una planilla de LibreOffice", true),
        "csv" => ("una tabla CSV", true),
        "docx" | "doc" => ("un documento de Word", false),
        "odt" => ("un documento de LibreOffice", false),
        "pdf" => ("un PDF", false),
        "png" | "jpg" | "jpeg" | "gif" | "webp" => ("una imagen", false),
        "zip" | "rar" | "7z" => ("un archivo comprimido", false),
        "ppt" | "pptx" => ("una presentación", false),
        _ => return None,
    };
    Some(Kind { what, spreadsheet })
}

fn by_content(bytes: &[u8]) -> Option<Kind> {
    let kind = |what, spreadsheet| Some(Kind { what, spreadsheet });
    if bytes.starts_with(b"PK\x03\x04") {
        kind("un archivo comprimido (como los de Excel, Word o ZIP)", false)
    } else if bytes.starts_with(b"%PDF") {
        kind("un PDF", false)
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        kind("un archivo de Office antiguo (.xls o .doc)", false)
    } else if bytes.starts_with(b"\x89PNG") || bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        kind("una imagen", false)
    } else {
        None
    }
}

/// The message for a file that is plainly not a plan file, or `None` when it may be one (then
/// the loader says what is wrong with it, if anything). The name's extension decides first (a
/// workbook saved as .csv is still read as CSV by the template import); the content decides for
/// a file whose name says nothing or says .json.
pub fn not_a_plan(file_name: &str, bytes: &[u8]) -> Option<String> {
    let kind = by_extension(file_name).or_else(|| by_content(bytes))?;
    let next = if kind.spreadsheet {
        "Para traer un plan desde Excel, LibreOffice o CSV use «Importar plan desde Excel o CSV» en «Borradores y archivos»."
    } else {
        "Semáforo no lee ese tipo de archivo como plan: copie las cifras a la plantilla de Excel («Borradores y archivos» › «Descargar plantilla vacía») e impórtela, o pida a quien lo envió el archivo del plan (.json)."
    };
    Some(format!(
        "«{file_name}» es {}, no un archivo de plan de Semáforo (.json). {next} No se cambió nada.",
        kind.what
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workbooks_documents_and_pdfs_are_named_and_sent_where_they_go() {
        let m = not_a_plan("Evaluación PEI 2023.xlsx", b"PK\x03\x04rest").unwrap();
        assert!(
            m.starts_with("«Evaluación PEI 2023.xlsx» es una planilla de Excel,"),
            "{m}"
        );
        assert!(m.contains("Importar plan desde Excel o CSV"), "{m}");
        let m = not_a_plan("informe.DOCX", b"PK\x03\x04").unwrap();
        assert!(
            m.contains("es un documento de Word") && m.contains("plantilla de Excel"),
            "{m}"
        );
        let m = not_a_plan("plan.json", b"%PDF-1.7").unwrap();
        assert!(m.contains("es un PDF"), "{m}");
        let m = not_a_plan("sin-extension", &[0xD0, 0xCF, 0x11, 0xE0, 0]).unwrap();
        assert!(m.contains("Office antiguo"), "{m}");
    }

    #[test]
    fn a_json_file_or_text_is_left_to_the_loader() {
        assert_eq!(not_a_plan("plan.json", b"{\"format_version\": 2}"), None);
        assert_eq!(not_a_plan("texto pegado", b"  {"), None);
        assert_eq!(not_a_plan("plan", b""), None);
    }
}
