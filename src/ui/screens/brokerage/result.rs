//! The estimate under the firm's published policy, each line with its source.

use super::*;

// ---- The result -------------------------------------------------------------------------------

pub(super) fn kind_title(e: &Estimate, lang: Lang) -> String {
    match (e.placement, e.policy) {
        (Placement::OtherFirm, _) => KIND_OTHER.get(lang).to_string(),
        (Placement::BeforeAgreement, _) => KIND_BEFORE.get(lang).to_string(),
        (_, Some(p)) => match p.kind {
            PolicyKind::Half => fill(
                KIND_HALF.get(lang),
                "{rate}",
                &p.rate_percent.unwrap_or(0).to_string(),
            ),
            PolicyKind::Restore => KIND_RESTORE.get(lang).to_string(),
            PolicyKind::CaseByCase => KIND_CASE.get(lang).to_string(),
            PolicyKind::BasisOnly => KIND_BASIS.get(lang).to_string(),
        },
        (_, None) => String::new(),
    }
}

#[component]
pub(super) fn Cited(line: Line) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let src = line.cite.source();
    let basis = match line.basis() {
        Basis::Official => OFFICIAL.get(lang),
        Basis::Reported => REPORTED.get(lang),
    };
    let title = src.map(|s| s.title.get(lang)).unwrap_or(line.cite.source);
    let date = src.map(|s| s.date).unwrap_or("");
    let at = src.map(|s| s.at).unwrap_or("");
    let (po, pc) = parens(lang);
    view! {
        <li data-code=line.code>
            <p>{line.text.get(lang)}</p>
            <p class="hn-small">
                {SOURCE_LABEL.get(lang)}{title}{po}{date}{pc}{line.cite.clause}" · "<strong>{basis}</strong>
                <br />
                {READ_AT.get(lang)}<span class="hn-url">{at}</span>
            </p>
        </li>
    }
}

