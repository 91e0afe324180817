//! Case files in and out: export the open case as case file v1 (`engine::case::to_json`, made in
//! the browser as a Blob), import one by file picker or drag-and-drop.
//!
//! A file is data, never code: it is parsed by `parse_case` only, refused above 1 MiB (before it
//! is read) or when nested too deep, and every string from it reaches the page as text
//! (a view's text node, never markup).

pub use super::case_msg::{ExportMsg, ImportMsg};
use super::dom;
use super::focus;
use super::i18n_drafts::{dtexts, DraftTexts};
use super::outcome::Outcome;
use super::state::{Draft, DraftCase, DraftUi, Scenario, Step};
use super::store::{use_store, Store};
use super::widgets::{named, NAME_SLOT};
use crate::engine::case::{parse_case, to_json, CaseFile, MAX_CASE_BYTES};
use crate::engine::name::{clean_name, file_name_part};
use crate::engine::Lang;
use crate::model::format_jst;
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
    let mut case = DraftCase::from_case(c);
    case.scenario = Scenario::for_scheme(&c.scheme);
    Draft {
        case,
        ui: DraftUi {
            step: Step::Result,
            ..DraftUi::default()
        },
        ..Draft::default()
    }
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

/// The exported file's name: 「補償ナビ_山田様_2026-11-28.json」 when it carries the case's name
/// (the date in Japan time, the name made safe by `name::file_name_part`), else the unnamed
/// `hosho-navi-case-YYYYMMDD-HHMM.json` (nothing in it says whose case it is).
pub fn export_file_name(label: &str, lang: Lang, now_ms: i64) -> String {
    let jst = format_jst(now_ms);
    let part = file_name_part(label);
    if part.is_empty() {
        // "YYYY-MM-DD HH:MM" (Japan) → "YYYYMMDD-HHMM".
        let stamp: String = jst
            .chars()
            .filter_map(|c| match c {
                ' ' => Some('-'),
                '-' | ':' => None,
                c => Some(c),
            })
            .collect();
        return format!("hosho-navi-case-{stamp}.json");
    }
    let date = jst.split(' ').next().unwrap_or_default();
    let app = match lang {
        Lang::Ja => "補償ナビ",
        Lang::En => "hosho-navi",
    };
    format!("{app}_{part}_{date}.json")
}

/// Downloads the open case as a case file, carrying `label` (the case's name) when it is not
/// empty; says what happened.
pub fn export(out: &Outcome, label: &str, lang: Lang) -> ExportMsg {
    let built = out.built.get_untracked();
    let Some(mut case) = built.case else {
        return ExportMsg::NeedCase;
    };
    case.label = clean_name(label);
    let file = export_file_name(&case.label, lang, js_sys::Date::now() as i64);
    dom::download(&file, "application/json", &to_json(&case));
    ExportMsg::Done {
        file,
        left_out: built.bad_rows,
        labelled: !case.label.is_empty(),
    }
}

/// What the last export did, in a live region under the export button.
#[component]
pub fn ExportMessage() -> impl IntoView {
    let s = use_store();
    let dt = dtexts(s.app.lang.get_untracked());
    let msg = Memo::new(move |_| s.ui.with(|u| u.export_msg.clone()));
    view! {
        <p class="hn-small" role="status" id="hn-export-msg">
            {move || msg.get().map(|m| match m {
                ExportMsg::NeedCase => view! {
                    <span class="hn-error">{dt.export_need_case}</span>
                }
                .into_any(),
                ExportMsg::Done { file, left_out, labelled } => view! {
                    {(dt.exported)(&file)}" "
                    {if labelled { dt.exported_with_label } else { dt.exported_without_label }}
                    {(left_out > 0).then(|| view! {
                        " "<strong>{(dt.export_rows_left_out)(left_out)}</strong>
                    })}
                }
                .into_any(),
            })}
        </p>
    }
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
    // Forgotten, not dropped: the promise calls one of them after this returns (a dropped closure
    // would be called freed). It settles once; the two small closures stay until the page closes.
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
                // The name the file carries, else one from the file's name.
                let case_name = if case.label.is_empty() {
                    name_from_file(&name)
                } else {
                    case.label.clone()
                };
                store.open_new(draft_from_case(&case), case_name);
                store.set(|u| {
                    u.import_msg = Some(ImportMsg::Ok(name));
                    u.export_msg = None;
                });
                focus::after_render(format!("#{}", super::widgets::HEADING_ID));
            }
            Err(errors) => store.set(|u| u.import_msg = Some(ImportMsg::Errors(name, errors))),
        }
    });
}

