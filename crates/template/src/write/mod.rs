//! The template workbook: every sheet of `layout`, in order, with bold frozen headers that carry
//! a note on what the column takes, drop-down lists for coded values, text-formatted code
//! columns (so Excel keeps 01.01 as typed), and the plan's data. The same plan always gives the
//! same bytes: the document's creation time is fixed, and nothing else depends on the clock.

mod instructions;
mod sheets;

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder,
    Note, Workbook, Worksheet, XlsxError,
};
use semaforo_engine::Plan;

use crate::labels::{self, List};
use crate::layout::{Col, SheetId, SHEETS};
use crate::norm::column_letters;
use crate::number;
use sheets::{Out, SheetOut, Slot, MAX_CELL};

const LAST_ROW: u32 = 1_048_575;
const MAX_COLS: usize = 16_384;

struct Formats {
    header: Format,
    text: Format,
    text_wrap: Format,
    wrap: Format,
    amount: Format,
    number: Format,
    title: Format,
}

impl Formats {
    fn new() -> Formats {
        let top = Format::new().set_align(FormatAlign::Top);
        Formats {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_background_color(Color::RGB(0xE7E6E6))
                .set_border_bottom(FormatBorder::Thin),
            text: top.clone().set_num_format("@"),
            text_wrap: top.clone().set_num_format("@").set_text_wrap(),
            wrap: top.clone().set_text_wrap(),
            // Up to four decimals shown, the rest kept: the cell holds the exact figure.
            amount: top.clone().set_num_format("#,##0.00##"),
            number: top.clone(),
            title: Format::new().set_bold().set_font_size(14),
        }
    }
}

/// Columns holding codes: typed entries stay text (Excel would make 01.01 the number 1.01).
fn is_code(col: Col) -> bool {
    matches!(
        col,
        Col::Code | Col::OeiCode | Col::AeiCode | Col::IndicatorCode | Col::CostCentre | Col::Period | Col::BandId
    )
}

fn is_amount(col: Col) -> bool {
    matches!(
        col,
        Col::FinancialProgrammed
            | Col::FinancialExecuted
            | Col::Programmed
            | Col::Executed
            | Col::Amount
            | Col::Financial
    )
}

/// Free texts that read better wrapped.
fn is_long_text(col: Col) -> bool {
    matches!(
        col,
        Col::Name
            | Col::Notes
            | Col::Justification
            | Col::DataSource
            | Col::Description
            | Col::Text
            | Col::Explanation
            | Col::Value
    )
}

fn spanish(e: XlsxError, sheet: &str) -> String {
    format!("No se pudo generar la hoja «{sheet}» de la plantilla: {e}")
}

/// The template as .xlsx bytes: empty (`None`, for a plan to be started) or holding `plan`.
pub fn template(plan: Option<&Plan>) -> Result<Vec<u8>, String> {
    let formats = Formats::new();
    let mut workbook = Workbook::new();
    let created = ExcelDateTime::from_ymd(2000, 1, 1).map_err(|e| e.to_string())?;
    let title = plan.map_or_else(
        || "Plantilla de plan para Semáforo".to_string(),
        |p| format!("{} — {}", p.entity.name, p.plan.name),
    );
    let properties = DocProperties::new()
        .set_title(title.chars().take(200).collect::<String>())
        .set_subject("Plantilla de plan para Semáforo (PEI y POI, método CEPLAN)")
        .set_creation_datetime(&created);
    workbook.set_properties(&properties);
    for spec in SHEETS {
        let out = sheets::sheet(spec, plan);
        check_fits(&out)?;
        let ws = workbook.add_worksheet();
        let written = if spec.id == SheetId::Instructions {
            write_instructions(ws, &formats)
        } else {
            write_sheet(ws, &out, &formats)
        };
        written.map_err(|e| spanish(e, spec.name))?;
    }
    workbook
        .save_to_buffer()
        .map_err(|e| format!("No se pudo generar la plantilla de Excel: {e}"))
}

/// Refuses, with the place, what Excel cannot hold: a cell over 32,767 characters (report texts
/// and log entries are cut into rows beforehand; a name that long is not a real plan's), more
/// rows or columns than a sheet has.
fn check_fits(out: &SheetOut) -> Result<(), String> {
    let name = out.sheet.name;
    if out.rows.len() >= LAST_ROW as usize || out.columns.len() > MAX_COLS {
        return Err(format!(
            "La hoja «{name}» no cabe en Excel: tendría {} filas y {} columnas.",
            out.rows.len() + 1,
            out.columns.len()
        ));
    }
    for (r, row) in out.rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if let Out::Text(s) = cell {
                if s.encode_utf16().count() > MAX_CELL {
                    return Err(format!(
                        "Hoja «{name}», fila {}, columna {}: el texto tiene {} caracteres y una celda de Excel admite {MAX_CELL}. Acórtelo en Semáforo antes de exportar.",
                        r + 2,
                        column_letters(c as u32),
                        s.chars().count()
                    ));
                }
            }
        }
    }
    Ok(())
}

