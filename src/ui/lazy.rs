//! Features loaded on use: every lazy boundary of the app, in one place.
//!
//! Each `split_fn!` below (a `#[wasm_split]` point in the release build) goes into its group's
//! wasm module (the build splits rustc's output with wasm-split-cli before wasm-bindgen:
//! scripts/wasm-split.mjs). Its body only renders an existing component, so the component and
//! everything only it reaches move with it. They are `fallible`: a module that fails to load is an
//! `Err`, never a panic (a panic aborts the whole app), and the next call tries again.
//!
//! [`Lazy`] renders one of them: a busy status while the module loads, the feature as soon as it
//! arrives (the state that asked for it, e.g. an open panel, is already set: nothing is lost), or
//! a message in the user's language with a retry button. [`prefetch_all`] fetches every module at
//! idle priority once the first screen is interactive, so a later tap rarely waits.
//!
//! To add a lazy feature: a `split_fn!` here like [`drafts_panel`] (no arguments, returning
//! `Result<AnyView, LoadError>`), its group's preload in [`prefetch_all`], and at the call site
//! `<Lazy load=lazy::drafts_panel />` in place of the component.

use super::state::AppState;
use crate::engine::Lang;
use leptos::prelude::*;
use leptos::reactive::computed::ScopedFuture;
#[cfg(feature = "split")]
use leptos::wasm_split::wasm_split;
use leptos::wasm_split::SplitLoaderError;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, Waker};

/// A feature's module could not be loaded (offline before it was cached, a failed fetch).
#[derive(Debug, Clone, Copy)]
pub struct LoadError;

impl From<SplitLoaderError> for LoadError {
    fn from(_: SplitLoaderError) -> Self {
        LoadError
    }
}

