//! A row's own mark when the engine found something about it: the count, with the messages on
//! hover and for screen readers.

use leptos::prelude::*;

use crate::state::use_document;

#[component]
pub fn DiagMark(
    /// The row's element id; diagnostics whose path points to it are counted.
    anchor: String,
) -> impl IntoView {
    let doc = use_document();
    let messages = Memo::new(move |_| doc.diagnostics_by_row.of(&anchor));
    move || {
        let m = messages.get();
        (!m.is_empty()).then(|| {
            let n = m.len();
            let label = if n == 1 {
                "1 observación".to_string()
            } else {
                format!("{n} observaciones")
            };
            view! {
                <span class="marca" title=m.join("\n")>
                    <span aria-hidden="true">"⚠ "{n}</span>
                    <span class="solo-lectores">{label}": "{m.join(" ")}</span>
                </span>
            }
        })
    }
}
