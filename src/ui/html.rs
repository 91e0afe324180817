//! A minimal HTML writer. Screens are written as markup into a string and placed with
//! `innerHTML`: measured here, every reactive `view!` closure cost 0.5–1 KB of wasm, and the
//! first-load budget (120 KB brotli for everything) left no room for hundreds of them.
//!
//! Every text goes through [`esc`]: what the user typed, and the rule texts too. Markup literals
//! (`open`, `raw`) are always `'static` strings from this crate, never data. No `style`
//! attribute and no inline script is ever written (the CSP allows neither).

/// Escapes text and attribute values (`&`, `<`, `>`, `"`, `'`).
pub fn esc_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    esc_into(&mut out, s);
    out
}

/// Stands for a name in a message formatted before the name is placed ([`Html::t_named`]): a
/// control character, which a cleaned name (`engine::name::clean_name`) never holds.
pub const NAME_SLOT: &str = "\u{1}";

#[derive(Default)]
pub struct Html {
    pub s: String,
}

impl Html {
    pub fn new() -> Self {
        Html {
            s: String::with_capacity(4096),
        }
    }

    /// Trusted markup from this crate.
    pub fn raw(&mut self, markup: &'static str) -> &mut Self {
        self.s.push_str(markup);
        self
    }

    /// Escaped text.
    pub fn t(&mut self, text: &str) -> &mut Self {
        esc_into(&mut self.s, text);
        self
    }

    /// A user-given name, escaped and isolated in `<bdi>` so its direction never leaks into the
    /// text around it.
    pub fn bdi(&mut self, name: &str) -> &mut Self {
        self.s.push_str("<bdi>");
        esc_into(&mut self.s, name);
        self.s.push_str("</bdi>");
        self
    }

    /// Escaped `msg` (formatted with [`NAME_SLOT`] for the name) with the name in `<bdi>`.
    pub fn t_named(&mut self, msg: &str, name: &str) -> &mut Self {
        for (i, part) in msg.split(NAME_SLOT).enumerate() {
            if i > 0 {
                self.bdi(name);
            }
            self.t(part);
        }
        self
    }

    /// `<open>text</tag>`, where `tag` is the first word of `open`.
    pub fn el(&mut self, open: &'static str, text: &str) -> &mut Self {
        let tag = open.split(' ').next().unwrap_or(open);
        self.s.push('<');
        self.s.push_str(open);
        self.s.push('>');
        esc_into(&mut self.s, text);
        self.s.push_str("</");
        self.s.push_str(tag);
        self.s.push('>');
        self
    }

    /// `<thead>` with one row of column headers; `true` marks a numeric (right-aligned) column.
    pub fn head_row(&mut self, cols: &[(&str, bool)]) -> &mut Self {
        self.raw("<thead><tr>");
        for &(text, num) in cols {
            let open = if num {
                "th scope=\"col\" class=\"hn-num\""
            } else {
                "th scope=\"col\""
            };
            self.el(open, text);
        }
        self.raw("</tr></thead>")
    }

    /// ` name="value"` (escaped), to write inside an open tag.
    pub fn attr(&mut self, name: &'static str, value: &str) -> &mut Self {
        self.s.push(' ');
        self.s.push_str(name);
        self.s.push_str("=\"");
        esc_into(&mut self.s, value);
        self.s.push('"');
        self
    }

    /// A boolean attribute when `on`.
    pub fn flag(&mut self, name: &'static str, on: bool) -> &mut Self {
        if on {
            self.s.push(' ');
            self.s.push_str(name);
        }
        self
    }

    /// A button that the delegated click handler dispatches on `data-act`.
    pub fn button(&mut self, class: &'static str, act: &str, label: &str) -> &mut Self {
        self.raw("<button type=\"button\"")
            .attr("class", class)
            .attr("data-act", act)
            .raw(">")
            .t(label)
            .raw("</button>")
    }

    /// A telephone link for a number as the source writes it ("#9110" → "tel:%239110").
    pub fn tel(&mut self, phone: &str) -> &mut Self {
        let mut href = String::from("tel:");
        for c in phone.chars() {
            match c {
                '#' => href.push_str("%23"),
                '0'..='9' | '+' | '*' => href.push(c),
                _ => {}
            }
        }
        self.raw("<a class=\"hn-tel\"")
            .attr("href", &href)
            .raw(">")
            .t(phone)
            .raw("</a>")
    }
}
