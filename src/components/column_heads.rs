//! A table's header row of plain column titles.

use leptos::prelude::*;

#[component]
pub fn ColumnHeads(
    /// The columns' titles, left to right.
    names: &'static [&'static str],
) -> impl IntoView {
    view! { <tr>{names.iter().map(|n| view! { <th scope="col">{*n}</th> }).collect_view()}</tr> }
}
