//! Browser glue: storage, URL, focus, clock, downloads. Every call tolerates a missing API or a
//! thrown exception (blocked storage, sandboxed frames) and simply does nothing.

use crate::engine::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// localStorage key of the chosen language (read and written here only, so storage never
/// imports the app's state).
pub const LANG_KEY: &str = "hosho-navi.lang";

/// localStorage through gloo-storage, once the browser is known to allow it: gloo's
/// `LocalStorage::raw` throws when localStorage is blocked (a sandboxed frame, some private
/// modes), so the same getter is asked first, without throwing. `None` when blocked.
pub fn local_storage() -> Option<web_sys::Storage> {
    use gloo_storage::Storage as _;
    window().local_storage().ok().flatten()?;
    Some(gloo_storage::LocalStorage::raw())
}

fn storage() -> Option<web_sys::Storage> {
    local_storage()
}

/// This tab's sessionStorage; `None` when blocked.
pub fn session() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

/// A value of this tab's sessionStorage; `None` when absent or blocked.
pub fn session_get(key: &str) -> Option<String> {
    session()?.get_item(key).ok().flatten()
}

/// Removes a value of this tab's sessionStorage; does nothing when blocked.
pub fn session_remove(key: &str) {
    if let Some(s) = session() {
        let _ = s.remove_item(key);
    }
}

/// Sets a value of this tab's sessionStorage; does nothing when blocked or full.
pub fn session_set(key: &str, value: &str) {
    if let Some(s) = session() {
        let _ = s.set_item(key, value);
    }
}

pub fn stored_lang() -> Option<Lang> {
    let v = storage()?.get_item(LANG_KEY).ok().flatten()?;
    lang_from(&v)
}

pub fn store_lang(lang: Lang) {
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, lang_code(lang));
    }
}

pub fn lang_from(v: &str) -> Option<Lang> {
    match v {
        "ja" => Some(Lang::Ja),
        "en" => Some(Lang::En),
        _ => None,
    }
}

pub fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "ja",
        Lang::En => "en",
    }
}

/// The query string's parameters, percent-decoded; empty on any failure.
pub fn query_params() -> Vec<(String, String)> {
    let search = window().location().search().unwrap_or_default();
    parse_query(&search)
}

