//! CSV as Excel and LibreOffice save it: RFC 4180 quoting (fields in double quotes may hold the
//! separator, line breaks and doubled quotes), CRLF or LF line ends, and the separator the
//! saving locale uses: `;` in Spanish-locale Excel (whose numbers then have a decimal comma),
//! `,` elsewhere, or a tab. The separator is taken from the header line; Excel's `sep=;` first
//! line is honoured. Bytes are decoded as the engine decodes plan files (UTF-8 with or without
//! BOM, UTF-16, Windows-1252), with a note when they were not UTF-8.

use semaforo_engine::encoding;

use super::cells::{rows_from_cells, Grid, Value};

pub struct Csv {
    pub grid: Grid,
    /// How the bytes were decoded, when not plain UTF-8; or a quote left open.
    pub notes: Vec<String>,
}

pub fn read(name: &str, bytes: &[u8]) -> Result<Csv, String> {
    let decoded = encoding::decode(bytes).map_err(|e| e.message)?;
    let mut notes: Vec<String> = decoded.note.into_iter().collect();
    let mut text = decoded.text.as_str();
    text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut separator = None;
    if let Some(rest) = text.strip_prefix("sep=").or_else(|| text.strip_prefix("SEP=")) {
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            separator = Some(c);
            let after = chars.as_str();
            text = after
                .strip_prefix("\r\n")
                .or_else(|| after.strip_prefix('\n'))
                .or_else(|| after.strip_prefix('\r'))
                .unwrap_or(after);
        }
    }
    let separator = separator.unwrap_or_else(|| detect_separator(text));
    let (records, open_quote) = parse(text, separator);
    if let Some(row) = open_quote {
        notes.push(format!(
            "Unas comillas abiertas en la fila {row} no se cierran: se leyó hasta el final del archivo como un solo texto. Revise esa fila."
        ));
    }
    let mut cells = Vec::new();
    for (r, record) in records.into_iter().enumerate() {
        let r = u32::try_from(r).unwrap_or(u32::MAX);
        for (c, field) in record.into_iter().enumerate() {
            let c = u32::try_from(c).unwrap_or(u32::MAX);
            cells.push((r, c, Value::Text(field)));
        }
    }
    Ok(Csv {
        grid: Grid {
            name: name.to_string(),
            rows: rows_from_cells(cells),
            decimal_comma: separator == ';',
            csv: true,
        },
        notes,
    })
}

/// The separator most used in the first line outside quotes; `;` wins ties (a Spanish-locale
/// file whose header happens to hold a comma), then tab, then `,`.
fn detect_separator(text: &str) -> char {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ';' if !quoted => counts[0] += 1,
            '\t' if !quoted => counts[1] += 1,
            ',' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let [semi, tab, comma] = counts;
    if semi > 0 && semi >= tab && semi >= comma {
        ';'
    } else if tab > 0 && tab >= comma {
        '\t'
    } else {
        ','
    }
}

/// Records of fields; and the record where an unclosed quote started, if any.
fn parse(text: &str, sep: char) -> (Vec<Vec<String>>, Option<usize>) {
    let mut records: Vec<Vec<String>> = Vec::new();
    let mut record: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    // A quote opens a quoted field only at the field's start; elsewhere it is a character.
    let mut at_start = true;
    let mut quoted = false;
    let mut open_since = None;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                    open_since = None;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
                open_since = Some(records.len() + 1);
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                at_start = true;
            }
            _ if c == sep => {
                record.push(std::mem::take(&mut field));
                at_start = true;
            }
            _ => {
                field.push(c);
                at_start = false;
            }
        }
    }
    if !field.is_empty() || !record.is_empty() || quoted {
        record.push(field);
        records.push(record);
    }
    (records, open_since)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(g: &Grid) -> Vec<Vec<String>> {
        g.rows
            .iter()
            .map(|r| {
                r.cells
                    .iter()
                    .map(|(_, v)| match v {
                        Value::Text(s) => s.clone(),
                        other => format!("{other:?}"),
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn quoting_line_breaks_and_separators() {
        let csv = read(
            "x.csv",
            "Código;Nombre\r\nOEI.01;\"Uno; con \"\"comillas\"\"\nen dos líneas\"\r\n\r\nOEI.02;Dos\n".as_bytes(),
        )
        .unwrap();
        assert!(csv.grid.decimal_comma);
        assert_eq!(
            texts(&csv.grid),
            vec![
                vec!["Código", "Nombre"],
                vec!["OEI.01", "Uno; con \"comillas\"\nen dos líneas"],
                vec!["OEI.02", "Dos"],
            ]
        );
        assert_eq!(csv.grid.rows[2].number, 4);
    }

    #[test]
    fn separator_from_the_header_line_and_sep_hint() {
        assert_eq!(detect_separator("a,b,c\n1;2"), ',');
        assert_eq!(detect_separator("a\tb\n"), '\t');
        assert_eq!(detect_separator("\"a;b\",c\n"), ',');
        let csv = read("x.csv", b"sep=,\na;b,c\n").unwrap();
        assert_eq!(texts(&csv.grid), vec![vec!["a;b", "c"]]);
        assert!(!csv.grid.decimal_comma);
    }

    #[test]
    fn windows_1252_is_read_with_a_note_and_an_open_quote_is_reported() {
        let csv = read("x.csv", b"C\xf3digo;A\xf1o\n\"abierta;1\n").unwrap();
        assert_eq!(texts(&csv.grid)[0], vec!["Código", "Año"]);
        assert_eq!(csv.notes.len(), 2);
        assert!(csv.notes[1].contains("fila 2"));
    }
}
