//! "Erase everything": asked once, then every `hosho-navi.` key goes, in every open tab.

use super::*;

/// "Erase everything", behind a question.
#[component]
pub(crate) fn EraseAll() -> impl IntoView {
    let s = use_store();
    let dt = dtexts(s.app.lang.get_untracked());
    // Asking: how many cases would go.
    let asking = Memo::new(move |_| s.ui.with(|u| u.asking_erase.then_some(u.index.len())));
    let ask = move |_| {
        s.set(|u| u.asking_erase = true);
        focus::after_render(format!("#{ERASE_HEADING_ID}"));
    };
    let yes = move |_| {
        s.erase_all();
        focus::after_render(STEP_HEADING);
    };
    move || {
        match asking.get() {
        Some(n) => view! {
            <div class="hn-alert" role="group" aria-labelledby=ERASE_HEADING_ID>
                <h3 tabindex="-1" id=ERASE_HEADING_ID>{dt.erase_title}</h3>
                <p>{(dt.erase_body)(n)}</p>
                <div class="hn-actions">
                    <button type="button" class="hn-btn hn-btn-danger" on:click=yes>{dt.erase_yes}</button>
                    <button type="button" class="hn-btn" on:click=move |_| s.set(|u| u.asking_erase = false)>
                        {dt.cancel}
                    </button>
                </div>
            </div>
        }
        .into_any(),
        None => view! {
            <button type="button" class="hn-btn hn-btn-danger" on:click=ask>{dt.erase_all}</button>
        }
        .into_any(),
    }
    }
}