pub fn parse_query(search: &str) -> Vec<(String, String)> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|kv| !kv.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes.get(i).copied().unwrap_or(0);
        if b == b'%' {
            let hex = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(v) = hex {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(if b == b'+' { b' ' } else { b });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Keeps what a query value needs (ids and step names are ASCII letters, digits, - / _).
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Writes the query string: a new history entry when `push` (a step change, so the browser's
/// back button walks the steps), else replaces the current one.
pub fn set_query(pairs: &[(&str, String)], push: bool) {
    let q = pairs
        .iter()
        .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    let loc = window().location();
    let current = loc.search().unwrap_or_default();
    let wanted = if q.is_empty() {
        String::new()
    } else {
        format!("?{q}")
    };
    if current == wanted {
        return;
    }
    let path = loc.pathname().unwrap_or_default();
    let url = format!("{path}{wanted}");
    if let Ok(h) = window().history() {
        let _ = if push {
            h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        } else {
            h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        };
    }
}

/// Milliseconds since the epoch from the device clock (UTC: the device's zone plays no part).
pub fn now_millis() -> f64 {
    js_sys::Date::now()
}

/// Whether the viewport is narrow (a phone): one question per screen there.
pub fn is_narrow() -> bool {
    window()
        .match_media("(max-width: 40em)")
        .ok()
        .flatten()
        .map(|m| m.matches())
        .unwrap_or(false)
}

pub fn set_html_lang(lang: Lang, title: &str) {
    let doc = document();
    if let Some(root) = doc.document_element() {
        set_attr_on(&root, "lang", lang_code(lang));
    }
    if doc.title() != title {
        doc.set_title(title);
    }
}

/// Which deployment this page is (`<meta name="hn-deployment" content="staff">`, written by the
/// build into dist-staff/ only): staff mode exists only there. Nothing a visitor can set (no
/// parameter, no storage key) turns it on; a page without the tag is the customers' app.
pub fn staff_deployment() -> bool {
    thread_local! {
        static STAFF: bool = document()
            .query_selector("meta[name='hn-deployment']")
            .ok()
            .flatten()
            .and_then(|m| m.get_attribute("content"))
            .as_deref()
            == Some("staff");
    }
    STAFF.with(|s| *s)
}

/// Whether the app runs inside another page's frame (a bank's help page).
pub fn framed() -> bool {
    let w = window();
    match w.top() {
        Ok(Some(top)) => !js_sys::Object::is(top.as_ref(), w.as_ref()),
        _ => false,
    }
}

/// Focuses `el`. In a frame the host page's scroll is the host's to move: focus without
/// scrolling, then `hn-into-view` tells assets/frame.js, which asks the host (by message) to bring
/// the focused element into view.
pub fn focus(el: &web_sys::HtmlElement) {
    if !framed() {
        let _ = el.focus();
        return;
    }
    use wasm_bindgen::JsValue;
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &JsValue::from_str("preventScroll"), &JsValue::TRUE);
    match js_sys::Reflect::get(el.as_ref(), &JsValue::from_str("focus"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        Some(f) => {
            let _ = f.call1(el.as_ref(), &opts);
        }
        None => {
            let _ = el.focus();
        }
    }
    if let Ok(ev) = web_sys::Event::new("hn-into-view") {
        let _ = window().dispatch_event(&ev);
    }
}

/// Removes index.html's static first-hour panel (for a browser without JavaScript or wasm).
pub fn remove_shell() {
    if let Some(shell) = document().get_element_by_id("hn-shell") {
        shell.remove();
    }
}

/// Sets an element's text, leaving it alone when it already reads so (a replaced text node
/// would be a new paint).
pub fn set_text(id: &str, text: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        if el.text_content().as_deref() != Some(text) {
            el.set_text_content(Some(text));
        }
    }
}

/// Sets an attribute only when it changes: rewriting the same value still invalidates style.
pub fn set_attr_on(el: &web_sys::Element, name: &str, value: &str) {
    if el.get_attribute(name).as_deref() != Some(value) {
        let _ = el.set_attribute(name, value);
    }
}

/// Adds or removes a boolean attribute, only when that changes it.
pub fn toggle_attr(el: &web_sys::Element, name: &str, on: bool) {
    if el.has_attribute(name) != on {
        let _ = el.toggle_attribute_with_force(name, on);
    }
}

/// Listens for `kinds` on the element `id` until the calling owner goes. The handler runs inside
/// the app's reactive owner, so it can read context.
pub fn listen(id: &str, kinds: &[&str], f: impl Fn(web_sys::Event) + 'static) {
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    let owner = leptos::prelude::Owner::current();
    let cb =
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |ev| match &owner {
            Some(o) => o.with(|| f(ev)),
            None => f(ev),
        });
    for kind in kinds {
        let _ = el.add_event_listener_with_callback(kind, cb.as_ref().unchecked_ref());
    }
    let kinds = kinds.iter().map(|k| k.to_string()).collect();
    // Dropped with the calling owner: the listeners go with it.
    leptos::prelude::StoredValue::new_local(Listening { el, cb, kinds });
}

/// Listeners added by [`listen`], removed when dropped.
struct Listening {
    el: web_sys::Element,
    cb: wasm_bindgen::closure::Closure<dyn Fn(web_sys::Event)>,
    kinds: Vec<String>,
}

impl Drop for Listening {
    fn drop(&mut self) {
        for kind in &self.kinds {
            let _ = self
                .el
                .remove_event_listener_with_callback(kind, self.cb.as_ref().unchecked_ref());
        }
    }
}

/// `<html data-app="mounted">`: the app is in charge (the e2e page object waits for it).
pub fn mark_mounted() {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-app", "mounted");
    }
    // For scripts/perf/first-tap.mjs: when the app could first act.
    perf_mark("hn-mounted");
}

/// A User Timing mark (scripts/perf/first-tap.mjs reads them: where the time to a working app goes).
pub fn perf_mark(name: &str) {
    if let Some(p) = window().performance() {
        let _ = p.mark(name);
    }
}

/// Offers `body` as a file download, made in the browser (Blob + object URL + `<a download>`).
pub fn download(filename: &str, mime: &str, body: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(body));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let doc = document();
    if let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(filename);
        a.set_hidden(true);
        if let Some(body) = doc.body() {
            let _ = body.append_child(&a);
            a.click();
            a.remove();
        }
    }
    // Revoke later: revoking at once can cancel the download in some browsers.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
}

/// Hands `body` to the system's share sheet as a file where the browser can share files (a phone),
/// else offers it as a download. Either way the file is made here and goes only where the user
/// sends it; the app itself sends nothing (the CSP allows no new origin).
pub fn share_or_download(filename: &str, mime: &str, body: &str) {
    if !try_share_file(filename, mime, body) {
        download(filename, mime, body);
    }
}

