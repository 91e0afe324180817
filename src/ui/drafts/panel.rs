//! The open case in the panel: its name, the staff note, export, print and "new case".

use super::*;
use crate::ui::state::DraftCaseStoreFields as _;

/// The label and hint above one of the open case's fields.
#[component]
pub(super) fn FieldHead(
    /// The field's id.
    id: &'static str,
    /// The label's text.
    label: &'static str,
    /// The hint under the label (its id is the field's id + `-hint`).
    hint: &'static str,
) -> impl IntoView {
    view! {
        <label class="hn-label" for=id>{label}</label>
        <span class="hn-hint" id=format!("{id}-hint")>{hint}</span>
    }
}

const NEW_CASE_HINT: &str = "hn-new-case-hint";

/// The open case: its name, the staff note, an imported file's notes, export, print and
/// "new case".
#[component]
pub(crate) fn DraftsPanel() -> impl IntoView {
    let s = use_store();
    let app = s.app;
    let dt = dtexts(app.lang.get_untracked());
    let staff = Memo::new(move |_| s.ui.with(|u| u.staff));
    // The name goes into an export when staff export (their own records), not when a customer
    // does, unless the box says otherwise; `None` follows the mode.
    let with_label = RwSignal::new(None::<bool>);
    let labelled = move || with_label.get().unwrap_or_else(|| staff.get());
    let export = move |_| {
        let label = if labelled() {
            s.name.get_untracked()
        } else {
            String::new()
        };
        let msg = case_io::export(&s.out, &label, app.lang.get_untracked());
        s.set(|u| u.export_msg = Some(msg));
    };
    let new_case = move |_| {
        s.new_case();
        s.set(|u| u.export_msg = None);
        focus::after_render(STEP_HEADING);
    };
    view! {
        <h2 class="hn-drafts-title">{dt.panel_title}</h2>
        <p class="hn-small">{dt.panel_lead}</p>
        <section class="hn-current-case" aria-labelledby="hn-current-case-title">
            <h3 id="hn-current-case-title">{dt.this_case}</h3>
            <div class="hn-field">
                <FieldHead id=NAME_ID label=dt.case_name hint=dt.case_name_hint />
                <input
                    class="hn-input"
                    type="text"
                    autocomplete="off"
                    aria-describedby="hn-case-name-hint"
                    id=NAME_ID
                    prop:value=move || s.name.get()
                    on:input=move |ev| s.name.set(event_target_value(&ev))
                />
            </div>
            <Show when=move || staff.get()>
                <div class="hn-field">
                    <FieldHead id=NOTE_ID label=dt.staff_note hint=dt.staff_note_hint />
                    <textarea
                        class="hn-input hn-textarea"
                        aria-describedby="hn-staff-note-hint"
                        id=NOTE_ID
                        prop:value=move || s.staff_note.get()
                        on:input=move |ev| s.staff_note.set(event_target_value(&ev))
                    ></textarea>
                </div>
            </Show>
            // An imported file's notes: shown, since an export carries them on (CASE_FILE.md).
            {move || {
                let notes = app.case.notes().get();
                (!notes.is_empty()).then(|| view! {
                    <div class="hn-field hn-file-notes">
                        <h4 id="hn-file-notes-title">{dt.file_notes}</h4>
                        <p class="hn-hint">{dt.file_notes_hint}</p>
                        <p class="hn-file-notes-text" dir="auto" id="hn-file-notes">{notes}</p>
                    </div>
                })
            }}
            <div class="hn-check">
                <input
                    type="checkbox"
                    id="hn-export-label"
                    aria-describedby="hn-export-label-hint"
                    prop:checked=labelled
                    on:change=move |ev| with_label.set(Some(event_target_checked(&ev)))
                />
                <label for="hn-export-label">{dt.export_label}</label>
                <span class="hn-hint" id="hn-export-label-hint">{dt.export_label_hint}</span>
            </div>
            <div class="hn-actions">
                <button type="button" class="hn-btn hn-btn-primary" id="hn-export" on:click=export>
                    {dt.export_button}
                </button>
                <Show when=move || staff.get()>
                    <button type="button" class="hn-btn" on:click=|_| crate::ui::dom::print()>
                        {dt.print_summary}
                    </button>
                </Show>
                <button
                    type="button"
                    class="hn-btn"
                    on:click=new_case
                    aria-describedby=move || staff.get().then_some(NEW_CASE_HINT)
                >
                    {dt.new_case}
                </button>
            </div>
            // Beside 「次のお客さま」 the two would do the same to a reader: this one keeps the
            // customer (another case of theirs), that one ends the customer's session.
            <Show when=move || staff.get()>
                <p class="hn-hint" id=NEW_CASE_HINT>{dt.new_case_staff_hint}</p>
            </Show>
            <ExportMessage />
        </section>
    }
}
