//! Case names as staff see them in the list, the summary and messages. A name is typed by anyone
//! (or comes from a file name or an older build's storage), so before it is stored or shown it
//! loses every character that is invisible or reorders text: two cases must never look the same
//! while differing, and no name may turn the text around it backwards.

use super::limits::MAX_NAME_CHARS;

/// Characters that draw nothing or steer direction: every Unicode format control (category Cf:
/// bidi embeddings, overrides and isolates, zero-width space / joiners, marks, BOM, interlinear
/// annotation, tags), the line and paragraph separators, and the blank fillers that show as
/// nothing.
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{0600}'..='\u{0605}'
                | '\u{061C}'
                | '\u{06DD}'
                | '\u{070F}'
                | '\u{0890}'..='\u{0891}'
                | '\u{08E2}'
                | '\u{115F}'..='\u{1160}'
                | '\u{17B4}'..='\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{110BD}'
                | '\u{110CD}'
                | '\u{13430}'..='\u{1343F}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

/// The name as it is stored and shown: hidden characters removed, each run of spaces kept as its
/// first space, no space at either end, at most [`MAX_NAME_CHARS`] characters.
pub fn clean_name(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len().min(MAX_NAME_CHARS * 4));
    let mut n = 0;
    let mut space = false;
    for c in raw.chars().filter(|c| !is_hidden(*c)) {
        if c.is_whitespace() {
            space = n > 0;
            continue;
        }
        if space {
            if n + 1 >= MAX_NAME_CHARS {
                break;
            }
            out.push(' ');
            n += 1;
            space = false;
        }
        if n >= MAX_NAME_CHARS {
            break;
        }
        out.push(c);
        n += 1;
    }
    out
}

/// Characters of a name kept in a file name at most (a path stays well under every system's limit).
const MAX_FILE_PART_CHARS: usize = 40;

/// A case name as part of a file name (「補償ナビ_山田様_2026-11-28.json」): cleaned as every name
/// is, then each character no system allows in a file name (`/ \ : * ? " < > |`, controls) and
/// each run of spaces becomes one `_`; no dot or `_` at either end; at most 40 characters.
/// Empty when nothing is left.
pub fn file_name_part(name: &str) -> String {
    let mut out = String::new();
    for c in clean_name(name).chars() {
        let bad = c.is_control()
            || c.is_whitespace()
            || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|');
        if bad {
            if !out.ends_with('_') {
                out.push('_');
            }
        } else {
            out.push(c);
        }
    }
    let trimmed = out.trim_matches(|c| c == '_' || c == '.');
    trimmed
        .chars()
        .take(MAX_FILE_PART_CHARS)
        .collect::<String>()
        .trim_end_matches(['_', '.'])
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bidi_and_zero_width_characters_are_removed() {
        for c in ('\u{202A}'..='\u{202E}')
            .chain('\u{2066}'..='\u{2069}')
            .chain('\u{200B}'..='\u{200F}')
            .chain(['\u{FEFF}', '\u{061C}', '\u{2060}', '\u{00AD}', '\u{E0001}'])
        {
            assert!(is_hidden(c), "U+{:04X}", c as u32);
            assert_eq!(
                clean_name(&format!("山{c}田")),
                "山田",
                "U+{:04X}",
                c as u32
            );
        }
        // A reversed-looking name and its plain twin become the same visible text.
        assert_eq!(clean_name("\u{202E}gnp.exe\u{202C}"), "gnp.exe");
        assert_eq!(clean_name("山田\u{200B}様"), clean_name("山田様"));
        // Controls, line separators and blank fillers go too; letters and emoji stay.
        assert_eq!(clean_name("a\u{0}\u{7}\u{2028}b\u{3164}c"), "abc");
        assert_eq!(clean_name("佐藤 🙂 様"), "佐藤 🙂 様");
    }

    #[test]
    fn spaces_are_trimmed_and_runs_kept_once() {
        assert_eq!(clean_name("  山田\u{3000}\u{3000} 太郎  "), "山田 太郎");
        assert_eq!(clean_name("\t\n"), "");
        assert_eq!(clean_name(""), "");
    }

    #[test]
    fn length_is_capped_in_characters() {
        let long = "あ".repeat(200);
        assert_eq!(clean_name(&long).chars().count(), MAX_NAME_CHARS);
        let exact = "x".repeat(MAX_NAME_CHARS);
        assert_eq!(clean_name(&exact), exact);
        // A space is never the last character kept.
        let spaced = format!("{} y", "x".repeat(MAX_NAME_CHARS - 1));
        assert_eq!(clean_name(&spaced), "x".repeat(MAX_NAME_CHARS - 1));
        // Hidden characters do not count against the cap.
        let padded = format!("{}{}", "\u{200B}".repeat(500), "名前");
        assert_eq!(clean_name(&padded), "名前");
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod props {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            /// Whatever is typed: no hidden character survives, the cap holds, and cleaning
            /// twice changes nothing.
            #[test]
            fn cleaned_names_are_visible_short_and_stable(raw in "(?s).{0,200}") {
                let c = clean_name(&raw);
                prop_assert!(!c.chars().any(is_hidden));
                prop_assert!(c.chars().count() <= MAX_NAME_CHARS);
                prop_assert_eq!(clean_name(&c), c.clone());
                prop_assert_eq!(c.trim(), c.as_str());
            }
        }
    }

    #[test]
    fn file_name_part_is_safe() {
        assert_eq!(file_name_part("山田様"), "山田様");
        assert_eq!(file_name_part("  山田 様  "), "山田_様");
        assert_eq!(
            file_name_part("a/b\\c:d*e?f\"g<h>i|j"),
            "a_b_c_d_e_f_g_h_i_j"
        );
        assert_eq!(file_name_part("../../etc/passwd"), "etc_passwd");
        assert_eq!(file_name_part("\u{202E}gnp.exe"), "gnp.exe");
        assert_eq!(file_name_part("..."), "");
        assert_eq!(file_name_part(""), "");
        assert_eq!(file_name_part(&"あ".repeat(100)).chars().count(), 40);
        assert_eq!(file_name_part("con."), "con");
    }
}
