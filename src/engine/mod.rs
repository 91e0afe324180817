//! The pure core: no leptos, web-sys or gloo may appear under `src/engine/` (checked by
//! `scripts/check-engine-purity.sh`). Every date is a Japan (Asia/Tokyo) calendar date; "today" and
//! "now" are always inputs, never read from a clock here.

pub mod advice;
pub mod assess;
pub mod brokerage;
pub mod calendar;
pub mod case;
pub mod customer;
pub mod facts;
pub mod hours;
pub mod jst;
pub mod limits;
pub mod name;
pub mod pack;
pub mod parse;
pub mod phones;
pub mod plan;
pub mod refine;
pub mod session;

/// A text in both languages. Japanese is the original; English is complete.
///
/// Stored as one string, Japanese and English joined by U+001F, so each of the ~800 texts of the
/// packs and the advice carries one pointer instead of two: the pointers cost the wasm more
/// (measured by `scripts/pack-size.sh`) than finding the separator when a text is shown.
/// Build texts with [`text!`](crate::text), which joins two literals at compile time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text(&'static str);

/// Joins a Japanese and an English literal into a [`Text`] at compile time.
#[macro_export]
macro_rules! text {
    ($ja:expr, $en:expr $(,)?) => {
        $crate::engine::Text::new(concat!($ja, "\u{1f}", $en))
    };
}

/// The user's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Ja,
    En,
}

/// The position of the single U+001F in a joined pair (`Text`, `pack::Cite`); `None` unless
/// there is exactly one. `const`, so a malformed literal fails to compile.
pub(crate) const fn sep_at(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let (mut i, mut at) = (0, None);
    while i < b.len() {
        if b[i] == 0x1f {
            if at.is_some() {
                return None;
            }
            at = Some(i);
        }
        i += 1;
    }
    at
}

/// The two sides of a joined pair; the whole string and "" if it has no separator.
pub(crate) fn split_pair(s: &'static str) -> (&'static str, &'static str) {
    s.split_once('\u{1f}').unwrap_or((s, ""))
}

impl Text {
    /// `both` is the Japanese, U+001F, then the English. In a `const` or `static` a text without
    /// exactly one separator, or with an empty side, is a compile error.
    pub const fn new(both: &'static str) -> Text {
        match sep_at(both) {
            Some(at) if at > 0 && at + 1 < both.len() => Text(both),
            _ => panic!("a Text is ja, U+001F, en, both non-empty"),
        }
    }

    pub fn ja(&self) -> &'static str {
        split_pair(self.0).0
    }

    pub fn en(&self) -> &'static str {
        split_pair(self.0).1
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ja => self.ja(),
            Lang::En => self.en(),
        }
    }
}

/// As `{"ja": …, "en": …}` (the CLI's output).
impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Text", 2)?;
        st.serialize_field("ja", self.ja())?;
        st.serialize_field("en", self.en())?;
        st.end()
    }
}
