//! The losses: one fieldset per transaction (date, optional time, amount, amount returned),
//! rows added and removed freely. Rows are keyed: adding or removing one adds or removes that
//! row's nodes only, and typing in a row touches nothing but its own message.

use super::super::field::{date_after, is_bad, needs_confirm, recovered_above, Field, Kind};
use super::super::state::{AppState, LossDraft, LossRow};
use super::super::widgets::{use_app, ErrorSummary, Heading, Nav, Progress};
use super::flow::Preview;
use crate::engine::limits::MAX_ROWS;
use leptos::prelude::*;

pub fn has_error(app: &AppState) -> bool {
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    let today = app.clock.today.get_untracked();
    let confirmed = app.view.confirmed_amounts.get_untracked();
    app.losses.with_untracked(|rows| {
        rows.is_empty()
            || rows.iter().any(|r| {
                is_bad(Kind::Date, &r.date.get_untracked(), true, lang, t)
                    || is_bad(Kind::Time, &r.time.get_untracked(), false, lang, t)
                    || is_bad(Kind::Amount, &r.amount.get_untracked(), true, lang, t)
                    || is_bad(Kind::Amount, &r.recovered.get_untracked(), false, lang, t)
                    || date_after(&r.date.get_untracked(), today)
                    || recovered_above(&r.amount.get_untracked(), &r.recovered.get_untracked())
                    || r.amount
                        .with_untracked(|a| needs_confirm(a) && confirmed.get(&r.key) != Some(a))
            })
    })
}

pub fn add(app: &AppState) {
    // The one row cap (`limits`): the button is gone at the cap; a stale click does nothing.
    if app.losses.with_untracked(|l| l.len()) >= MAX_ROWS {
        return;
    }
    app.add_loss(LossDraft::default());
    if let Some(key) = app.losses.with_untracked(|l| l.last().map(|r| r.key)) {
        app.focus_next(format!("#hn-loss-{key}-date"));
    }
}

pub fn remove(app: &AppState, key: u32) {
    let at = app
        .losses
        .with_untracked(|l| l.iter().position(|r| r.key == key));
    app.remove_loss(key);
    // Focus the row that moved up into its place, else the last row, else "add".
    let next = app.losses.with_untracked(|l| {
        at.and_then(|i| l.get(i))
            .or_else(|| l.last())
            .map(|r| format!("#hn-loss-{}-date", r.key))
    });
    app.focus_next(next.unwrap_or_else(|| "#hn-loss-add".to_string()));
}

/// One loss: its four fields and its remove button. Its number follows its place in the list.
#[component]
fn LossRowView(
    /// The row's signals.
    row: LossRow,
) -> impl IntoView {
    let app = use_app();
    let t = app.t_untracked();
    let key = row.key;
    let n = Memo::new(move |_| {
        app.losses
            .with(|l| l.iter().position(|r| r.key == key))
            .map_or(0, |i| i + 1)
    });
    let id = move |part: &str| format!("hn-loss-{key}-{part}");
    let confirmed = move || {
        row.amount
            .with(|a| app.view.confirmed_amounts.with(|c| c.get(&key) == Some(a)))
    };
    // Impossible entries are said on their field, never judged.
    let future = Signal::derive(move || {
        row.date
            .with(|d| date_after(d, app.clock.today.get()))
            .then_some(t.date_in_future)
    });
    let too_much = Signal::derive(move || {
        row.amount
            .with(|a| row.recovered.with(|r| recovered_above(a, r)))
            .then_some(t.recovered_above_loss)
    });
    view! {
        <fieldset class="hn-loss">
            <legend>{move || (t.loss_heading)(n.get())}</legend>
            <div class="hn-loss-grid">
                <Field id=id("date") label=t.loss_date hint=t.date_hint value=row.date kind=Kind::Date required=true issue=future />
                <Field id=id("time") label=t.loss_time hint=t.time_hint value=row.time kind=Kind::Time />
                <Field id=id("amount") label=t.loss_amount hint=t.amount_hint value=row.amount kind=Kind::Amount required=true />
                <Field id=id("recovered") label=t.loss_recovered value=row.recovered kind=Kind::Amount issue=too_much />
            </div>
            <Show when=move || row.amount.with(|a| needs_confirm(a))>
                <label class="hn-check hn-confirm">
                    <input
                        type="checkbox"
                        id=id("confirm")
                        prop:checked=confirmed
                        aria-invalid=move || (app.view.show_errors.get() && !confirmed()).then_some("true")
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            let amount = row.amount.get_untracked();
                            app.view.confirmed_amounts.update(|c| {
                                if on {
                                    c.insert(key, amount);
                                } else {
                                    c.remove(&key);
                                }
                            });
                            super::clear_errors_if_fixed(&app);
                        }
                    />
                    <span class="hn-check-text">{t.amount_confirm}</span>
                </label>
            </Show>
            <div class="hn-loss-actions">
                <button
                    type="button"
                    class="hn-btn hn-btn-danger"
                    id=id("remove")
                    on:click=move |_| remove(&app, key)
                >
                    {move || (t.loss_remove)(n.get())}
                </button>
            </div>
        </fieldset>
    }
}

#[component]
pub fn Losses() -> impl IntoView {
    let app = use_app();
    let t = app.t_untracked();
    let count = Memo::new(move |_| app.losses.with(Vec::len));
    view! {
        <div class="hn-layout hn-with-preview">
            <section aria-labelledby="hn-step-heading">
                <Progress />
                <Heading text=t.losses_title />
                <super::super::contact::BankContact />
                <p class="hn-lead">{t.losses_lead}</p>
                <ErrorSummary has_error=has_error />
                <For each=move || app.losses.get() key=|r| r.key let:row>
                    <LossRowView row=row />
                </For>
                <Show when=move || count.get() == 0>
                    <p class="hn-warn-box">{t.losses_none}</p>
                </Show>
                <Show
                    when=move || count.get() < MAX_ROWS
                    fallback=move || view! { <p class="hn-note" id="hn-loss-cap">{t.losses_cap}</p> }
                >
                    <button type="button" class="hn-btn" id="hn-loss-add" on:click=move |_| add(&app)>
                        {t.loss_add}
                    </button>
                </Show>
                <Nav />
            </section>
            <Preview />
        </div>
    }
}