/// A feature's split function. With the `split` feature (the release build, scripts/wasm-split.mjs)
/// it is a `#[wasm_split]` point: its own module, loaded on first call. Without it (the
/// wasm-bindgen tests, `cargo check`) a plain async function: an unsplit wasm must not import the
/// splitter's placeholder module, which only wasm-split-cli resolves.
macro_rules! split_fn {
    ($(#[$doc:meta])* $group:ident, $name:ident $(, preload $preload:ident)? => $body:block) => {
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[wasm_split($group, wasm_split_path = ::leptos::wasm_split, fallible $(, preload($preload))?)]
        pub fn $name() -> Result<AnyView, LoadError> $body

        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        pub async fn $name() -> Result<AnyView, LoadError> $body

        $(
            #[cfg(not(feature = "split"))]
            async fn $preload() -> Result<(), SplitLoaderError> {
                Ok(())
            }
        )?
    };
}

split_fn! {
    /// The open case in the saved-cases panel (name, staff note, export, print, new case).
    hn_drafts_panel, drafts_panel, preload preload_drafts_panel => {
    Ok(view! { <super::drafts::panel::DraftsPanel /> }.into_any())
    }
}

split_fn! {
    /// Import of a case file (the drop zone in the saved-cases panel).
    hn_drafts_panel, import_zone => {
    Ok(view! { <super::case_io::ImportZone /> }.into_any())
    }
}

split_fn! {
    /// The report for the bank.
    hn_report, report_bank, preload preload_report => {
    use super::screens::report::{Doc, ReportScreen};
    Ok(view! { <ReportScreen doc=Doc::Bank /> }.into_any())
    }
}

split_fn! {
    /// The sheet for the police.
    hn_report, report_police => {
    use super::screens::report::{Doc, ReportScreen};
    Ok(view! { <ReportScreen doc=Doc::Police /> }.into_any())
    }
}

split_fn! {
    /// The follow-up and its `.ics`.
    hn_followup, followup, preload preload_followup => {
    Ok(view! { <super::screens::followup::FollowUp /> }.into_any())
    }
}

split_fn! {
    /// The brokerage case's questions.
    hn_brokerage, brokerage_step, preload preload_brokerage => {
    Ok(view! { <super::screens::brokerage::BrokerageStep /> }.into_any())
    }
}

split_fn! {
    /// The brokerage case's result.
    hn_brokerage, brokerage_result => {
    Ok(view! { <super::screens::brokerage::BrokerageResult /> }.into_any())
    }
}

split_fn! {
    /// The report for the brokerage firm.
    hn_brokerage, brokerage_firm => {
    use super::screens::brokerage::{BrkDoc, BrokerageDoc};
    Ok(view! { <BrokerageDoc doc=BrkDoc::Firm /> }.into_any())
    }
}

split_fn! {
    /// The brokerage case's sheet for the police.
    hn_brokerage, brokerage_police => {
    use super::screens::brokerage::{BrkDoc, BrokerageDoc};
    Ok(view! { <BrokerageDoc doc=BrkDoc::Police /> }.into_any())
    }
}

split_fn! {
    /// The A4 summary of the open case (staff mode, shown only in print).
    hn_staff, staff_summary, preload preload_staff => {
    Ok(view! { <super::staff_summary::SummaryInLang /> }.into_any())
    }
}

split_fn! {
    /// What the idle cover says, and its choices (staff mode on a shared PC).
    hn_staff, idle_cover => {
    Ok(view! { <super::idle_cover::IdleCoverBody /> }.into_any())
    }
}

split_fn! {
    /// The saved cases in the saved-cases panel.
    hn_drafts_panel, drafts_list => {
    Ok(view! { <super::drafts::rows::DraftsList /> }.into_any())
    }
}

split_fn! {
    /// "Erase everything" in the saved-cases panel.
    hn_drafts_panel, erase_all => {
    Ok(view! { <super::drafts::erase::EraseAll /> }.into_any())
    }
}

split_fn! {
    /// A newer-format draft shown read-only (opened from the saved cases).
    hn_drafts_panel, read_only_draft => {
    Ok(view! { <super::drafts::banners::ReadOnlyDraft /> }.into_any())
    }
}

split_fn! {
    /// The open case changed or was removed in another tab: which version to keep.
    hn_drafts_notes, conflict_box, preload preload_drafts_notes => {
    Ok(view! { <super::drafts::banners::ConflictBox /> }.into_any())
    }
}

split_fn! {
    /// What the store found: an unreadable or newer draft, everything erased.
    hn_drafts_notes, store_notices => {
    Ok(view! { <super::drafts::banners::Notices /> }.into_any())
    }
}

split_fn! {
    /// The result of a banking or card case.
    hn_result, result_screen, preload preload_result => {
    Ok(view! { <super::screens::result::ResultScreen /> }.into_any())
    }
}

split_fn! {
    /// The questions after the notice step.
    hn_result, questions_step => {
    Ok(view! { <super::screens::questions::QuestionsAt /> }.into_any())
    }
}

split_fn! {
    /// An advice page.
    hn_result, advice_screen => {
    Ok(view! { <super::screens::advice::AdviceScreen /> }.into_any())
    }
}

split_fn! {
    /// The losses step. In the result's module (one group, not one more: every group added
    /// multiplies the splitter's shared chunks, 35 → 52 files with a group of its own), the first
    /// fetched at idle. The start, scheme and customer steps stay in the main module: the first
    /// tap (a choice on the start screen) lands on one of them and must not wait for a module.
    hn_result, losses_step => {
    Ok(view! { <super::screens::losses::Losses /> }.into_any())
    }
}

split_fn! {
    /// The notice step.
    hn_result, notice_step => {
    Ok(view! { <super::screens::flow::NoticeStep /> }.into_any())
    }
}

/// Fetches every feature's module once the first screen is interactive, at idle priority, so
/// that a later tap rarely waits and the service worker's cache holds them for offline use.
/// One module at a time, the likeliest next need first: for a customer the losses and notice
/// steps, the questions and the result (one module: every case reaches them), then the report;
/// in the staff deployment (dist-staff/, the only one with staff mode) staff mode's panel and
/// summary before those (ready ~0.3 s after mount on the phone profile instead of ~0.45 s when
/// they came last: scripts/perf/lazy-warm.mjs).
pub fn prefetch_all() {
    let run = || {
        leptos::task::spawn_local(async {
            // A failure here is not shown: the feature says so itself when it is opened.
            let staff = super::dom::staff_deployment();
            if staff {
                let _ = preload_drafts_panel().await;
                let _ = preload_staff().await;
            }
            // The steps after the customer step come next in every case: first of the customer's.
            let _ = preload_result().await;
            let _ = preload_report().await;
            let _ = preload_followup().await;
            if !staff {
                let _ = preload_drafts_panel().await;
            }
            let _ = preload_drafts_notes().await;
            let _ = preload_brokerage().await;
        });
    };
    idle(run);
}

/// `requestIdleCallback` where the browser has it, else a short timeout.
fn idle(f: impl FnOnce() + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let w = window();
    let cb = Closure::once_into_js(f);
    let ric = js_sys::Reflect::get(&w, &JsValue::from_str("requestIdleCallback"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match ric {
        Some(ric) => {
            let opts = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&opts, &"timeout".into(), &JsValue::from_f64(3000.0));
            let _ = ric.call2(&w, &cb, &opts);
        }
        None => {
            if let Ok(f) = cb.dyn_into::<js_sys::Function>() {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&f, 200);
            }
        }
    }
}

struct LazyTexts {
    loading: &'static str,
    failed: &'static str,
    retry: &'static str,
}

fn texts(lang: Lang) -> &'static LazyTexts {
    match lang {
        Lang::Ja => &LazyTexts {
            loading: "読み込んでいます…",
            failed: "この機能を読み込めませんでした。通信できる状態で、もう一度お試しください。入力した内容は残っています。",
            retry: "もう一度読み込む",
        },
        Lang::En => &LazyTexts {
            loading: "Loading…",
            failed: "This feature could not be loaded. Please try again when you are online. What you entered is kept.",
            retry: "Try again",
        },
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Phase {
    Loading,
    Ready,
    Failed,
}

/// A feature's module, loading.
type Loading = Pin<Box<dyn Future<Output = Result<AnyView, LoadError>>>>;

/// Renders a lazy feature: busy while its module loads, the feature when it arrives, a localized
/// message with a retry if it fails. Generic only in name: the body ([`lazy_view`]) is one
/// function for every feature, not one copy per feature in the main module.
#[component]
pub fn Lazy<F, Fut>(
    /// One of this module's split functions.
    load: F,
) -> impl IntoView
where
    F: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, LoadError>> + 'static,
{
    lazy_view(Arc::new(move || -> Loading { Box::pin(load()) }))
}

fn lazy_view(load: Arc<dyn Fn() -> Loading + Send + Sync>) -> AnyView {
    let lang = use_context::<AppState>()
        .map(|a| a.lang)
        .unwrap_or_else(|| RwSignal::new(Lang::Ja));
    let phase = RwSignal::new(Phase::Loading);
    let view_slot = RwSignal::new_local(None::<AnyView>);
    // The feature is built when its module has arrived, in a task: under this component's owner
    // (its contexts, its cleanup), untracked (it must not subscribe whatever rendered it).
    let owner = Owner::current().unwrap_or_default();
    let start = move || {
        let mut built = Box::pin(ScopedFuture {
            owner: owner.clone(),
            observer: None,
            fut: load(),
        });
        // A module already loaded answers on the first poll: the feature is built now, with no busy
        // frame between (a language switch rebuilds the screen, and must find it in place at once).
        // A module still loading keeps this poll's place and is awaited in a task.
        if let Poll::Ready(r) = built.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
            match r {
                Ok(v) => {
                    view_slot.set(Some(v));
                    phase.set(Phase::Ready);
                }
                Err(LoadError) => phase.set(Phase::Failed),
            }
            return;
        }
        phase.set(Phase::Loading);
        leptos::task::spawn_local(async move {
            // A step's screen that arrives late brings its heading after the step's own focus
            // move found none (focus then fell to the page): the heading takes focus now.
            let heading = format!("#{}", super::widgets::HEADING_ID);
            let had_heading = super::focus::exists(&heading);
            match built.await {
                Ok(v) => {
                    view_slot.set(Some(v));
                    phase.set(Phase::Ready);
                    if !had_heading {
                        super::focus::if_lost(heading);
                    }
                }
                Err(LoadError) => phase.set(Phase::Failed),
            }
        });
    };
    start();
    (move || match phase.get() {
        Phase::Loading => {
            let t = texts(lang.get());
            view! { <p class="hn-lazy" role="status" aria-busy="true">{t.loading}</p> }.into_any()
        }
        Phase::Ready => view_slot
            .try_update(Option::take)
            .flatten()
            .unwrap_or_else(|| ().into_any()),
        Phase::Failed => {
            let t = texts(lang.get());
            let start = start.clone();
            view! {
                <div class="hn-lazy" role="alert">
                    <p>{t.failed}</p>
                    <button type="button" class="hn-btn" on:click=move |_| start()>{t.retry}</button>
                </div>
            }
            .into_any()
        }
    })
    .into_any()
}
