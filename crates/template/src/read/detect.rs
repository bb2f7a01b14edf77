//! What a file is, by its content (a renamed file keeps its content): a workbook to read, text to
//! read as CSV, or something else that gets a message saying what it is and what to do.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Xlsx,
    Ods,
    Csv,
    /// Not importable; the Spanish message says what the file is and what to do.
    Refused(String),
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

pub fn detect(name: &str, bytes: &[u8]) -> Kind {
    let lower = name.to_lowercase();
    if bytes.is_empty() {
        return Kind::Refused(format!("«{name}» está vacío (0 bytes)."));
    }
    if bytes.starts_with(b"PK") {
        // Entry names are stored uncompressed, so the kind of document shows in its bytes; whole
        // names are looked for, which compressed data does not produce by chance.
        if contains(bytes, b"application/vnd.oasis.opendocument.spreadsheet") {
            return Kind::Ods;
        }
        if contains(bytes, b"xl/workbook.bin") {
            return Kind::Refused(format!(
                "«{name}» es un libro binario de Excel (.xlsb). Ábralo en Excel y guárdelo como «Libro de Excel (.xlsx)»; luego impórtelo."
            ));
        }
        if contains(bytes, b"xl/workbook.xml") {
            return Kind::Xlsx;
        }
        if contains(bytes, b"word/document.xml") || contains(bytes, b"application/vnd.oasis.opendocument.text") {
            return Kind::Refused(format!(
                "«{name}» es un documento de texto (Word u OpenDocument), no una hoja de cálculo. Copie las tablas a la plantilla de Excel (Descargar plantilla) e importe esa plantilla."
            ));
        }
        if contains(bytes, b"ppt/presentation.xml")
            || contains(bytes, b"application/vnd.oasis.opendocument.presentation")
        {
            return Kind::Refused(format!(
                "«{name}» es una presentación, no una hoja de cálculo. Copie las tablas a la plantilla de Excel (Descargar plantilla) e importe esa plantilla."
            ));
        }
        if lower.ends_with(".xlsx") || lower.ends_with(".xlsm") {
            return Kind::Xlsx;
        }
        if lower.ends_with(".ods") {
            return Kind::Ods;
        }
        return Kind::Refused(format!(
            "«{name}» es un archivo comprimido (.zip) que no es un libro de Excel ni de LibreOffice. Extraiga de él la plantilla (.xlsx, .ods) o los archivos CSV e impórtelos."
        ));
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        if lower.ends_with(".doc") {
            return Kind::Refused(format!(
                "«{name}» es un documento de Word 97-2003, no una hoja de cálculo. Copie las tablas a la plantilla de Excel (Descargar plantilla) e importe esa plantilla."
            ));
        }
        return Kind::Refused(format!(
            "«{name}» es un libro de Excel 97-2003 (.xls) o un libro protegido con contraseña, que Semáforo no lee. Ábralo en Excel, quite la contraseña si la tiene y guárdelo como «Libro de Excel (.xlsx)»; luego importe ese archivo."
        ));
    }
    if bytes.starts_with(b"%PDF") {
        return Kind::Refused(format!(
            "«{name}» es un PDF. Semáforo no lee tablas de un PDF: copie sus cifras a la plantilla de Excel (Descargar plantilla) e importe esa plantilla."
        ));
    }
    let head: Vec<u8> = bytes
        .iter()
        .copied()
        .skip_while(|b| matches!(b, 0xEF | 0xBB | 0xBF | 0xFF | 0xFE | 0 | b' ' | b'\t' | b'\r' | b'\n'))
        .take(512)
        .filter(|b| *b != 0)
        .collect();
    if head.starts_with(b"{") || head.starts_with(b"[") {
        let plan = contains(bytes, b"format_version") || contains(&utf16_to_ascii(bytes), b"format_version");
        return Kind::Refused(if plan {
            format!("«{name}» es un plan de Semáforo en JSON: no se importa, se abre directamente (Abrir plan, o arrastrándolo a la página).")
        } else {
            format!("«{name}» es un archivo JSON, no una hoja de cálculo ni un CSV. Si es un plan de Semáforo, ábralo directamente (Abrir plan).")
        });
    }
    if head.starts_with(b"<") {
        return Kind::Refused(format!(
            "«{name}» es una página web o un archivo XML (a veces Excel guarda así las tablas «.xls»). Ábralo en Excel y guárdelo como «Libro de Excel (.xlsx)» o como CSV; luego impórtelo."
        ));
    }
    if bytes.starts_with(b"{\\rtf") {
        return Kind::Refused(format!(
            "«{name}» es un documento de texto enriquecido (RTF), no una hoja de cálculo."
        ));
    }
    for (magic, what) in [
        (&b"\x89PNG"[..], "una imagen PNG"),
        (&b"\xFF\xD8\xFF"[..], "una imagen JPEG"),
        (&b"GIF8"[..], "una imagen GIF"),
        (&b"Rar!"[..], "un archivo comprimido RAR"),
        (&b"7z\xBC\xAF"[..], "un archivo comprimido 7z"),
        (&b"\x1F\x8B"[..], "un archivo comprimido gzip"),
    ] {
        if bytes.starts_with(magic) {
            return Kind::Refused(format!(
                "«{name}» es {what}, no una hoja de cálculo. Importe la plantilla de Excel (.xlsx), un libro .ods o archivos CSV."
            ));
        }
    }
    Kind::Csv
}

/// The ASCII bytes of UTF-16 text (every other byte), to look for a word in it.
fn utf16_to_ascii(bytes: &[u8]) -> Vec<u8> {
    bytes.iter().copied().filter(|b| *b != 0).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(name: &str, bytes: &[u8]) -> String {
        match detect(name, bytes) {
            Kind::Refused(m) => m,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn formats_by_content() {
        assert!(refused("plan.xls", &[0xD0, 0xCF, 0x11, 0xE0, 0, 0]).contains("97-2003"));
        assert!(refused("informe.pdf", b"%PDF-1.7").contains("PDF"));
        assert!(refused("plan.json", b"\xEF\xBB\xBF {\"format_version\": 2}").contains("plan de Semáforo"));
        assert!(refused("x.docx", b"PK\x03\x04....word/document.xml").contains("documento de texto"));
        assert_eq!(detect("tabla.txt", b"PK\x03\x04....xl/workbook.xml"), Kind::Xlsx);
        assert_eq!(
            detect(
                "x.xlsx",
                b"PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.spreadsheet"
            ),
            Kind::Ods
        );
        assert!(refused("x.zip", b"PK\x03\x04 cosas").contains("comprimido"));
        assert_eq!(detect("oei.csv", "Código;Nombre\n".as_bytes()), Kind::Csv);
        assert!(refused("vacío.csv", b"").contains("vacío"));
    }
}
