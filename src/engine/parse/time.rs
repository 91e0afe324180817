//! Times of day as people type them in Japan (`parse_time`): `9:30`, `９：３０`, `9時半`,
//! `午後3時`, `3 pm`. Beside the date parser (`parse.rs`), whose error type and scanning helpers it
//! uses; never panics.

use super::{normalize_width, number_at, skip_ws, starts_with_at, DateError};
use chrono::NaiveTime;

/// Parses a time of day: `09:00`, `9:00`, `９：００`, `9:00:30`, `9時`, `9時30分`, `9時半`,
/// `午後3時`, `午前9時30分`, `3pm`, `3:30 p.m.`. 午前 / 午後 take hours 0–11 (12 is ambiguous in
/// Japanese usage and is refused); am / pm take 1–12. `24:00` and `9:60` are `Impossible`.
pub fn parse_time(input: &str) -> Result<NaiveTime, DateError> {
    let norm = normalize_width(input);
    let s = norm.trim();
    if s.is_empty() {
        return Err(DateError::Empty);
    }
    let mut chars: Vec<char> = s.chars().collect();
    // Meridiem: 午前 / 午後 before, or am / pm (a.m. / p.m.) after.
    let mut ja_half: Option<bool> = None; // Some(true) = 午後
    if starts_with_at(&chars, 0, "午前") || starts_with_at(&chars, 0, "午後") {
        ja_half = Some(chars.get(1) == Some(&'後'));
        chars.drain(..2);
    }
    let mut en_half: Option<bool> = None; // Some(true) = pm
    {
        let lower: String = chars.iter().collect::<String>().to_ascii_lowercase();
        let trimmed = lower.trim_end();
        for (suffix, pm) in [("a.m.", false), ("p.m.", true), ("am", false), ("pm", true)] {
            if let Some(rest) = trimmed.strip_suffix(suffix) {
                if ja_half.is_none() {
                    en_half = Some(pm);
                    let keep = rest.trim_end().chars().count();
                    chars.truncate(keep);
                }
                break;
            }
        }
    }
    let i = skip_ws(&chars, 0);
    let (h, hlen, next) = number_at(&chars, i).ok_or(DateError::Invalid)?;
    if hlen > 2 {
        return Err(DateError::Invalid);
    }
    let (m, s_, end) = match chars.get(next) {
        Some(':') => {
            let (m, mlen, next) = number_at(&chars, next + 1).ok_or(DateError::Invalid)?;
            if mlen != 2 {
                return Err(DateError::Invalid);
            }
            if chars.get(next) == Some(&':') {
                let (sec, slen, next) = number_at(&chars, next + 1).ok_or(DateError::Invalid)?;
                if slen != 2 {
                    return Err(DateError::Invalid);
                }
                (m, sec, next)
            } else {
                (m, 0, next)
            }
        }
        Some('時') => {
            let j = skip_ws(&chars, next + 1);
            match chars.get(j) {
                None => (0, 0, j),
                Some('半') => (30, 0, j + 1),
                Some(_) => {
                    let (m, mlen, k) = number_at(&chars, j).ok_or(DateError::Invalid)?;
                    let k = skip_ws(&chars, k);
                    if mlen > 2 || chars.get(k) != Some(&'分') {
                        return Err(DateError::Invalid);
                    }
                    (m, 0, k + 1)
                }
            }
        }
        // `3pm`: an hour alone only with am / pm.
        None if en_half.is_some() => (0, 0, next),
        _ => return Err(DateError::Invalid),
    };
    if skip_ws(&chars, end) != chars.len() {
        return Err(DateError::Invalid);
    }
    let hour = match (ja_half, en_half) {
        (Some(_), _) if h >= 12 => return Err(DateError::Invalid),
        (Some(pm), _) => h + if pm { 12 } else { 0 },
        (None, Some(_)) if !(1..=12).contains(&h) => return Err(DateError::Invalid),
        (None, Some(pm)) => h % 12 + if pm { 12 } else { 0 },
        (None, None) => h,
    };
    NaiveTime::from_hms_opt(hour, m, s_).ok_or(DateError::Impossible)
}
