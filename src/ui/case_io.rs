//! Case files in and out: export the open case as case file v1 (`engine::case::to_json`, made in
//! the browser as a Blob), import one by file picker or drag-and-drop.
//!
//! A file is data, never code: it is parsed by `parse_case` only, refused above 1 MiB (before it
//! is read) or when nested too deep, and every string from it reaches the page escaped
//! (`html.rs`), as text.

use super::dom;
use super::html::{Html, NAME_SLOT};
use super::i18n_drafts::{dtexts, DraftTexts};
use super::outcome::Outcome;
use super::state::{Draft, Scenario, Step};
use super::store::{Store, StoreUi};
use crate::engine::case::{parse_case, to_json, CaseError, CaseFile, MAX_CASE_BYTES};
use crate::engine::name::clean_name;
use crate::engine::{draft, Lang};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;

pub const FILE_INPUT_ID: &str = "hn-import-file";
/// Problems listed at most; the rest are counted.
const MAX_SHOWN: usize = 50;

/// The UI's draft for an imported case: every value as the form would hold it typed
/// (`DraftCase::from_case`, so the form builds the same case back), on the result step (a case
/// file is a finished case).
pub fn draft_from_case(c: &CaseFile) -> Draft {
    let mut stored = draft::Draft::new("");
    stored.case = draft::DraftCase::from_case(c);
    let mut d = super::store::from_stored(&stored);
    d.scenario = Scenario::for_scheme(&c.scheme);
    d.step = Step::Result;
    d
}

/// A case name from a file name: no extension, then cleaned as every name is (`clean_name`).
pub fn name_from_file(file: &str) -> String {
    let lower = file.to_ascii_lowercase();
    let stem = if lower.ends_with(".json") {
        file.get(..file.len() - 5).unwrap_or(file)
    } else {
        file
    };
    clean_name(stem)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportMsg {
    NeedCase,
    Done { file: String, left_out: usize },
}

/// Downloads the open case as a case file; says what happened.
pub fn export(out: &Outcome) -> ExportMsg {
    let built = out.built.get_untracked();
    let Some(case) = built.case else {
        return ExportMsg::NeedCase;
    };
    // "YYYY-MM-DD HH:MM" (Japan) → "YYYYMMDD-HHMM".
    let stamp: String = draft::format_jst(js_sys::Date::now() as i64)
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | ':' => None,
            c => Some(c),
        })
        .collect();
    let file = format!("hosho-navi-case-{stamp}.json");
    dom::download(&file, "application/json", &to_json(&case));
    ExportMsg::Done {
        file,
        left_out: built.bad_rows,
    }
}

pub fn render_export_msg(h: &mut Html, msg: Option<&ExportMsg>, dt: &DraftTexts) {
    match msg {
        None => {}
        Some(ExportMsg::NeedCase) => {
            h.el("span class=\"hn-error\"", dt.export_need_case);
        }
        Some(ExportMsg::Done { file, left_out }) => {
            h.t(&(dt.exported)(file));
            if *left_out > 0 {
                h.raw(" ")
                    .el("strong", &(dt.export_rows_left_out)(*left_out));
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportMsg {
    Ok(String),
    Errors(String, Vec<CaseError>),
    TooLarge(String),
    Unreadable(String),
    OneFile,
}

/// Reads a file as text without blocking; `done` gets `None` when the browser could not.
fn read_text(file: &web_sys::File, done: impl FnOnce(Option<String>) + 'static) {
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let d2 = done.clone();
    let ok = Closure::once(move |v: JsValue| {
        if let Some(f) = done.borrow_mut().take() {
            f(v.as_string());
        }
    });
    let err = Closure::once(move |_: JsValue| {
        if let Some(f) = d2.borrow_mut().take() {
            f(None);
        }
    });
    let _ = file.text().then2(&ok, &err);
    // The promise settles once; the two small closures stay until the page closes.
    ok.forget();
    err.forget();
}

/// Imports the one file in `files` as a new case, or reports every problem with its field.
pub fn import_files(store: Store, files: Option<web_sys::FileList>) {
    let Some(files) = files else {
        return;
    };
    if files.length() > 1 {
        store.set(|u| u.import_msg = Some(ImportMsg::OneFile));
        return;
    }
    let Some(file) = files.get(0) else {
        return;
    };
    let name = file.name();
    // Refused before a byte is read.
    if file.size() > MAX_CASE_BYTES as f64 {
        store.set(|u| u.import_msg = Some(ImportMsg::TooLarge(name)));
        return;
    }
    read_text(&file, move |text| {
        let Some(text) = text else {
            store.set(|u| u.import_msg = Some(ImportMsg::Unreadable(name)));
            return;
        };
        match parse_case(&text) {
            Ok(case) => {
                store.open_new(draft_from_case(&case), name_from_file(&name));
                store.set(|u| {
                    u.import_msg = Some(ImportMsg::Ok(name));
                    u.export_msg = None;
                });
                dom::focus_id(super::screens::HEADING_ID);
            }
            Err(errors) => store.set(|u| u.import_msg = Some(ImportMsg::Errors(name, errors))),
        }
    });
}

pub fn render_import(h: &mut Html, u: &StoreUi, lang: Lang) {
    let dt = dtexts(lang);
    h.raw("<section class=\"hn-import\" aria-labelledby=\"hn-import-title\">")
        .el("h3 id=\"hn-import-title\"", dt.import_title)
        .el("p class=\"hn-small\"", dt.import_lead)
        .raw(if u.drop_active {
            "<div class=\"hn-dropzone hn-drop-active\">"
        } else {
            "<div class=\"hn-dropzone\">"
        })
        .raw("<label class=\"hn-label\"")
        .attr("for", FILE_INPUT_ID)
        .raw(">")
        .t(dt.import_choose)
        .raw("</label><input class=\"hn-file\" type=\"file\" accept=\".json,application/json\"")
        .attr("id", FILE_INPUT_ID)
        .raw(">")
        .el("p class=\"hn-small hn-muted\"", dt.import_drop)
        .raw("</div><div role=\"status\" aria-live=\"polite\" id=\"hn-import-result\">");
    // A file name is anyone's text: shown cleaned and isolated, as case names are.
    let named = |h: &mut Html, class: &'static str, msg: fn(&str) -> String, f: &str| {
        h.raw(class)
            .t_named(&msg(NAME_SLOT), &clean_name(f))
            .raw("</p>");
    };
    match &u.import_msg {
        None => {}
        Some(ImportMsg::Ok(f)) => named(h, "<p class=\"hn-note\">", dt.import_ok, f),
        Some(ImportMsg::TooLarge(f)) => named(h, "<p class=\"hn-alert\">", dt.import_too_large, f),
        Some(ImportMsg::Unreadable(f)) => {
            named(h, "<p class=\"hn-alert\">", dt.import_unreadable, f)
        }
        Some(ImportMsg::OneFile) => {
            h.el("p class=\"hn-alert\"", dt.import_one_file);
        }
        Some(ImportMsg::Errors(f, errors)) => {
            h.raw("<div class=\"hn-alert hn-import-errors\">")
                .raw("<p>")
                .t_named(&(dt.import_failed)(NAME_SLOT, errors.len()), &clean_name(f))
                .raw("</p>")
                .raw("<ul>");
            for e in errors.iter().take(MAX_SHOWN) {
                h.el("li", &e.message(lang));
            }
            h.raw("</ul>");
            let more = errors.len().saturating_sub(MAX_SHOWN);
            if more > 0 {
                h.el("p", &(dt.import_more)(more));
            }
            h.raw("</div>");
        }
    }
    h.raw("</div></section>");
}
