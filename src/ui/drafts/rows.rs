//! The saved cases: a keyed list, one row per draft with its actions (open, rename, duplicate,
//! delete, take out an unreadable one as a file) and the rename box.

use super::*;

/// What a row shows; a row redraws only when this changes.
#[derive(Clone, PartialEq)]
pub(super) struct RowState {
    entry: IndexEntry,
    current: bool,
    renaming: bool,
}

pub(super) fn commit_rename(s: &Store, id: &str) {
    let name = s.rename_value.get_value().unwrap_or_default();
    s.rename(id, clean_name(&name));
    s.set(|u| u.renaming = None);
}

/// The rename field in a row: Enter saves, Escape cancels. What is typed stays in
/// `Store::rename_value` (the list never redraws while typing).
#[component]
pub(super) fn RenameBox(
    /// The draft being renamed.
    id: String,
) -> impl IntoView {
    let s = use_store();
    let dt = dtexts(s.app.lang.get_untracked());
    let input_id = format!("hn-rename-{}", safe_id(&id));
    let value = s.rename_value.get_value().unwrap_or_default();
    let (id_key, id_save) = (id.clone(), id);
    let on_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Enter" => {
            ev.prevent_default();
            commit_rename(&s, &id_key);
        }
        "Escape" => s.set(|u| u.renaming = None),
        _ => {}
    };
    view! {
        <span class="hn-rename">
            <label class="hn-label" for=input_id.clone()>{dt.new_name}</label>
            <input
                class="hn-input"
                type="text"
                autocomplete="off"
                id=input_id
                prop:value=value
                on:input=move |ev| s.rename_value.set_value(Some(event_target_value(&ev)))
                on:keydown=on_key
            />
            <span class="hn-actions">
                <button type="button" class="hn-btn hn-btn-primary" on:click=move |_| commit_rename(&s, &id_save)>
                    {dt.save}
                </button>
                <button type="button" class="hn-btn" on:click=move |_| s.set(|u| u.renaming = None)>
                    {dt.cancel}
                </button>
            </span>
        </span>
    }
}

/// A row's button whose accessible name says which case it acts on (the visible label is in it).
pub(super) fn named_button(
    class: &'static str,
    label: &'static str,
    name: String,
    on_click: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <button type="button" class=class aria-label=name on:click=move |_| on_click()>
            {label}
        </button>
    }
}

pub(super) fn start_rename(s: Store, id: &str) {
    let name = s
        .peek(|u| u.index.iter().find(|e| e.id == id).map(|e| e.name.clone()))
        .unwrap_or_default();
    s.rename_value.set_value(Some(name));
    s.set(|u| u.renaming = Some(id.to_string()));
    focus::after_render(format!("#hn-rename-{}", safe_id(id)));
}

pub(super) fn row_actions(
    s: Store,
    e: &IndexEntry,
    current: bool,
    name: &str,
    dt: &'static DraftTexts,
) -> AnyView {
    let id = e.id.clone();
    let i1 = id.clone();
    let i2 = id.clone();
    match e.status {
        DraftStatus::Corrupt => view! {
            <button type="button" class="hn-btn" on:click=move |_| download_raw(&s, &i1)>
                {dt.download_raw}
            </button>
        }
        .into_any(),
        DraftStatus::Newer => view! {
            <button
                type="button"
                class="hn-btn"
                on:click=move |_| {
                    s.open(&i1);
                    focus::after_render(format!("#{READONLY_HEADING_ID}"));
                }
            >
                {dt.view}
            </button>
            <button type="button" class="hn-btn" on:click=move |_| download_raw(&s, &i2)>
                {dt.download_raw}
            </button>
        }
        .into_any(),
        _ => {
            let i3 = id.clone();
            let open = (!current).then(|| {
                named_button(
                    "hn-btn hn-btn-primary",
                    dt.open,
                    (dt.open_named)(name),
                    move || {
                        s.open(&i1);
                        s.set(|u| u.export_msg = None);
                        focus::after_render(STEP_HEADING);
                    },
                )
            });
            view! {
                {open}
                {named_button("hn-btn", dt.rename, (dt.rename_named)(name), move || start_rename(s, &i2))}
                {named_button("hn-btn", dt.duplicate, (dt.duplicate_named)(name), move || s.duplicate(&i3))}
            }
            .into_any()
        }
    }
}

/// One saved case: name (or its rename field), scheme, last change, status and actions.
#[component]
pub(super) fn DraftRow(
    /// The draft's id (the tail of its storage key).
    id: String,
) -> impl IntoView {
    let s = use_store();
    let app = s.app;
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    let dt = dtexts(lang);
    let state = Memo::new(move |_| {
        s.ui.with(|u| {
            u.index.iter().find(|e| e.id == id).map(|e| RowState {
                current: e.id == u.current && e.status != DraftStatus::Newer,
                renaming: u.renaming.as_deref() == Some(e.id.as_str()),
                entry: e.clone(),
            })
        })
    });
    move || {
        state.get().map(|r| {
            let e = r.entry;
            let name = if e.name.is_empty() {
                dt.untitled.to_string()
            } else {
                e.name.clone()
            };
            let name_cell = if r.renaming {
                view! { <RenameBox id=e.id.clone() /> }.into_any()
            } else {
                view! {
                    <span class="hn-draft-name"><bdi>{name.clone()}</bdi></span>
                    {r.current.then(|| view! {
                        " "<span class="hn-badge hn-current-badge">{dt.open_now}</span>
                    })}
                }
                .into_any()
            };
            let del_id = e.id.clone();
            let delete = named_button(
                "hn-btn hn-btn-danger",
                dt.delete,
                (dt.delete_named)(&name),
                move || s.delete(&del_id),
            );
            let updated = if e.updated.is_empty() {
                "—".to_string()
            } else {
                e.updated.clone()
            };
            view! {
                <tr class=if r.current { "hn-draft-row hn-draft-current" } else { "hn-draft-row" }>
                    <th scope="row" data-label=dt.col_name>{name_cell}</th>
                    <td data-label=dt.col_scheme>{scheme_name(e.scheme.as_deref(), lang, t, dt)}</td>
                    <td data-label=dt.col_updated>{updated}</td>
                    <td data-label=dt.col_status>{status_text(e.status, dt)}</td>
                    <td data-label=dt.col_actions>
                        <span class="hn-row-actions">
                            {row_actions(s, &e, r.current, &name, dt)}
                            {delete}
                        </span>
                    </td>
                </tr>
            }
        })
    }
}

/// The saved cases, one keyed row each.
#[component]
pub(crate) fn DraftsList() -> impl IntoView {
    let s = use_store();
    let dt = dtexts(s.app.lang.get_untracked());
    let ids = Memo::new(move |_| {
        s.ui.with(|u| u.index.iter().map(|e| e.id.clone()).collect::<Vec<_>>())
    });
    view! {
        <section aria-labelledby="hn-list-title">
            <h3 id="hn-list-title">{dt.list_caption}</h3>
            <Show
                when=move || ids.with(|i| !i.is_empty())
                fallback=move || view! { <p>{dt.list_empty}</p> }
            >
                <div class="hn-table-wrap">
                    <table class="hn-table hn-drafts-table" id="hn-drafts-table">
                        <thead>
                            <tr>
                                <th scope="col">{dt.col_name}</th>
                                <th scope="col">{dt.col_scheme}</th>
                                <th scope="col">{dt.col_updated}</th>
                                <th scope="col">{dt.col_status}</th>
                                <th scope="col">{dt.col_actions}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || ids.get() key=|id| id.clone() let:id>
                                <DraftRow id=id />
                            </For>
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}
