//! The Leptos layer (wasm only): a wizard from "what happened" to a verdict, deadlines and a plan.
//!
//! - State by concern ([`state`]): the case as a store over the model's `DraftCase`, navigation,
//!   view flags, the clock and the language apart; the whole case is one serializable value, the
//!   case model's [`crate::model::Draft`] (`snapshot()` / `load()`), for drafts and export.
//! - Derived: [`outcome::Outcome`] memoizes the engine's case file and assessment.
//! - View: components. [`header::Header`] and [`screens::Screen`] (one component per step, with
//!   the widgets in [`widgets`] and text fields in [`field`]), the staff summary
//!   ([`staff::StaffSummary`]) and the idle cover ([`idle::IdleCover`]) are mounted into the page frame
//!   ([`Frame`], prerendered into index.html), whose first-hour line stays static. Focus moves
//!   through [`focus`] only.
//! - Roots: the screen's is the app's ([`mount`]; it lives as long as the page). The header, the
//!   drafts region, the idle cover and the A4 summary each have a root of their own, created
//!   inside the app's owner and unmounted with it, because their containers are prerendered
//!   siblings of the screen's (the app keeps those nodes rather than drawing a second frame). The
//!   app's window listeners, element listeners (`dom::listen`) and timers go with the same owner.
//! - Steps: a signal mirrored into the URL query (`?step=…&scheme=…&lang=…`), a history entry
//!   per step so the browser's back button walks the steps. No router, no i18n crate: a typed
//!   text table per language ([`i18n`]).

pub mod case_io;
pub mod case_msg;
pub mod contact;
pub mod dom;
pub mod drafts;
pub mod field;
pub mod focus;
pub mod format;
pub mod header;
pub mod i18n;
pub mod i18n_contact;
pub mod i18n_drafts;
pub mod i18n_report;
pub mod ics;
pub mod idle;
pub mod idle_cover;
pub mod lazy;
pub mod outcome;
pub mod screens;
pub mod staff;
pub mod staff_summary;
pub mod state;
pub mod store;
pub mod widgets;

use crate::engine::{jst, Lang};
use crate::ui::state::DraftCaseStoreFields as _;
use leptos::prelude::*;
use state::{AppState, Scenario, Step};
use wasm_bindgen::JsCast;

const SCREEN_ID: &str = "hn-screen";

/// The page frame ([`Frame`]). index.html carries a prerendered copy (written by the post-build hook from
/// this app's own output). Its static parts stay as they were painted: the skip link, the
/// first-hour line above the start screen (the first paint, and the largest: a removed node would
/// stop counting as it) and the footer, whose texts the app only sets when the language differs.
/// The header, the screen and the drafts region are the app's own views, mounted into their
/// containers. The app writes this frame itself only when the page has none (wasm-bindgen tests, a
/// build without prerender).
#[component]
fn Frame() -> impl IntoView {
    // Staff (dist-staff/): the saved cases first, beside the screen on a wide one (staff.css).
    // Customers: one compact control after the screen, so nothing pushes the first question down.
    let staff = dom::staff_deployment();
    let drafts = move |class: &'static str| {
        view! {
            <div class=class id="hn-drafts">
                <div id="hn-dr-top"></div>
                <div id="hn-drafts-panel" class="hn-drafts-panel">
                    <div id="hn-dr-case"></div>
                    <div class="hn-drafts-body">
                        <div id="hn-dr-list"></div>
                        <div id="hn-dr-import"></div>
                        <div class="hn-erase" id="hn-dr-erase"></div>
                    </div>
                </div>
            </div>
        }
    };
    view! {
        <div class="hn" id="hn-app">
            <a class="hn-skip" href="#hn-main" id="hn-t-skip"></a>
            <header class="hn-header" id="hn-header"></header>
            <main id="hn-main" class="hn-main" tabindex="-1">
                {staff.then(|| drafts("hn-drafts hn-no-print"))}
                <div id="hn-summary-root"></div>
                // A bank's link (`?scheme=`) fills `hn-fh-bank` before any wasm runs (the inline
                // table post-build.mjs writes after this node); the app then keeps the same nodes.
                <div class="hn-alert hn-first-hour" id="hn-first-hour">
                    <p>
                        <strong id="hn-t-tell"></strong>
                        " "
                        <span id="hn-t-tell-hint"></span>
                    </p>
                    <p class="hn-first-hour-bank" id="hn-fh-bank" hidden>
                        <span class="hn-contact-name" id="hn-fh-name"></span>
                        " "
                        // `elementtiming`: scripts/perf/bank-first-paint.mjs times when the number paints.
                        <a class="hn-tel" id="hn-fh-tel" href="tel:" elementtiming="hn-bank-tel"></a>
                        " "
                        <span class="hn-small" id="hn-fh-hours"></span>
                        " "
                        <span class="hn-status" id="hn-fh-status"></span>
                    </p>
                    <button type="button" id="hn-first-hour-emergency" class="hn-btn hn-btn-danger"></button>
                </div>
                <div id="hn-screen"></div>
                {(!staff).then(|| drafts("hn-drafts hn-drafts-end hn-no-print"))}
            </main>
            <footer class="hn-footer">
                <p id="hn-t-disclaimer"></p>
            </footer>
        </div>
    }
}

