//! "What happened?": the seven situations, and the emergency panel one tap away.

use super::super::html::Html;
use super::super::state::{AppState, Scenario};
use super::heading;

pub fn render(h: &mut Html, app: &AppState) {
    let t = app.t();
    h.raw("<section aria-labelledby=\"hn-step-heading\"><div class=\"hn-alert\"><p><strong>")
        .t(t.tell_bank_title)
        .raw("</strong> ")
        .t(t.emergency_bank_line_hint)
        .raw("</p>")
        .button("hn-btn hn-btn-danger", "emergency", t.emergency_open)
        .raw("</div>");
    heading(h, t.start_title);
    h.el("p class=\"hn-lead\"", t.start_lead)
        .raw("<ul class=\"hn-choices hn-grid\">");
    for (i, s) in Scenario::ALL.iter().enumerate() {
        h.raw("<li><button type=\"button\" class=\"hn-choice\"")
            .attr("id", &format!("hn-scenario-{i}"))
            .attr("data-act", &format!("scenario:{i}"))
            .raw(">")
            .el("span class=\"hn-choice-title\"", s.title(t))
            .el("span class=\"hn-choice-hint\"", s.hint(t))
            .raw("</button></li>");
    }
    h.raw("</ul></section>");
}
