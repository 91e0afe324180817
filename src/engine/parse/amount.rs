//! Amounts as people type them in Japan (`parse_amount_yen`): full-width digits, separators,
//! 円 / ¥ / 万 / 億 / 千. Never panics; a failure is an [`AmountError`] with a message in both
//! languages. Apart from the date and time parsers (`parse.rs`): it shares only `normalize_width`.

use super::normalize_width;
use crate::engine::Lang;

/// Largest amount accepted: ¥10,000,000,000,000 (10兆円), the app's one limit (`limits`).
pub const MAX_AMOUNT_YEN: u64 = crate::engine::limits::MAX_YEN;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountError {
    Empty,
    Invalid,
    Negative,
    Fraction,
    TooLarge,
}

impl AmountError {
    pub fn message(&self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Empty, Lang::Ja) => "金額を入力してください。",
            (Self::Empty, Lang::En) => "Please enter an amount.",
            (Self::Invalid, Lang::Ja) => {
                "金額として読み取れませんでした。数字で入力してください（例：120000、120,000円、12万円）。"
            }
            (Self::Invalid, Lang::En) => {
                "We couldn't read this as an amount. Please type it in figures, for example 120000, 120,000円 or 12万円."
            }
            (Self::Negative, Lang::Ja) => {
                "マイナスの金額は入力できません。被害額や戻ってきた金額は、プラスの数で入力してください。"
            }
            (Self::Negative, Lang::En) => {
                "An amount can't be negative. Please enter losses and money returned as positive numbers."
            }
            (Self::Fraction, Lang::Ja) => {
                "1円未満の端数は入力できません。円単位で入力してください（例：1.5万円 は 15000円）。"
            }
            (Self::Fraction, Lang::En) => {
                "Amounts are in whole yen, without fractions of a yen (for example, 1.5万円 is 15000 yen)."
            }
            (Self::TooLarge, Lang::Ja) => "金額が大きすぎます（10兆円まで）。桁数をご確認ください。",
            (Self::TooLarge, Lang::En) => {
                "This amount is too large (the limit is 10 trillion yen). Please check the number of digits."
            }
        }
    }
}

fn is_minus(c: char) -> bool {
    // U+2212 is what Japanese IMEs often produce for a full-width minus; the hyphens and en dash
    // come from pasted text.
    matches!(c, '-' | '\u{2212}' | '\u{2010}' | '\u{2011}' | '\u{2013}')
}

fn is_yen_sign(c: char) -> bool {
    // A backslash is what the ¥ key types on a Japanese keyboard in many fonts and programs.
    matches!(c, '¥' | '\u{FFE5}' | '\\')
}

/// A decimal literal as typed: integer digits (separators removed) and fraction digits.
struct Literal {
    int: Vec<u8>,
    frac: Vec<u8>,
}

/// One `literal [unit]` part of an amount, e.g. `12万` → exponent 4.
struct Part {
    lit: Literal,
    exp: u32,
}

/// Parses a yen amount: `120000`, `１２０，０００`, `120,000円`, `¥120,000`, `120 000`,
/// `12万円`, `1.5万`, `12万3000円`, `1,000万円`, `1億2000万円`, `3千円`, `1千万円`.
/// Units must descend and each part must fit below the one before (`12万30000` is `Invalid`).
/// A fraction is allowed only in the last part and must come to whole yen (`1.5円` → `Fraction`).
/// A leading minus gives `Negative`; more than [`MAX_AMOUNT_YEN`] gives `TooLarge`.
pub fn parse_amount_yen(input: &str) -> Result<u64, AmountError> {
    let norm = normalize_width(input);
    let mut s: &str = norm.trim();
    if s.is_empty() {
        return Err(AmountError::Empty);
    }
    let mut negative = false;
    let mut yen_sign = false;
    // Leading marks in either order: `-¥100`, `¥-100`, `¥ 100`.
    let mut rest = s.chars();
    while let Some(c) = rest.next() {
        if is_minus(c) && !negative {
            negative = true;
        } else if is_yen_sign(c) && !yen_sign {
            yen_sign = true;
        } else {
            break;
        }
        s = rest.as_str().trim_start();
        rest = s.chars();
    }
    if let Some(rest) = s.strip_suffix('円') {
        s = rest.trim_end();
    }
    let body = parse_amount_body(s);
    if negative {
        return match body {
            Ok(_) | Err(AmountError::Fraction) | Err(AmountError::TooLarge) => {
                Err(AmountError::Negative)
            }
            Err(e) => Err(e),
        };
    }
    body
}