#[component]
pub fn BrokerageResult() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.t_untracked();
    let e = estimate(&typed(&app), app.clock.today.get_untracked());
    let yen = move |n: u64| format::yen(t, n);
    let title = kind_title(&e, lang);
    let badge = e.basis.map(|b| match b {
        Basis::Official => view! { <p class="hn-note" id="hn-brk-basis">{OFFICIAL.get(lang)}</p> }.into_any(),
        Basis::Reported => view! { <p class="hn-warn-box" id="hn-brk-basis"><strong>{REPORTED.get(lang)}</strong></p> }.into_any(),
    });
    let why = match (e.firm, e.date, e.placement) {
        (Some(f), Some(d), Placement::InPeriod { from, until, .. }) => {
            let period = match until {
                Some(u) => fill(
                    &fill(
                        PERIOD_FROM_UNTIL.get(lang),
                        "{from}",
                        &format::date(t, from),
                    ),
                    "{until}",
                    &format::date(t, u),
                ),
                None => fill(PERIOD_FROM.get(lang), "{from}", &format::date(t, from)),
            };
            let s = fill(WHY_PERIOD.get(lang), "{firm}", f.name.get(lang));
            let s = fill(&s, "{date}", &format::date(t, d));
            Some(fill(&s, "{period}", &period))
        }
        _ => None,
    };
    let money = e.money.map(|m| {
        let opt = move |v: Option<u64>| v.map_or(NOT_STATED.get(lang).to_string(), yen);
        match m.total {
            Some(total) => view! {
                <div class="hn-result-box" id="hn-brk-estimate">
                    <p class="hn-amount"><span>{ESTIMATE_LABEL.get(lang)}{t.colon}</span><strong>{yen(total)}</strong></p>
                    <table class="hn-table">
                        <caption>{BREAKDOWN.get(lang)}</caption>
                        <tbody>
                            <tr><th scope="row">{PAID_ROW.get(lang)}</th><td>{yen(m.paid)}</td></tr>
                            <tr><th scope="row">{VALUE_ROW.get(lang)}</th><td>{yen(m.value)}</td></tr>
                            <tr><th scope="row">{LOSS_ROW.get(lang)}</th><td>{yen(m.loss)}</td></tr>
                            <tr><th scope="row">{fill(SHARE_ROW.get(lang), "{rate}", &m.rate_percent.unwrap_or(0).to_string())}</th><td>{opt(m.share)}</td></tr>
                            <tr><th scope="row">{FEES_ROW.get(lang)}</th><td>{opt(m.fees)}</td></tr>
                            <tr><th scope="row">{SOLATIUM_ROW.get(lang)}</th><td>{opt(m.solatium)}</td></tr>
                        </tbody>
                    </table>
                </div>
            }
            .into_any(),
            None => view! {
                <div class="hn-result-box" id="hn-brk-estimate">
                    <p>{fill(BASIS_BOX.get(lang), "{loss}", &yen(m.loss))}</p>
                </div>
            }
            .into_any(),
        }
    });
    let restore = e.restore.then(|| {
        view! { <div class="hn-result-box" id="hn-brk-estimate"><p><strong>{RESTORE_BOX.get(lang)}</strong></p></div> }
    });
    let case_by_case = (e.money.is_none() && !e.restore && e.placement != Placement::Incomplete)
        .then(|| view! { <div class="hn-result-box" id="hn-brk-estimate"><p>{CASE_BOX.get(lang)}</p></div> });
    let incomplete = (e.placement == Placement::Incomplete)
        .then(|| view! { <p class="hn-warn-box">{INCOMPLETE.get(lang)}</p> });
    let list = |lines: Vec<Line>| {
        lines
            .into_iter()
            .map(|line| view! { <Cited line /> })
            .collect_view()
    };
    let has_lines = !e.lines.is_empty();
    let has_lower = !e.lowering.is_empty();
    let has_open = !e.open.is_empty();
    let (lines, lowering, open) = (list(e.lines), list(e.lowering), list(e.open));
    let finmac = data().sources.iter().find(|s| s.id == "finmac");
    let (po, pc) = parens(lang);
    let to_advice = move |_| {
        app.case.scenario().set(Some(Scenario::Brokerage));
        app.advice.set(Some("brokerage-hacked".to_string()));
        app.go(Step::Advice);
    };
    view! {
        <section aria-labelledby="hn-step-heading" class="hn-brokerage-result">
            <Heading text=RESULT_TITLE.get(lang) />
            {incomplete}
            <h3>{POLICY_HEADING.get(lang)}</h3>
            <p id="hn-brk-policy"><strong>{title}</strong></p>
            {why.map(|w| view! { <p id="hn-brk-why">{w}</p> })}
            {badge}
            {money}
            {restore}
            {case_by_case}
            {has_lines.then(|| view! { <h3>{WHY_HEADING.get(lang)}</h3><ul class="hn-reasons">{lines}</ul> })}
            {has_lower.then(|| view! { <h3>{LOWER_HEADING.get(lang)}</h3><ul class="hn-reasons">{lowering}</ul> })}
            {has_open.then(|| view! { <h3>{OPEN_HEADING.get(lang)}</h3><ul class="hn-reasons">{open}</ul> })}
            <h3>{NOW_HEADING.get(lang)}</h3>
            <ol class="hn-steps">
                <li>{NOW_LOCK.get(lang)}</li>
                <li>{NOW_PASSWORD.get(lang)}</li>
                <li>{NOW_KEEP.get(lang)}</li>
                <li>{NOW_POLICE.get(lang)}<Tel phone="#9110" /></li>
                <li>
                    {NOW_FINMAC.get(lang)}<Tel phone="0120-64-5005" />
                    {finmac.map(|s| view! {
                        <span class="hn-small">{po}{SOURCE_LABEL.get(lang)}{s.title.get(lang)}" · "{OFFICIAL.get(lang)}{pc}</span>
                    })}
                </li>
            </ol>
            <div class="hn-actions">
                <button type="button" class="hn-btn hn-btn-primary" id="hn-brk-to-report" on:click=move |_| app.go(Step::BrokerageReport)>
                    {TO_REPORT.get(lang)}
                </button>
                <button type="button" class="hn-btn" id="hn-brk-to-police" on:click=move |_| app.go(Step::BrokeragePolice)>
                    {TO_POLICE.get(lang)}
                </button>
            </div>
            <div class="hn-nav">
                <button type="button" class="hn-btn" id="hn-brk-edit" on:click=move |_| app.go(Step::Brokerage)>
                    {EDIT.get(lang)}
                </button>
                <button type="button" class="hn-btn" id="hn-brk-advice" on:click=to_advice>
                    {ADVICE.get(lang)}
                </button>
            </div>
        </section>
    }
}
