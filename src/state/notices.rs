//! The message shown near the top of the page.

use leptos::prelude::*;

/// A message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub error: bool,
    pub text: String,
}

#[derive(Clone, Copy)]
pub struct Notices {
    pub notice: RwSignal<Option<Notice>>,
}

impl Notices {
    pub fn new() -> Self {
        Notices {
            notice: RwSignal::new(None),
        }
    }

    pub fn say(&self, text: impl Into<String>) {
        self.notice.set(Some(Notice {
            error: false,
            text: text.into(),
        }));
    }

    pub fn warn(&self, text: impl Into<String>) {
        self.notice.set(Some(Notice {
            error: true,
            text: text.into(),
        }));
    }
}

impl Default for Notices {
    fn default() -> Self {
        Self::new()
    }
}