fn parse_amount_body(s: &str) -> Result<u64, AmountError> {
    let parts = scan_parts(s).ok_or(AmountError::Invalid)?;
    if parts.is_empty() {
        return Err(AmountError::Invalid);
    }
    // Structure first: units strictly descending, a decimal only in the last part.
    for (i, p) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        if !p.lit.frac.is_empty() && !last {
            return Err(AmountError::Invalid);
        }
        if i > 0 && parts.get(i - 1).is_some_and(|prev| p.exp >= prev.exp) {
            return Err(AmountError::Invalid);
        }
    }
    let mut total: u128 = 0;
    let mut overflow = false;
    let mut prev_exp: Option<u32> = None;
    for p in &parts {
        let value = part_value(p)?;
        if let Some(pe) = prev_exp {
            // `12万3000`: the 3000 must be below 1万. An overflowing part is above anything.
            if value.is_none_or(|v| v >= pow10(pe).unwrap_or(u128::MAX)) {
                return Err(AmountError::Invalid);
            }
        }
        match value.and_then(|v| total.checked_add(v)) {
            Some(t) => total = t,
            None => overflow = true,
        }
        prev_exp = Some(p.exp);
    }
    if overflow || total > u128::from(MAX_AMOUNT_YEN) {
        return Err(AmountError::TooLarge);
    }
    u64::try_from(total).map_err(|_| AmountError::TooLarge)
}

fn pow10(exp: u32) -> Option<u128> {
    10u128.checked_pow(exp)
}

fn digits_value(digits: &[u8]) -> Option<u128> {
    digits.iter().try_fold(0u128, |acc, d| {
        acc.checked_mul(10)?.checked_add(u128::from(*d))
    })
}

/// The part's value in yen; `Ok(None)` when it overflows; `Fraction` when it is not whole yen.
fn part_value(p: &Part) -> Result<Option<u128>, AmountError> {
    let mut frac: &[u8] = &p.lit.frac;
    while let Some((0, rest)) = frac.split_last() {
        frac = rest;
    }
    let frac_len = u32::try_from(frac.len()).unwrap_or(u32::MAX);
    if frac_len > p.exp {
        return Err(AmountError::Fraction);
    }
    let value = (|| {
        let int = digits_value(&p.lit.int)?.checked_mul(pow10(p.exp)?)?;
        let f = digits_value(frac)?.checked_mul(pow10(p.exp - frac_len)?)?;
        int.checked_add(f)
    })();
    Ok(value)
}

/// Splits an amount into `literal [unit]` parts; `None` on anything that is not one.
fn scan_parts(s: &str) -> Option<Vec<Part>> {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut parts = Vec::new();
    loop {
        while chars.get(i).is_some_and(|c| c.is_whitespace()) {
            i += 1;
        }
        if i >= chars.len() {
            return Some(parts);
        }
        // A part after a unit-less literal cannot exist (`100 万` is caught by the unit scan).
        if parts.last().is_some_and(|p: &Part| p.exp == 0) {
            return None;
        }
        let (lit, next) = scan_literal(&chars, i)?;
        i = next;
        while chars.get(i).is_some_and(|c| c.is_whitespace()) {
            i += 1;
        }
        let exp = match chars.get(i) {
            Some('千') => {
                i += 1;
                match chars.get(i) {
                    Some('万') => {
                        i += 1;
                        7
                    }
                    Some('億') => {
                        i += 1;
                        11
                    }
                    _ => 3,
                }
            }
            Some('万') => {
                i += 1;
                4
            }
            Some('億') => {
                i += 1;
                8
            }
            _ => 0,
        };
        parts.push(Part { lit, exp });
    }
}

/// Reads `1`, `120,000`, `120 000`, `1.5`, `0.25` from `chars[start..]`. Thousands separators
/// (commas, spaces, or a run of both) must sit between groups of exactly three digits.
fn scan_literal(chars: &[char], start: usize) -> Option<(Literal, usize)> {
    let digit = |i: usize| {
        chars
            .get(i)
            .filter(|c| c.is_ascii_digit())
            .and_then(|c| c.to_digit(10))
    };
    let mut i = start;
    let mut int: Vec<u8> = Vec::new();
    let mut group_len = 0usize;
    let mut groups = 0usize;
    let mut first_group_len = 0usize;
    digit(i)?;
    loop {
        if let Some(d) = digit(i) {
            int.push(u8::try_from(d).ok()?);
            group_len += 1;
            i += 1;
            continue;
        }
        // A separator run counts only when a digit follows it.
        let mut j = i;
        while chars.get(j).is_some_and(|c| *c == ',' || c.is_whitespace()) {
            j += 1;
        }
        if j > i && digit(j).is_some() {
            if groups == 0 {
                first_group_len = group_len;
            } else if group_len != 3 {
                return None;
            }
            groups += 1;
            group_len = 0;
            i = j;
            continue;
        }
        break;
    }
    if groups > 0 && (group_len != 3 || !(1..=3).contains(&first_group_len)) {
        return None;
    }
    let mut frac: Vec<u8> = Vec::new();
    if chars.get(i) == Some(&'.') {
        i += 1;
        digit(i)?;
        while let Some(d) = digit(i) {
            frac.push(u8::try_from(d).ok()?);
            i += 1;
        }
    }
    Some((Literal { int, frac }, i))
}