/// What an import did. A file name is anyone's text: shown cleaned and isolated, as case names
/// are.
fn import_result(m: ImportMsg, lang: Lang, dt: &'static DraftTexts) -> AnyView {
    let line = |class: &'static str, msg: fn(&str) -> String, f: &str| {
        let text = msg(NAME_SLOT);
        view! { <p class=class>{named(&text, &clean_name(f))}</p> }.into_any()
    };
    match m {
        ImportMsg::Ok(f) => line("hn-note", dt.import_ok, &f),
        ImportMsg::TooLarge(f) => line("hn-alert", dt.import_too_large, &f),
        ImportMsg::Unreadable(f) => line("hn-alert", dt.import_unreadable, &f),
        ImportMsg::OneFile => view! { <p class="hn-alert">{dt.import_one_file}</p> }.into_any(),
        ImportMsg::Errors(f, errors) => {
            let head = (dt.import_failed)(NAME_SLOT, errors.len());
            let more = errors.len().saturating_sub(MAX_SHOWN);
            view! {
                <div class="hn-alert hn-import-errors">
                    <p>{named(&head, &clean_name(&f))}</p>
                    <ul>
                        {errors
                            .iter()
                            .take(MAX_SHOWN)
                            .map(|e| view! { <li>{e.message(lang)}</li> })
                            .collect_view()}
                    </ul>
                    {(more > 0).then(|| view! { <p>{(dt.import_more)(more)}</p> })}
                </div>
            }
            .into_any()
        }
    }
}

/// Import: a file picker inside a drop zone, and what the last import did.
#[component]
pub fn ImportZone() -> impl IntoView {
    let s = use_store();
    let lang = s.app.lang.get_untracked();
    let dt = dtexts(lang);
    let active = Memo::new(move |_| s.ui.with(|u| u.drop_active));
    let msg = Memo::new(move |_| s.ui.with(|u| u.import_msg.clone()));
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        import_files(s, input.files());
        // The same file can be chosen again after a fix.
        input.set_value("");
    };
    let on_dragover = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if !s.peek(|u| u.drop_active) {
            s.set(|u| u.drop_active = true);
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        s.set(|u| u.drop_active = false);
        import_files(s, ev.data_transfer().and_then(|d| d.files()));
    };
    view! {
        <section class="hn-import" aria-labelledby="hn-import-title">
            <h3 id="hn-import-title">{dt.import_title}</h3>
            <p class="hn-small">{dt.import_lead}</p>
            <div
                class=move || if active.get() { "hn-dropzone hn-drop-active" } else { "hn-dropzone" }
                on:dragover=on_dragover
                on:dragleave=move |_| s.set(|u| u.drop_active = false)
                on:drop=on_drop
            >
                <label class="hn-label" for=FILE_INPUT_ID>{dt.import_choose}</label>
                <input
                    class="hn-file"
                    type="file"
                    accept=".json,application/json"
                    id=FILE_INPUT_ID
                    on:change=on_change
                />
                <p class="hn-small hn-muted">{dt.import_drop}</p>
            </div>
            <div role="status" aria-live="polite" id="hn-import-result">
                {move || msg.get().map(|m| import_result(m, lang, dt))}
            </div>
        </section>
    }
}
