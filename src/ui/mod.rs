//! The Leptos layer (wasm only): a wizard from "what happened" to a verdict, deadlines and a plan.
//!
//! - State: signals in [`state::AppState`]; the whole case is one serializable value
//!   ([`state::Draft`]: `snapshot()` / `load()`), for drafts and export.
//! - Derived: [`outcome::Outcome`] memoizes the engine's case file and assessment.
//! - View: no `view!` tree. The page frame ([`FRAME`], prerendered into index.html) has fixed
//!   elements; effects write their texts, and each screen and drafts region as escaped markup
//!   (`screens/*`, `drafts.rs`), adopting what is already there on the first run. Events are
//!   delegated (`events.rs`). A reactive `view!` closure per text cost 0.5–1 KB of wasm each,
//!   and the first-load budget is 120 KB brotli for everything (see `html.rs`).
//! - Steps: a signal mirrored into the URL query (`?step=…&scheme=…&lang=…`), a history entry
//!   per step so the browser's back button walks the steps. No router, no i18n crate: a typed
//!   text table per language ([`i18n`]).

pub mod case_io;
pub mod dom;
pub mod drafts;
pub mod events;
pub mod field;
pub mod format;
pub mod html;
pub mod i18n;
pub mod i18n_drafts;
pub mod ics;
pub mod idle;
pub mod outcome;
pub mod screens;
pub mod staff;
pub mod state;
pub mod store;

use crate::engine::{jst, Lang};
use leptos::prelude::*;
use screens::emergency::BUTTON_ID;
use state::{AppState, Scenario, Step};
use wasm_bindgen::JsCast;

const SCREEN_ID: &str = "hn-screen";

/// The page frame. index.html carries a prerendered copy (written by the post-build hook from
/// this app's own output), which the app adopts in place: the start screen then paints from the
/// first response and stays (a removed node stops counting as the largest paint). The app writes
/// this frame itself only when the page has none (wasm-bindgen tests, a build without prerender).
const FRAME: &str = concat!(
    "<div class=\"hn\" id=\"hn-app\"><a class=\"hn-skip\" href=\"#hn-main\" id=\"hn-t-skip\"></a>",
    "<header class=\"hn-header\"><div class=\"hn-header-inner\"><h1 class=\"hn-title\">",
    "<span id=\"hn-t-title\"></span><span class=\"hn-title-sub\" id=\"hn-t-tagline\"></span></h1>",
    "<div class=\"hn-header-actions\"><button type=\"button\" id=\"hn-emergency-button\" ",
    "class=\"hn-btn hn-btn-emergency\" aria-expanded=\"false\"></button><button type=\"button\" ",
    "id=\"hn-lang-switch\" class=\"hn-btn hn-btn-ghost\" lang=\"en\"></button></div></div></header>",
    "<main id=\"hn-main\" class=\"hn-main\" tabindex=\"-1\">",
    "<div class=\"hn-drafts hn-no-print\" id=\"hn-drafts\"><div id=\"hn-dr-top\"></div>",
    "<div id=\"hn-drafts-panel\" class=\"hn-drafts-panel\"><div id=\"hn-dr-case\"></div>",
    "<div class=\"hn-drafts-body\"><div id=\"hn-dr-list\"></div><div id=\"hn-dr-import\"></div>",
    "<div class=\"hn-erase\" id=\"hn-dr-erase\"></div></div></div></div><div id=\"hn-summary-root\"></div>",
    "<div id=\"hn-screen\"></div></main><footer class=\"hn-footer\"><p id=\"hn-t-disclaimer\"></p>",
    "</footer></div>"
);

/// Mounts the app into the page frame (see [`FRAME`]): no node is created for it, the app's
/// effects fill (or adopt) the frame's elements.
pub fn mount() {
    let doc = document();
    if doc.get_element_by_id("hn-app").is_none() {
        if let Some(body) = doc.body() {
            let _ = body.insert_adjacent_html("afterbegin", FRAME);
        }
    }
    dom::remove_shell();
    // `mount_to` for its reactive owner and executor. The view is empty; it is mounted on a
    // detached element so that not even its marker touches the page.
    let Some(host) = doc
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    leptos::mount::mount_to(host, run_app).forget();
    dom::mark_mounted();
}

fn now_jst() -> chrono::NaiveDateTime {
    jst::from_epoch_millis(dom::now_millis()).unwrap_or_default()
}