/// Mounts the app: the page frame (prerendered into index.html, or written here when the page
/// has none) keeps its header and drafts region; the screen container is the app's own view.
pub fn mount() {
    let doc = document();
    if doc.get_element_by_id("hn-app").is_none() {
        // Its static texts are filled in by the app's effects, as in a prerendered page. It
        // holds every container, so it stays as long as the page (`mount_to_body` keeps it).
        leptos::mount::mount_to_body(Frame);
    }
    dom::remove_shell();
    let Some(host) = doc
        .get_element_by_id(SCREEN_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    // The prerendered screen is a picture of the start screen: the app draws its own in its place.
    host.set_text_content(None);
    // The app's root: it lives as long as the page (the other regions' roots are created inside
    // it, and go with it).
    leptos::mount::mount_to(host, run_app).forget();
    dom::mark_mounted();
    replay_early_tap();
    lazy::prefetch_all();
}

/// A tap made on the prerendered start screen before the app could act (recorded by the inline
/// script in index.html as the button's id) is acted on now, on the app's own button.
fn replay_early_tap() {
    let key = wasm_bindgen::JsValue::from_str("hnEarlyTap");
    let Ok(v) = js_sys::Reflect::get(&window(), &key) else {
        return;
    };
    let _ = js_sys::Reflect::delete_property(&window(), &key);
    let Some(id) = v.as_string() else { return };
    request_animation_frame(move || {
        if let Some(el) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            el.click();
        }
    });
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

/// In sessionStorage: the scheme this tab's bank link preselected.
const SCHEME_LINK_KEY: &str = "hosho-navi.scheme-link";

/// Applies `?lang=` and `?scheme=` (a bank's help page may link straight to its scheme).
fn apply_query(app: &AppState) {
    let params = dom::query_params();
    if let Some(lang) = param(&params, "lang").and_then(dom::lang_from) {
        app.lang.set(lang);
    }
    if let Some(id) = param(&params, "scheme") {
        if let Some(sc) = Scenario::for_scheme(id) {
            if sc == Scenario::InternetBanking {
                app.case.scheme().set(Some(id.to_string()));
                // A bank's link (no step yet) skips the scheme step; the tab remembers it, so a
                // reload mid-case (the URL then has a step) keeps the same steps and counter.
                let from_link = if param(&params, "step").is_none() {
                    dom::session_set(SCHEME_LINK_KEY, id);
                    true
                } else {
                    dom::session_get(SCHEME_LINK_KEY).as_deref() == Some(id)
                };
                app.nav.scheme_from_url.set(from_link);
            }
            // A link naming an advice pack opens that page, even where the scenario has more
            // (a hacked brokerage account also has its own estimate, offered on the page).
            if sc.advice_id() == Some(id) {
                app.case.scenario().set(Some(sc));
                app.advice.set(Some(id.to_string()));
                app.go(Step::Advice);
            } else {
                app.choose_scenario(sc);
            }
        }
    }
}

/// The line a bank's link (`?scheme=`, internet banking) puts in the first-hour line: the pack's
/// line with a number, as the contact box would show it (`engine::hours::contact_plan`).
fn link_bank_line(app: &AppState) -> Option<(&'static crate::engine::pack::Contact, &'static str)> {
    if !app.nav.scheme_from_url.get()
        || app.case.scenario().get() != Some(Scenario::InternetBanking)
    {
        return None;
    }
    let p = app.pack()?;
    let line = crate::engine::hours::contact_plan(p, false, app.clock.now.get_untracked()).line?;
    Some((line, line.phone?))
}

/// Whether the first-hour line shows the bank's number on a bank link's first step (tracked).
pub fn first_hour_has_bank(app: &AppState) -> bool {
    app.nav.step.get() == Step::Customer && link_bank_line(app).is_some()
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
    let step = app.nav.step.get_untracked();
    if step != Step::Start {
        q.push(("step", step.slug().to_string()));
    }
    if let Step::Questions(i) = step {
        q.push(("q", i.to_string()));
    }
    let scheme = if step == Step::Advice {
        app.advice.get_untracked()
    } else if step != Step::Start {
        app.case.scheme().get_untracked()
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

/// The app: state, effects and listeners over the page frame.
fn run_app() -> impl IntoView {
    let lang = dom::stored_lang().unwrap_or(Lang::Ja);
    let app = AppState::new(lang, now_jst());
    app.view.narrow.set(dom::is_narrow());
    app.provide();
    let out = outcome::Outcome::new(app);
    provide_context(out);
    apply_query(&app);
    // Drafts: reopens the case and step the user left, then autosaves (`store/`).
    store::Store::init(app, out);

    // Focus moves to a new step's heading (not on the first run: the page has just opened). Back
    // on the result from one of its pages, the browser puts the scroll back where it was: focus
    // goes to the control the user left from, which is in view there (the heading is not).
    let left_from = StoredValue::new(None::<(usize, String)>);
    dom::listen(SCREEN_ID, &["focusin"], move |_| {
        if app.nav.step.get_untracked() == Step::Result {
            left_from.set_value(focus::focused_control(SCREEN_ID));
        }
    });
    Effect::new(move |prev: Option<Step>| {
        let step = app.nav.step.get();
        if let Some(prev) = prev.filter(|p| *p != step) {
            let heading = format!("#{}", screens::HEADING_ID);
            // Kept while on a page the result opens; used only on the way straight back.
            let aside = matches!(
                step,
                Step::Report | Step::Police | Step::FollowUp | Step::Advice
            );
            let at = if aside {
                None
            } else {
                left_from.try_update_value(Option::take).flatten()
            };
            let back = matches!(
                prev,
                Step::Report | Step::Police | Step::FollowUp | Step::Advice
            );
            match at {
                Some(at) if step == Step::Result && back => {
                    focus::control_after_step(SCREEN_ID, at, heading)
                }
                _ => focus::after_render(heading),
            }
        }
        step
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
        let step = app.nav.step.get();
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
        if let Some(step) = step_from_query().map(|s| app.fit_step(s)) {
            nav.update_value(|s| {
                let n = s.len();
                if n >= 2 && s.get(n - 2) == Some(&step) {
                    s.pop();
                } else {
                    s.push(step);
                }
            });
            if app.nav.step.get_untracked() != step {
                from_pop.set_value(true);
                app.view.show_errors.set(false);
                app.view.touched.set(Default::default());
                app.nav.step.set(step);
            }
        }
    });
    let on_resize = window_event_listener(leptos::ev::resize, move |_| {
        let n = dom::is_narrow();
        if app.view.narrow.get_untracked() != n {
            app.view.narrow.set(n);
        }
    });
    // Ctrl+P as well as the print button: every clause open, the print time stamped.
    let on_print = window_event_listener_untyped("beforeprint", move |_| {
        dom::open_all_details();
        // One stamp for the screen's printout and the A4 summary (`staff::stamp_print_time`).
        let at = staff::stamp_print_time(&app);
        if let Some(el) = document().get_element_by_id("hn-printed-at") {
            let lang = app.lang.get_untracked();
            el.set_text_content(Some(&crate::document::printed_at(lang, at)));
        }
    });
    on_cleanup(move || {
        on_pop.remove();
        on_resize.remove();
        on_print.remove();
    });

    // "Today" and "now" in Japan, re-read every 30 s so days-left and open-now stay right;
    // stopped with the app's owner, like the listeners.
    let clock = set_interval_with_handle(
        move || {
            let now = now_jst();
            app.clock.now.set(now);
            if app.clock.today.get_untracked() != now.date() {
                app.clock.today.set(now.date());
            }
        },
        std::time::Duration::from_secs(30),
    )
    .ok();
    on_cleanup(move || {
        if let Some(c) = clock {
            c.clear();
        }
    });

    // The frame's static texts: the skip link, the first-hour line and the footer.
    Effect::new(move |_| {
        let t = app.t();
        for (id, text) in [
            ("hn-t-skip", t.skip_link),
            ("hn-t-tell", t.tell_bank_title),
            ("hn-t-tell-hint", t.emergency_bank_line_hint),
            ("hn-first-hour-emergency", t.emergency_open),
            ("hn-t-disclaimer", t.disclaimer),
        ] {
            dom::set_text(id, text);
        }
    });
    dom::listen("hn-first-hour-emergency", &["click"], move |_| {
        screens::emergency::open_emergency(&app)
    });
    // A bank's link: its line in the first-hour line, the nodes the inline table filled.
    Effect::new(move |_| {
        let lang = app.lang.get();
        let line = link_bank_line(&app);
        if let Some(el) = document().get_element_by_id("hn-first-hour") {
            // The inline table marks the line English for `?lang=en` until the app runs.
            if el.has_attribute("lang") {
                let _ = el.remove_attribute("lang");
            }
        }
        let toggle = |id: &str, hide: bool| {
            if let Some(el) = document().get_element_by_id(id) {
                dom::toggle_attr(&el, "hidden", hide);
            }
        };
        toggle("hn-t-tell-hint", line.is_some());
        toggle("hn-fh-bank", line.is_none());
        let Some((c, phone)) = line else { return };
        let ct = i18n_contact::ctexts(lang);
        dom::set_text("hn-fh-name", c.name.get(lang));
        dom::set_text("hn-fh-tel", phone);
        if let Some(a) = document().get_element_by_id("hn-fh-tel") {
            dom::set_attr_on(&a, "href", &widgets::tel_href(phone));
        }
        dom::set_text("hn-fh-hours", &contact::hours_line(lang, ct, c));
    });
    // Open now or when it opens: the app's alone (the clock and the holiday calendar).
    Effect::new(move |_| {
        let lang = app.lang.get();
        let status = link_bank_line(&app).and_then(|_| {
            let p = app.pack()?;
            let plan = crate::engine::hours::contact_plan(p, false, app.clock.now.get());
            contact::status_text(i18n::texts(lang), i18n_contact::ctexts(lang), plan.status)
        });
        dom::set_text(
            "hn-fh-status",
            status.as_ref().map_or("", |(s, _)| s.as_str()),
        );
        if let Some(el) = document().get_element_by_id("hn-fh-status") {
            let class = match status {
                Some((_, true)) => "hn-status hn-status-open",
                Some((_, false)) => "hn-status hn-status-closed",
                None => "hn-status",
            };
            dom::set_attr_on(&el, "class", class);
        }
    });
    // The first-hour line belongs to the start screen, and to a bank link's first step while it
    // carries that bank's number (the step then shows no second copy: `first_hour_has_bank`).
    Effect::new(move |_| {
        let step = app.nav.step.get();
        let shown = step == Step::Start || (step == Step::Customer && first_hour_has_bank(&app));
        if let Some(el) = document().get_element_by_id("hn-first-hour") {
            dom::toggle_attr(&el, "hidden", !shown);
        }
    });
    drafts::start();
    // Staff mode: the A4 summary of the open case (staff.rs).
    staff::mount(app, out);
    // Staff mode on a shared PC: the idle cover (idle.rs).
    idle::start();
    // The header is the app's own view too, mounted into the frame's <header>.
    if let Some(header) = document()
        .get_element_by_id("hn-header")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        header.set_text_content(None);
        let out = use_context::<outcome::Outcome>();
        // A root of its own: <header> is a sibling of <main> in the prerendered frame, painted
        // before any wasm; the app keeps those nodes rather than drawing a second frame.
        // Unmounted with the app.
        let root = leptos::mount::mount_to(header, move || {
            app.provide();
            if let Some(out) = out {
                provide_context(out);
            }
            view! { <header::Header /> }
        });
        StoredValue::new_local(root);
    }
    view! { <screens::Screen /> }
}
