//! The status line under the header: when the case was saved, and the saved-cases and
//! staff-mode switches.

use super::*;

/// The status line: when the case was saved, the saved-cases switch and staff mode; in staff
/// mode, what hides the case, how long cases are kept, and "next customer".
#[component]
pub(super) fn DraftsBar() -> impl IntoView {
    let s = use_store();
    let dt = dtexts(s.app.lang.get_untracked());
    let open = Memo::new(move |_| s.ui.with(|u| u.panel_open));
    let staff = Memo::new(move |_| s.ui.with(|u| u.staff));
    let count = Memo::new(move |_| s.ui.with(|u| u.index.len()));
    let saved = move || {
        if !s.ui.with(|u| u.available) {
            return String::new();
        }
        // Beside 「保存した案件（N件）」: "nothing saved" only while nothing is.
        match s.saved_at_text() {
            Some(t) => (dt.saved_at)(&t),
            None if count.get() > 0 => dt.case_not_saved_yet.to_string(),
            None => dt.not_saved_yet.to_string(),
        }
    };
    let bool_attr = |b: bool| if b { "true" } else { "false" };
    view! {
        <div class="hn-drafts-bar">
            <span class="hn-small hn-muted" id="hn-saved-status">{saved}</span>
            <span class="hn-drafts-switches">
                <button
                    type="button"
                    class="hn-btn"
                    id="hn-drafts-toggle"
                    aria-controls=PANEL_ID
                    aria-expanded=move || bool_attr(open.get())
                    on:click=move |_| s.set(|u| u.panel_open = !u.panel_open)
                >
                    {move || (dt.panel_toggle)(count.get())}
                </button>
                // Only the staff deployment has staff mode (dist-staff/, a branch's intranet).
                {dom::staff_deployment().then(|| view! {
                    <button
                        type="button"
                        class="hn-btn hn-staff-switch"
                        id="hn-staff-switch"
                        aria-pressed=move || bool_attr(staff.get())
                        on:click=move |_| s.set_staff(!s.peek(|u| u.staff))
                    >
                        {dt.staff_switch}
                    </button>
                })}
            </span>
        </div>
        <Show when=move || staff.get()>
            {move || {
                let secs = u32::try_from(s.idle_ms() / 1000).unwrap_or(session::IDLE_SECONDS);
                view! {
                    <div class="hn-staff-session" id="hn-staff-session">
                        <p class="hn-small">
                            {(dt.idle_notice)(secs)}" "
                            {(dt.retention_notice)(session::retention_days(true))}
                        </p>
                        <button
                            type="button"
                            class="hn-btn hn-btn-primary"
                            on:click=move |_| crate::ui::idle::next_customer(&s)
                        >
                            {dt.next_customer}
                        </button>
                    </div>
                }
            }}
        </Show>
    }
}