fn param<'a>(params: &'a [(String, String)], k: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(key, _)| key == k)
        .map(|(_, v)| v.as_str())
}

/// Applies `?lang=` and `?scheme=` (a bank's help page may link straight to its scheme).
fn apply_query(app: &AppState) {
    let params = dom::query_params();
    if let Some(lang) = param(&params, "lang").and_then(dom::lang_from) {
        app.lang.set(lang);
    }
    if let Some(id) = param(&params, "scheme") {
        if let Some(sc) = Scenario::for_scheme(id) {
            if sc == Scenario::InternetBanking {
                app.scheme.set(Some(id.to_string()));
                app.scheme_from_url.set(true);
            }
            app.choose_scenario(sc);
        }
    }
}

/// The step in the URL, after the browser's back / forward buttons.
fn step_from_query() -> Option<Step> {
    let params = dom::query_params();
    let q = param(&params, "q")
        .and_then(|v| v.parse::<u16>().ok())
        .unwrap_or(0);
    Step::from_slug(param(&params, "step").unwrap_or("start"), q)
}

fn query_for(app: &AppState) -> Vec<(&'static str, String)> {
    let mut q = Vec::with_capacity(4);
    let step = app.step.get_untracked();
    if step != Step::Start {
        q.push(("step", step.slug().to_string()));
    }
    if let Step::Questions(i) = step {
        q.push(("q", i.to_string()));
    }
    let scheme = if step == Step::Advice {
        app.advice.get_untracked()
    } else if step != Step::Start {
        app.scheme.get_untracked()
    } else {
        None
    };
    if let Some(s) = scheme {
        q.push(("scheme", s));
    }
    if app.lang.get_untracked() == Lang::En {
        q.push(("lang", "en".to_string()));
    }
    q
}

