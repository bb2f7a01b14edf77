//! What a unit sees above its indicators in the copy the planning office sent it: whose copy it
//! is, what to do with it, and the switches that show (and unlock) other units' indicators.

use leptos::prelude::*;

#[component]
pub fn UnitCopyNotice(
    unit: String,
    /// How many indicators the unit fills in.
    #[prop(into)]
    mine: Signal<usize>,
    /// Whether only the unit's own indicators are listed.
    mine_only: RwSignal<bool>,
    /// Whether other units' values can be edited.
    others_unlocked: RwSignal<bool>,
) -> impl IntoView {
    let what = {
        let unit = unit.clone();
        move || {
            match mine.get() {
            0 => format!(
                "Copia para «{unit}». Ningún indicador tiene a «{unit}» como responsable: se muestran todos, en solo lectura."
            ),
            n => format!(
                "Copia para «{unit}»: {}. Llénelos y devuelva el archivo a la oficina de planeamiento con «Guardar el plan en un archivo».",
                semaforo_engine::words::count(n as u64, "indicador suyo", "indicadores suyos")
            ),
        }
        }
    };
    view! {
        <div class="aviso-unidad" data-testid="aviso-unidad">
            <p>{what}</p>
            <label class="casilla" hidden=move || mine.get() == 0>
                <input
                    type="checkbox"
                    prop:checked=move || !mine_only.get()
                    on:change=move |ev| mine_only.set(!event_target_checked(&ev))
                />
                "Mostrar también los indicadores de otras unidades"
            </label>
            <label class="casilla" hidden=move || { mine_only.get() && mine.get() > 0 }>
                <input
                    type="checkbox"
                    prop:checked=move || others_unlocked.get()
                    on:change=move |ev| others_unlocked.set(event_target_checked(&ev))
                />
                "Permitir editar los valores de otras unidades (la oficina verá cada cambio fuera de «"
                {unit.clone()}
                "» al incorporar el archivo)"
            </label>
        </div>
    }
}