/// `navigator.share({files: [new File([body], filename, {type: mime})]})` when `canShare` says
/// yes; false when the browser cannot share files. Read through `Reflect`: the Web Share file API
/// is behind web-sys's unstable flag.
fn try_share_file(filename: &str, mime: &str, body: &str) -> bool {
    use js_sys::{Array, Function, Object, Reflect};
    use wasm_bindgen::JsValue;
    let nav: JsValue = window().navigator().into();
    let func = |name: &str| {
        Reflect::get(&nav, &JsValue::from_str(name))
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
    };
    let (Some(can), Some(share)) = (func("canShare"), func("share")) else {
        return false;
    };
    let Some(ctor) = Reflect::get(&js_sys::global(), &JsValue::from_str("File"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return false;
    };
    let opts = Object::new();
    let _ = Reflect::set(&opts, &JsValue::from_str("type"), &JsValue::from_str(mime));
    let parts = Array::of1(&JsValue::from_str(body));
    let Ok(file) = Reflect::construct(
        &ctor,
        &Array::of3(&parts, &JsValue::from_str(filename), &opts),
    ) else {
        return false;
    };
    let data = Object::new();
    let _ = Reflect::set(&data, &JsValue::from_str("files"), &Array::of1(&file));
    let _ = Reflect::set(
        &data,
        &JsValue::from_str("title"),
        &JsValue::from_str(filename),
    );
    if !can
        .call1(&nav, &data)
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
    {
        return false;
    }
    match share
        .call1(&nav, &data)
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    {
        Some(p) => {
            // A cancelled share sheet rejects; that is the user's choice, not an error. The
            // handler is forgotten, not dropped: the promise may call it after this returns, once.
            let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
            let _ = p.catch(&ignore);
            ignore.forget();
            true
        }
        None => false,
    }
}

/// Opens every `<details>` so a printout carries every clause text.
pub fn open_all_details() {
    let list = document().get_elements_by_tag_name("details");
    for i in 0..list.length() {
        if let Some(el) = list.item(i) {
            let _ = el.set_attribute("open", "");
        }
    }
}

pub fn print() {
    open_all_details();
    let _ = window().print();
}

/// What a reader has open, where and at which control, on the screen container: carried over a
/// re-render of the screen (a language switch), which would otherwise close every `<details>`,
/// drop the focus and the caret, and jump the page to the top.
pub struct ScreenPlace {
    scroll_y: f64,
    /// Per `<details>` of the screen, in document order: whether it was open.
    open: Vec<bool>,
    /// The focused control's position among the screen's focusable controls, and its caret.
    focus: Option<(u32, Option<(u32, u32)>)>,
}

const PLACE_ROOT: &str = "#hn-screen";
const FOCUSABLE: &str = "input, button, select, textarea, a[href], summary, [tabindex]";

fn screen_all(selector: &str) -> Vec<web_sys::Element> {
    let Some(root) = document().query_selector(PLACE_ROOT).ok().flatten() else {
        return Vec::new();
    };
    let list = root.get_elements_by_tag_name("*");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter(|e| e.matches(selector).unwrap_or(false))
        .collect()
}

impl ScreenPlace {
    pub fn capture() -> Self {
        let active = document().active_element();
        let focus = active.and_then(|a| {
            let i = screen_all(FOCUSABLE).iter().position(|e| *e == a)?;
            let caret = a.dyn_ref::<web_sys::HtmlInputElement>().and_then(|input| {
                Some((input.selection_start().ok()??, input.selection_end().ok()??))
            });
            Some((u32::try_from(i).ok()?, caret))
        });
        ScreenPlace {
            scroll_y: window().scroll_y().unwrap_or(0.0),
            open: screen_all("details")
                .iter()
                .map(|d| d.has_attribute("open"))
                .collect(),
            focus,
        }
    }

    /// Puts everything back once the new screen has rendered (a few executor ticks, as
    /// `focus` does), and the scroll once more on the next frame, after layout.
    pub fn restore_after_render(self) {
        leptos::task::spawn_local(async move {
            for _ in 0..4 {
                leptos::task::tick().await;
            }
            self.restore();
            let y = self.scroll_y;
            request_animation_frame(move || window().scroll_to_with_x_and_y(0.0, y));
        });
    }

    fn restore(&self) {
        let details = screen_all("details");
        // Only a screen with the same parts: another screen's sections are not these.
        if details.len() == self.open.len() {
            for (d, open) in details.iter().zip(&self.open) {
                toggle_attr(d, "open", *open);
            }
        }
        if let Some((i, caret)) = self.focus {
            if let Some(el) = screen_all(FOCUSABLE)
                .into_iter()
                .nth(i as usize)
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                focus_in_place(&el);
                if let (Some((s, e)), Some(input)) =
                    (caret, el.dyn_ref::<web_sys::HtmlInputElement>())
                {
                    let _ = input.set_selection_range(s, e);
                }
            }
        }
        window().scroll_to_with_x_and_y(0.0, self.scroll_y);
    }
}

/// Focuses `el` without scrolling: the scroll is put back as it was.
fn focus_in_place(el: &web_sys::HtmlElement) {
    use wasm_bindgen::JsValue;
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &JsValue::from_str("preventScroll"), &JsValue::TRUE);
    match js_sys::Reflect::get(el.as_ref(), &JsValue::from_str("focus"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        Some(f) => {
            let _ = f.call1(el.as_ref(), &opts);
        }
        None => {
            let _ = el.focus();
        }
    }
}
