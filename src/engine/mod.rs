//! The pure core: no leptos, web-sys or gloo may appear under `src/engine/` (checked by
//! `scripts/check-engine-purity.sh`). Every date is a Japan (Asia/Tokyo) calendar date; "today" and
//! "now" are always inputs, never read from a clock here.

pub mod advice;
pub mod assess;
pub mod calendar;
pub mod case;
pub mod draft;
pub mod jst;
pub mod pack;
pub mod parse;

/// A text in both languages. Japanese is the original; English is complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Text {
    pub ja: &'static str,
    pub en: &'static str,
}

/// The user's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Ja,
    En,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ja => self.ja,
            Lang::En => self.en,
        }
    }
}
