//! A workbook saved as CSV files the way a Spanish-locale Excel saves them: `;` between
//! fields, decimal comma, Windows-1252 ("ANSI") when every character fits, else UTF-8 with a
//! byte-order mark ("CSV UTF-8"). To show that columns are found by their headers, each file's
//! columns come in reverse order and some headers are written another way.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

/// Headers written differently: other case, no accents, synonyms.
fn rename(header: &str) -> String {
    let fixed = match header {
        "Código" => "CODIGO",
        "Nombre" => "nombre",
        "Unidad de medida" => "Unidad",
        "Sentido" => "Dirección",
        "Línea de base: valor" => "LB",
        "Línea de base: año" => "lb año",
        "Valor obtenido" => "Logrado",
        "Programado (S/)" => "Monto programado",
        "Unidad responsable" => "  unidad RESPONSABLE ",
        "Código OEI" => "Cod. OEI",
        "Periodo" => "Período",
        "Campo" => "campo",
        "Etiqueta" => "ETIQUETA",
        "Desde (%)" => "Desde",
        "Relevancia (1-3)" => "relevancia",
        _ => "",
    };
    if !fixed.is_empty() {
        return fixed.to_string();
    }
    if let Some(year) = header
        .strip_prefix("Meta ")
        .filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
    {
        return format!("Logro esperado {year}");
    }
    header.to_string()
}

fn field(s: &str) -> String {
    if s.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn cell(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) => format!("{f}").replace('.', ","),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => if *b { "VERDADERO" } else { "FALSO" }.to_string(),
        other => panic!("unexpected cell {other:?}"),
    }
}

/// Windows-1252 bytes, when every character has one.
fn windows_1252(s: &str) -> Option<Vec<u8>> {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    s.chars()
        .map(|c| match c as u32 {
            0..=0x7F | 0xA0..=0xFF => Some(c as u32 as u8),
            _ => HIGH.iter().position(|h| *h == c).map(|i| 0x80 + i as u8),
        })
        .collect()
}

/// Every sheet but the instructions as (file name, bytes).
pub fn sheets_as_csv(xlsx: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(xlsx)).unwrap();
    let mut out = Vec::new();
    for (n, name) in book.sheet_names().into_iter().enumerate() {
        if name == "Instrucciones" {
            continue;
        }
        let range = book.worksheet_range(&name).unwrap();
        let mut text = String::new();
        for (r, row) in range.rows().enumerate() {
            let cells: Vec<String> = row
                .iter()
                .rev()
                .map(|d| if r == 0 { rename(&cell(d)) } else { cell(d) })
                .map(|s| field(&s))
                .collect();
            text.push_str(&cells.join(";"));
            text.push_str("\r\n");
        }
        let bytes = windows_1252(&text).unwrap_or_else(|| {
            let mut b = vec![0xEF, 0xBB, 0xBF];
            b.extend_from_slice(text.as_bytes());
            b
        });
        out.push((format!("archivo{n}.csv"), bytes));
    }
    out
}
