//! Which screen is on view, and where a link asked to go.

use leptos::prelude::*;

/// The screens of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Resumen,
    Indicadores,
    Presupuesto,
    Diagnosticos,
    Metodo,
    Informe,
    Compartir,
    Borradores,
    Estructura,
}

impl Tab {
    /// The screen a print of this one shows: the screens made for editing print the summary, so
    /// a print is never a blank page.
    pub fn printed(self) -> Tab {
        match self {
            Tab::Estructura | Tab::Compartir | Tab::Borradores => Tab::Resumen,
            t => t,
        }
    }
}

#[derive(Clone, Copy)]
pub struct Navigation {
    pub tab: RwSignal<Tab>,
    /// A row a link asked for (its element id): paged lists turn to the page that holds it.
    pub wanted_row: RwSignal<Option<String>>,
    /// The start panel is shown (first visit with the example, or *Inicio*).
    pub welcome: RwSignal<bool>,
    /// The built-in example is on its way (fetched when first opened).
    pub opening_example: RwSignal<bool>,
    /// *Paso a paso* is on screen, for the institution (`narrative::INSTITUTION_KEY`) or an OEI.
    pub presenting: RwSignal<Option<String>>,
}

impl Navigation {
    pub fn new() -> Self {
        Navigation {
            tab: RwSignal::new(Tab::Resumen),
            wanted_row: RwSignal::new(None),
            welcome: RwSignal::new(false),
            opening_example: RwSignal::new(false),
            presenting: RwSignal::new(None),
        }
    }
}

impl Default for Navigation {
    fn default() -> Self {
        Self::new()
    }
}
