//! Pages through a long list so the page never holds thousands of rows: a regional plan has
//! 10,000 indicators and 50,000 AO. Short lists fit one page and show no pager.

use leptos::prelude::*;

/// The rows of `page` in a list of `total`, as a range.
pub fn page_range(total: usize, page: usize, size: usize) -> std::ops::Range<usize> {
    let start = (page * size).min(total);
    start..(start + size).min(total)
}

/// A count as the rest of the app writes figures ("10,000").
fn thousands(n: usize) -> String {
    crate::format::plain(Some(rust_decimal::Decimal::from(n)))
}

#[component]
pub fn Pager(
    /// How many items the list has (after filters).
    #[prop(into)]
    total: Signal<usize>,
    page: RwSignal<usize>,
    size: usize,
    /// What is listed, plural: "indicadores".
    what: &'static str,
) -> impl IntoView {
    let pages = move || total.get().div_ceil(size).max(1);
    // A list that shrank (a filter) must not leave the user past its end.
    Effect::new(move |_| {
        let last = pages() - 1;
        if page.get_untracked() > last {
            page.set(last);
        }
    });
    let shown = move || {
        let r = page_range(total.get(), page.get(), size);
        format!(
            "Mostrando {}–{} de {} {what}",
            thousands(r.start + 1),
            thousands(r.end),
            thousands(total.get())
        )
    };
    view! {
        <Show when=move || { total.get() > size }>
            <nav class="paginador" aria-label=format!("Páginas de {what}")>
                <button type="button" disabled=move || page.get() == 0 on:click=move |_| page.update(|p| *p = p.saturating_sub(1))>
                    "Anterior"
                </button>
                <span aria-live="polite">{shown}</span>
                // Braced: a bare `>=` here would close the tag (the button was always disabled).
                <button type="button" disabled=move || { page.get() + 1 >= pages() } on:click=move |_| page.update(|p| *p += 1)>
                    "Siguiente"
                </button>
                <label>
                    "Página "
                    <input
                        type="number"
                        min="1"
                        max=move || pages().to_string()
                        prop:value=move || (page.get() + 1).to_string()
                        on:change=move |ev| {
                            if let Ok(n) = event_target_value(&ev).trim().parse::<usize>() {
                                page.set(n.clamp(1, pages()) - 1);
                            }
                        }
                    />
                    {move || format!(" de {}", thousands(pages()))}
                </label>
            </nav>
        </Show>
    }
}
