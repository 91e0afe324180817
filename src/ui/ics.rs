//! "Add the deadlines to my calendar": an iCalendar (RFC 5545) file made in the browser. Each
//! deadline is an all-day event on its strict date with a reminder the day before. No personal
//! data goes into it: only dates and the scheme's own labels.

use super::format;
use super::i18n::Texts;
use crate::engine::assess::Deadline;
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike};

/// YYYYMMDD by hand: chrono's `format` would link its whole formatter (~8 KB of wasm).
fn ymd(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// Escapes TEXT values (RFC 5545 3.3.11).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1).
fn fold(line: &str, out: &mut String) {
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
}

/// One all-day event: its day, its title and its note.
pub struct Event {
    pub date: NaiveDate,
    pub summary: String,
    pub description: String,
}

/// The deadlines as events, each titled with the scheme's own label.
pub fn deadline_events(deadlines: &[Deadline], t: &Texts) -> Vec<Event> {
    let lang = if t.lang_code == "ja" {
        crate::engine::Lang::Ja
    } else {
        crate::engine::Lang::En
    };
    deadlines
        .iter()
        .map(|d| Event {
            date: d.date,
            summary: format!(
                "{}{}{}",
                (t.ics_summary)(&format::date(t, d.date)),
                t.colon,
                d.label.get(lang)
            ),
            description: t.ics_description.to_string(),
        })
        .collect()
}

/// The calendar file. `now_jst` stamps it (DTSTAMP is UTC: Japan time minus nine hours).
pub fn calendar(deadlines: &[Deadline], t: &Texts, now_jst: NaiveDateTime) -> String {
    calendar_of(&deadline_events(deadlines, t), now_jst)
}

/// The calendar file of `events`: `None` when there is none (an empty calendar is never offered).
pub fn calendar_events(events: &[Event], now_jst: NaiveDateTime) -> Option<String> {
    (!events.is_empty()).then(|| calendar_of(events, now_jst))
}

fn calendar_of(events: &[Event], now_jst: NaiveDateTime) -> String {
    let utc = now_jst - Duration::hours(9);
    let stamp = format!(
        "{}T{:02}{:02}{:02}Z",
        ymd(utc.date()),
        utc.hour(),
        utc.minute(),
        utc.second()
    );
    let mut out = String::new();
    let mut line = |s: String| fold(&s, &mut out);
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//Hosho Navi//Deadlines//JA".into());
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    for (i, d) in events.iter().enumerate() {
        let start = ymd(d.date);
        let end = ymd(d.date.succ_opt().unwrap_or(d.date));
        let summary = &d.summary;
        line("BEGIN:VEVENT".into());
        line(format!("UID:{start}-{i}@hosho-navi.invalid"));
        line(format!("DTSTAMP:{stamp}"));
        line(format!("DTSTART;VALUE=DATE:{start}"));
        line(format!("DTEND;VALUE=DATE:{end}"));
        line(format!("SUMMARY:{}", escape(summary)));
        line(format!("DESCRIPTION:{}", escape(&d.description)));
        line("TRANSP:TRANSPARENT".into());
        line("BEGIN:VALARM".into());
        line("ACTION:DISPLAY".into());
        line("TRIGGER:-P1D".into());
        line(format!("DESCRIPTION:{}", escape(summary)));
        line("END:VALARM".into());
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}
