//! What the store must tell the user above every screen: storage blocked or full, a change in
//! another tab, undo after a delete, unreadable or newer drafts, and a newer draft shown read-only.

use super::*;

/// Storage unavailable or failing: what it means for the user's drafts.
#[component]
pub(super) fn StoreBanners() -> impl IntoView {
    let s = use_store();
    let dt = dtexts(s.app.lang.get_untracked());
    let state = Memo::new(move |_| s.ui.with(|u| (u.available, u.error.clone())));
    move || {
        let (available, error) = state.get();
        let error = error.map(|e| match e {
            StoreError::Quota => dt.banner_quota.to_string(),
            StoreError::Unavailable => dt.banner_unavailable.to_string(),
            StoreError::Failed(name) => (dt.banner_failed)(&name),
        });
        view! {
            {(!available).then(|| view! {
                <p class="hn-warn-box" id="hn-storage-unavailable" role="status">
                    {dt.banner_unavailable}
                </p>
            })}
            {error.map(|msg| view! {
                <p class="hn-alert" id="hn-store-error" role="alert">{msg}</p>
            })}
        }
    }
}

/// The open case changed or was removed in another tab: which version to keep.
#[component]
pub(crate) fn ConflictBox() -> impl IntoView {
    let s = use_store();
    let dt = dtexts(s.app.lang.get_untracked());
    // Only which kind of conflict: the other tab's draft itself is not shown.
    let changed = Memo::new(move |_| {
        s.ui.with(|u| {
            u.conflict
                .as_ref()
                .map(|c| matches!(c, Conflict::Changed(_)))
        })
    });
    move || {
        changed.get().map(|changed| {
            let (title, body) = if changed {
                (dt.conflict_title, dt.conflict_body)
            } else {
                (dt.conflict_removed_title, dt.conflict_removed_body)
            };
            view! {
                <div class="hn-alert hn-conflict" role="alert" aria-labelledby="hn-conflict-title">
                    <h2 id="hn-conflict-title">{title}</h2>
                    <p>{body}</p>
                    <div class="hn-actions">
                        <button type="button" class="hn-btn hn-btn-primary" on:click=move |_| s.keep_mine()>
                            {dt.keep_mine}
                        </button>
                        <button type="button" class="hn-btn" on:click=move |_| s.take_theirs()>
                            {if changed { dt.take_theirs } else { dt.discard_mine }}
                        </button>
                        {changed.then(|| view! {
                            <button type="button" class="hn-btn" on:click=move |_| s.keep_both()>
                                {dt.keep_both}
                            </button>
                        })}
                    </div>
                </div>
            }
        })
    }
}

/// "Deleted …" with undo, in a live region that stays on the page.
#[component]
pub(super) fn UndoBox() -> impl IntoView {
    let s = use_store();
    let dt = dtexts(s.app.lang.get_untracked());
    let name = Memo::new(move |_| s.ui.with(|u| u.undo.as_ref().map(|d| d.name.clone())));
    view! {
        <div role="status" aria-live="polite">
            {move || name.get().map(|n| {
                let n = if n.is_empty() { dt.untitled.to_string() } else { n };
                view! {
                    <div class="hn-note hn-undo">
                        <p>{named(&(dt.deleted)(NAME_SLOT), &n)}</p>
                        <div class="hn-actions">
                            <button type="button" class="hn-btn hn-btn-primary" on:click=move |_| s.undo_delete()>
                                {dt.undo}
                            </button>
                            <button type="button" class="hn-btn" on:click=move |_| s.set(|u| u.undo = None)>
                                {dt.dismiss}
                            </button>
                        </div>
                    </div>
                }
            })}
        </div>
    }
}

/// What the store found: an unreadable or newer draft, everything erased.
#[component]
pub(crate) fn Notices() -> impl IntoView {
    let s = use_store();
    let dt = dtexts(s.app.lang.get_untracked());
    let notices = Memo::new(move |_| s.ui.with(|u| u.notices.clone()));
    move || {
        notices
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, n)| {
                // A draft's id comes from a storage key (anyone can edit one): shown like a name.
                let (text, raw_id) = match n {
                    Notice::Corrupt { id, backup } => {
                        let mut t = (dt.notice_corrupt)(NAME_SLOT);
                        if backup.is_none() {
                            t.push(' ');
                            t.push_str(dt.notice_corrupt_no_backup);
                        }
                        (t, Some(id))
                    }
                    Notice::Newer { version, .. } => ((dt.notice_newer)(version), None),
                    Notice::Erased => (dt.erased.to_string(), None),
                };
                let shown = clean_name(raw_id.as_deref().unwrap_or_default());
                let dismiss = move |_| {
                    s.set(|u| {
                        if i < u.notices.len() {
                            u.notices.remove(i);
                        }
                    })
                };
                view! {
                    <div class="hn-warn-box hn-notice" role="status">
                        <p>{named(&text, &shown)}</p>
                        <div class="hn-actions">
                            {raw_id.map(|id| view! {
                                <button type="button" class="hn-btn" on:click=move |_| download_raw(&s, &id)>
                                    {dt.download_raw}
                                </button>
                            })}
                            <button type="button" class="hn-btn" on:click=dismiss>{dt.dismiss}</button>
                        </div>
                    </div>
                }
            })
            .collect_view()
    }
}

/// A newer-format draft, read-only.
#[component]
pub(crate) fn ReadOnlyDraft() -> impl IntoView {
    let s = use_store();
    let dt = dtexts(s.app.lang.get_untracked());
    let viewing = Memo::new(move |_| s.ui.with(|u| u.viewing.clone()));
    move || {
        viewing.get().map(|v| {
            let id = v.id;
            view! {
                <section class="hn-note hn-readonly" aria-labelledby=READONLY_HEADING_ID>
                    <h2 tabindex="-1" id=READONLY_HEADING_ID>{dt.readonly_title}</h2>
                    <p>{(dt.notice_newer)(v.version)}</p>
                    <pre class="hn-raw">{v.raw}</pre>
                    <div class="hn-actions">
                        <button type="button" class="hn-btn" on:click=move |_| download_raw(&s, &id)>
                            {dt.download_raw}
                        </button>
                        <button type="button" class="hn-btn" on:click=move |_| s.set(|u| u.viewing = None)>
                            {dt.readonly_close}
                        </button>
                    </div>
                </section>
            }
        })
    }
}