/// Focuses the first element matching `selector` (an id as `#id`, or any selector).
fn focus_selector(selector: &str) {
    if let Some(el) = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Writes the live estimate into the desktop preview panel, where the screen has one.
fn fill_preview(app: &AppState) {
    if let Some(el) = document().get_element_by_id("hn-preview") {
        el.set_inner_html(&screens::result::preview(app));
    }
}

/// The app: state, effects and listeners over the page frame.
fn run_app() {
    let lang = dom::stored_lang().unwrap_or(Lang::Ja);
    let app = AppState::new(lang, now_jst());
    app.narrow.set(dom::is_narrow());
    provide_context(app);
    let out = outcome::Outcome::new(app);
    provide_context(out);
    apply_query(&app);
    // Drafts: reopens the case and step the user left, then autosaves (store.rs).
    store::Store::init(app, out);

    // The screen: redrawn when what it tracks changes, skipped when the markup is the same (on
    // the first run, the same as the prerendered markup already there).
    // Focus: a requested element, else the new step's heading, else where it was.
    Effect::new(move |prev: Option<Option<(Step, String)>>| {
        let html = screens::render(&app);
        let step = app.step.get_untracked();
        let el = document().get_element_by_id(SCREEN_ID)?;
        let prev = prev.flatten();
        if dom::shows(&el, prev.as_ref().map(|(_, p)| p.as_str()), &html) {
            return Some((step, html));
        }
        let active = document()
            .active_element()
            .filter(|a| el.contains(Some(a)))
            .map(|a| a.id())
            .filter(|id| !id.is_empty());
        el.set_inner_html(&html);
        fill_preview(&app);
        let step_changed = prev.as_ref().is_some_and(|(s, _)| *s != step);
        let target = app
            .pending_focus
            .try_update_value(|p| p.take())
            .flatten()
            .or_else(|| step_changed.then(|| format!("#{}", screens::HEADING_ID)))
            .or_else(|| active.map(|id| format!("#{id}")));
        if let Some(sel) = target {
            focus_selector(&sel);
        }
        Some((step, html))
    });

    // The live estimate follows every input.
    Effect::new(move |_| {
        out.assessment.track();
        out.built.track();
        app.lang.track();
        fill_preview(&app);
    });

    // Language: <html lang>, the title and the URL follow it.
    Effect::new(move |_| {
        let lang = app.lang.get();
        dom::set_html_lang(lang, app.t().app_title);
        dom::set_query(&query_for(&app), false);
    });

    // History mirrors the steps, so the browser's (or a phone's) back button and the app's own
    // "back" agree: moving to the step just before in `nav` is `history.back()`, anything else
    // a new entry. `nav` is the stack of steps this tab has pushed.
    let nav = StoredValue::new(Vec::<Step>::new());
    let own_back = StoredValue::new(false);
    let from_pop = StoredValue::new(false);
    Effect::new(move |_| {
        let step = app.step.get();
        app.advice.track();
        if from_pop.try_update_value(std::mem::take).unwrap_or(false) {
            return;
        }
        let (first, same, back) = nav.with_value(|s| {
            let n = s.len();
            (
                n == 0,
                s.last() == Some(&step),
                n >= 2 && s.get(n - 2) == Some(&step),
            )
        });
        if back {
            nav.update_value(|s| {
                s.pop();
            });
            own_back.set_value(true);
            if let Ok(h) = window().history() {
                let _ = h.back();
            }
        } else {
            if !same {
                nav.update_value(|s| s.push(step));
            }
            dom::set_query(&query_for(&app), !(first || same));
        }
    });

    let on_pop = window_event_listener(leptos::ev::popstate, move |_| {
        if own_back.try_update_value(std::mem::take).unwrap_or(false) {
            return;
        }
        if let Some(step) = step_from_query() {
            nav.update_value(|s| {
                let n = s.len();
                if n >= 2 && s.get(n - 2) == Some(&step) {
                    s.pop();
                } else {
                    s.push(step);
                }
            });
            if app.step.get_untracked() != step {
                from_pop.set_value(true);
                app.show_errors.set(false);
                app.step.set(step);
            }
        }
    });
    let on_resize = window_event_listener(leptos::ev::resize, move |_| {
        let n = dom::is_narrow();
        if app.narrow.get_untracked() != n {
            app.narrow.set(n);
        }
    });
    // Ctrl+P as well as the print button: every clause open, the print time stamped.
    let on_print = window_event_listener_untyped("beforeprint", move |_| {
        dom::open_all_details();
        if let Some(el) = document().get_element_by_id("hn-printed-at") {
            let t = app.t_untracked();
            el.set_text_content(Some(&(t.printed_at)(&format::date_time(t, now_jst()))));
        }
    });
    on_cleanup(move || {
        on_pop.remove();
        on_resize.remove();
        on_print.remove();
    });

    // "Today" and "now" in Japan, re-read every 30 s so days-left and open-now stay right.
    set_interval(
        move || {
            let now = now_jst();
            app.now.set(now);
            if app.today.get_untracked() != now.date() {
                app.today.set(now.date());
            }
        },
        std::time::Duration::from_secs(30),
    );

    let switch_lang = move |_: web_sys::Event| {
        let next = match app.lang.get_untracked() {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
        };
        app.lang.set(next);
        dom::store_lang(next);
    };
    let toggle_emergency = move |_: web_sys::Event| {
        let open = !app.emergency_open.get_untracked();
        if open {
            app.focus_next(format!("#{}", screens::emergency::HEADING_ID));
        }
        app.emergency_open.set(open);
    };

    // The frame's own texts, buttons and the screen's delegated events.
    Effect::new(move |_| {
        let t = app.t();
        for (id, text) in [
            ("hn-t-skip", t.skip_link),
            ("hn-t-title", t.app_title),
            ("hn-t-tagline", t.app_tagline),
            (BUTTON_ID, t.emergency_open),
            ("hn-lang-switch", t.other_lang_label),
            ("hn-t-disclaimer", t.disclaimer),
        ] {
            dom::set_text(id, text);
        }
        let other = if app.lang.get() == Lang::Ja {
            "en"
        } else {
            "ja"
        };
        dom::set_attr("hn-lang-switch", "lang", other);
    });
    Effect::new(move |_| {
        let open = app.emergency_open.get();
        dom::set_attr(
            BUTTON_ID,
            "aria-expanded",
            if open { "true" } else { "false" },
        );
    });
    dom::listen(BUTTON_ID, &["click"], toggle_emergency);
    dom::listen("hn-lang-switch", &["click"], switch_lang);
    dom::listen(
        SCREEN_ID,
        &["click", "input", "change", "focusout"],
        move |ev| match ev.type_().as_str() {
            "click" => events::on_click(&app, ev.unchecked_into()),
            "input" => events::on_input(&app, ev),
            "change" => events::on_change(&app, ev),
            _ => events::on_focusout(&app, ev.unchecked_into()),
        },
    );

    drafts::start();
    // Staff mode on a shared PC: the idle cover (idle.rs).
    idle::start();
}
