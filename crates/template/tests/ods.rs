//! A template saved as OpenDocument (.ods), as LibreOffice or Google Sheets would, imports to
//! the same plan.

mod common;

use std::io::{Cursor, Write};

use common::book::{Book, V};
use semaforo_engine::examples::ILO_2022;
use semaforo_engine::load_plan;
use semaforo_template::{import, template};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\r', "&#13;")
        .replace('\t', "<text:tab/>")
}

/// The workbook's sheets as a minimal .ods: numbers as floats, texts as paragraphs (one per line).
fn to_ods(book: &Book) -> Vec<u8> {
    let mut content = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>"#,
    );
    for (name, rows) in &book.sheets {
        content.push_str(&format!(r#"<table:table table:name="{}">"#, escape(name)));
        for row in rows {
            content.push_str("<table:table-row>");
            for v in row {
                match v {
                    V::Empty => content.push_str("<table:table-cell/>"),
                    V::N(f) | V::Pct(f) => content.push_str(&format!(
                        r#"<table:table-cell office:value-type="float" office:value="{f}"><text:p>{f}</text:p></table:table-cell>"#
                    )),
                    V::S(t) => {
                        content.push_str(r#"<table:table-cell office:value-type="string">"#);
                        for line in t.split('\n') {
                            content.push_str(&format!("<text:p>{}</text:p>", escape(line)));
                        }
                        content.push_str("</table:table-cell>");
                    }
                }
            }
            content.push_str("</table:table-row>");
        }
        content.push_str("</table:table>");
    }
    content.push_str("</office:spreadsheet></office:body></office:document-content>");
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    zip.start_file("META-INF/manifest.xml", deflated).unwrap();
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#).unwrap();
    zip.start_file("content.xml", deflated).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn ilo_and_generated_plans_through_ods() {
    let ilo = load_plan(ILO_2022).unwrap();
    let plans = std::iter::once(ilo).chain((0..20).map(common::plans::plan));
    for plan in plans {
        let ods = to_ods(&Book::read(&template(Some(&plan)).unwrap()));
        // Named .xlsx on purpose: the content, not the name, says what it is.
        let report = import(&[("plantilla.xlsx".to_string(), ods)]);
        assert!(common::errors(&report).is_empty(), "{}", common::listed(&report));
        assert_eq!(report.plan.as_ref().unwrap(), &plan);
    }
}