fn list_validation(list: List) -> Result<DataValidation, XlsxError> {
    let words = labels::labels(list);
    DataValidation::new()
        .allow_list_strings(&words)?
        // A warning, not a stop: the importer also understands other spellings.
        .set_error_style(DataValidationErrorStyle::Warning)
        .set_error_title("Valor fuera de la lista")?
        .set_error_message(format!(
            "Se esperaba uno de: {}. Semáforo también entiende el valor sin tildes o en mayúsculas.",
            words.join(", ")
        ))
}

fn write_sheet(ws: &mut Worksheet, out: &SheetOut, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(out.sheet.name)?;
    ws.set_default_note_author("Semáforo");
    for (c, col) in out.columns.iter().enumerate() {
        let c = c as u16;
        ws.set_column_width(c, col.width)?;
        if let Slot::Col(k) = col.slot {
            if is_code(k) {
                ws.set_column_format(c, &f.text)?;
            }
        }
        ws.write_string_with_format(0, c, &col.header, &f.header)?;
        let note = Note::new(col.note)
            .add_author_prefix(false)
            .set_width(320)
            .set_height(140);
        ws.insert_note(0, c, &note)?;
        if let Some(list) = col.list {
            ws.add_data_validation(1, c, LAST_ROW, c, &list_validation(list)?)?;
        }
    }
    ws.set_freeze_panes(1, 0)?;
    let text_cells: std::collections::BTreeSet<(usize, usize)> = out.text_cells.iter().copied().collect();
    for (r, row) in out.rows.iter().enumerate() {
        let rn = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            let slot = out.columns.get(c).map(|col| &col.slot);
            let col = match slot {
                Some(Slot::Col(k)) => Some(*k),
                _ => None,
            };
            let text_format = match col {
                _ if text_cells.contains(&(r, c)) => &f.text_wrap,
                Some(k) if is_code(k) => &f.text,
                Some(k) if is_long_text(k) => &f.wrap,
                _ => &f.number,
            };
            let c = c as u16;
            match cell {
                Out::Empty => {}
                Out::Text(s) if s.is_empty() => {}
                Out::Text(s) => {
                    ws.write_string_with_format(rn, c, s, text_format)?;
                }
                Out::Int(n) => {
                    ws.write_number_with_format(rn, c, *n as f64, &f.number)?;
                }
                Out::Figure(d) => {
                    let format = if col.is_some_and(is_amount) {
                        &f.amount
                    } else {
                        &f.number
                    };
                    match number::to_cell(*d) {
                        Some(x) => ws.write_number_with_format(rn, c, x, format)?,
                        // More digits than a number cell keeps: the exact digits, as text.
                        None => ws.write_string_with_format(rn, c, d.to_string(), &f.number)?,
                    };
                }
            }
        }
    }
    for (r, c, list) in &out.cell_lists {
        let (r, c) = (*r as u32 + 1, *c as u16);
        ws.add_data_validation(r, c, r, c, &list_validation(*list)?)?;
    }
    for &(r, c) in &out.text_cells {
        let empty = out
            .rows
            .get(r)
            .and_then(|row| row.get(c))
            .is_none_or(|x| *x == Out::Empty);
        if empty {
            // So that what is typed there later stays text (a code keeps its leading zero).
            ws.write_blank(r as u32 + 1, c as u16, &f.text_wrap)?;
        }
    }
    if out.sheet.id == SheetId::History {
        // Read-only for people: a hand edit would break the log's hashes (and be reported).
        ws.protect();
    }
    Ok(())
}

fn write_instructions(ws: &mut Worksheet, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(crate::layout::sheet(SheetId::Instructions).name)?;
    ws.set_column_width(0, 120)?;
    for (r, line) in instructions::lines().iter().enumerate() {
        let heading = !line.starts_with(['•', ' ']) && !line.starts_with(|c: char| c.is_ascii_digit());
        let format = match r {
            0 => &f.title,
            _ if heading => &f.header,
            _ => &f.wrap,
        };
        if !line.is_empty() {
            ws.write_string_with_format(r as u32, 0, line, format)?;
        }
    }
    Ok(())
}
