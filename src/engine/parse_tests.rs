//! Unit tests of `parse.rs` and its `amount.rs` and `time.rs` (its `tests` module, in its own file
//! so the code reads on its own).

use super::*;
use chrono::NaiveTime;

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}
fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN)
}
use AmountError::*;

#[test]
fn width() {
    assert_eq!(normalize_width("１２０，０００　円"), "120,000 円");
    assert_eq!(normalize_width("ＡＢＣ～！"), "ABC~!");
    assert_eq!(normalize_width("￥万"), "￥万");
    assert_eq!(normalize_width(""), "");
}

#[test]
fn plain_amounts() {
    assert_eq!(parse_amount_yen("0"), Ok(0));
    assert_eq!(parse_amount_yen("120000"), Ok(120_000));
    assert_eq!(parse_amount_yen("  120000  "), Ok(120_000));
    assert_eq!(parse_amount_yen("00120000"), Ok(120_000));
    assert_eq!(parse_amount_yen("１２０，０００"), Ok(120_000));
    assert_eq!(parse_amount_yen("１２００００"), Ok(120_000));
    assert_eq!(parse_amount_yen("120,000"), Ok(120_000));
    assert_eq!(parse_amount_yen("1,234,567"), Ok(1_234_567));
    assert_eq!(parse_amount_yen("120,000円"), Ok(120_000));
    assert_eq!(parse_amount_yen("120,000 円"), Ok(120_000));
    assert_eq!(parse_amount_yen("¥120,000"), Ok(120_000));
    assert_eq!(parse_amount_yen("￥１２０，０００"), Ok(120_000));
    assert_eq!(parse_amount_yen("\\120,000"), Ok(120_000));
    assert_eq!(parse_amount_yen("¥ 120,000円"), Ok(120_000));
    assert_eq!(parse_amount_yen("120 000"), Ok(120_000));
    assert_eq!(parse_amount_yen("120\u{a0}000"), Ok(120_000));
    assert_eq!(parse_amount_yen("1 234 567"), Ok(1_234_567));
    assert_eq!(parse_amount_yen("120, 000"), Ok(120_000));
    assert_eq!(parse_amount_yen("120000.00"), Ok(120_000));
    assert_eq!(parse_amount_yen("120000.0円"), Ok(120_000));
}

#[test]
fn man_amounts() {
    assert_eq!(parse_amount_yen("12万円"), Ok(120_000));
    assert_eq!(parse_amount_yen("12万"), Ok(120_000));
    assert_eq!(parse_amount_yen("１２万円"), Ok(120_000));
    assert_eq!(parse_amount_yen("1.5万"), Ok(15_000));
    assert_eq!(parse_amount_yen("1.5万円"), Ok(15_000));
    assert_eq!(parse_amount_yen("1.0001万"), Ok(10_001));
    assert_eq!(parse_amount_yen("12万3000円"), Ok(123_000));
    assert_eq!(parse_amount_yen("12万 3,000円"), Ok(123_000));
    assert_eq!(parse_amount_yen("12 万円"), Ok(120_000));
    assert_eq!(parse_amount_yen("12万9999"), Ok(129_999));
    assert_eq!(parse_amount_yen("1,000万円"), Ok(10_000_000));
    assert_eq!(parse_amount_yen("1000万円"), Ok(10_000_000));
    assert_eq!(parse_amount_yen("1千万円"), Ok(10_000_000));
    assert_eq!(parse_amount_yen("3千円"), Ok(3_000));
    assert_eq!(parse_amount_yen("12万3千円"), Ok(123_000));
    assert_eq!(parse_amount_yen("1億2000万円"), Ok(120_000_000));
    assert_eq!(parse_amount_yen("1億2千万円"), Ok(120_000_000));
    assert_eq!(parse_amount_yen("2.5億"), Ok(250_000_000));
    assert_eq!(parse_amount_yen("¥12万"), Ok(120_000));
}

#[test]
fn invalid_amounts() {
    for s in [
        "abc",
        "円",
        "¥",
        "万円",
        "万",
        "12万30000",
        "12万10000",
        "1万1万",
        "1万2億",
        "3000 12万",
        "1.5万3000",
        "12,34",
        "12,3456",
        "1,2,3",
        "1 2",
        "1234,567",
        ",120",
        "120,",
        "1..5",
        ".5",
        "5.",
        "1e5",
        "0x10",
        "12.3.4",
        "一万円",
        "１２万円です",
        "12円円",
        "¥¥12",
        "--12",
        "12-",
        "120 000 円 円",
        "12万円3000",
        "1千千",
        "千円",
        "1億億",
        "+5",
        "١٢٣",
        "1_000",
    ] {
        assert_eq!(parse_amount_yen(s), Err(Invalid), "{s:?}");
    }
}

#[test]
fn empty_negative_fraction_too_large() {
    assert_eq!(parse_amount_yen(""), Err(Empty));
    assert_eq!(parse_amount_yen("   \u{3000} "), Err(Empty));
    assert_eq!(parse_amount_yen("-1"), Err(Negative));
    assert_eq!(parse_amount_yen("−120,000円"), Err(Negative));
    assert_eq!(parse_amount_yen("－１２万"), Err(Negative));
    assert_eq!(parse_amount_yen("¥-500"), Err(Negative));
    assert_eq!(parse_amount_yen("-¥500"), Err(Negative));
    assert_eq!(parse_amount_yen("-1.5円"), Err(Negative));
    assert_eq!(parse_amount_yen("-abc"), Err(Invalid));
    assert_eq!(parse_amount_yen("-"), Err(Invalid));

    assert_eq!(parse_amount_yen("1.5円"), Err(Fraction));
    assert_eq!(parse_amount_yen("0.5"), Err(Fraction));
    assert_eq!(parse_amount_yen("1.00005万"), Err(Fraction));
    assert_eq!(parse_amount_yen("1.000050万"), Err(Fraction));
    assert_eq!(parse_amount_yen("1.0000500000万"), Err(Fraction));
    assert_eq!(parse_amount_yen("12万3.5"), Err(Fraction));

    assert_eq!(parse_amount_yen("10000000000000"), Ok(MAX_AMOUNT_YEN));
    assert_eq!(parse_amount_yen("10,000,000,000,000円"), Ok(MAX_AMOUNT_YEN));
    assert_eq!(parse_amount_yen("10000000000001"), Err(TooLarge));
    assert_eq!(parse_amount_yen("1000億"), Ok(100_000_000_000));
    assert_eq!(parse_amount_yen("100000億"), Ok(MAX_AMOUNT_YEN));
    assert_eq!(parse_amount_yen("100000億1"), Err(TooLarge));
    assert_eq!(parse_amount_yen("18446744073709551616"), Err(TooLarge));
    assert_eq!(parse_amount_yen(&"9".repeat(200)), Err(TooLarge));
    assert_eq!(
        parse_amount_yen(&format!("{}万", "9".repeat(60))),
        Err(TooLarge)
    );
    assert_eq!(
        parse_amount_yen(&format!("0.{}1", "0".repeat(300))),
        Err(Fraction)
    );
    assert_eq!(parse_amount_yen(&format!("{}1", "0".repeat(300))), Ok(1));
}

#[test]
fn amount_messages_in_both_languages() {
    for e in [Empty, Invalid, Negative, Fraction, TooLarge] {
        assert!(!e.message(Lang::Ja).is_empty());
        assert!(!e.message(Lang::En).is_empty());
        assert_ne!(e.message(Lang::Ja), e.message(Lang::En));
    }
}

#[test]
fn dates() {
    let d = ymd(2026, 11, 23);
    for s in [
        "2026-11-23",
        "2026/11/23",
        "2026.11.23",
        "2026年11月23日",
        "2026年11月23",
        "2026 年 11 月 23 日",
        "２０２６－１１－２３",
        "２０２６／１１／２３",
        "２０２６年１１月２３日",
        "  2026-11-23 \u{3000}",
        "20261123",
        "令和8年11月23日",
        "令和８年１１月２３日",
        "R8.11.23",
        "R08/11/23",
        "2026/11/23(月)",
        "2026年11月23日（月）",
        "2026/11/23 (Mon)",
        "2026/11/23(Monday)",
        "2026/11/23(月曜日)",
    ] {
        assert_eq!(parse_date(s), Ok(d), "{s:?}");
    }
    assert_eq!(parse_date("2026/1/5"), Ok(ymd(2026, 1, 5)));
    assert_eq!(parse_date("2026-01-05"), Ok(ymd(2026, 1, 5)));
    assert_eq!(parse_date("2024-02-29"), Ok(ymd(2024, 2, 29)));
    assert_eq!(parse_date("平成元年1月8日"), Ok(ymd(1989, 1, 8)));
    assert_eq!(parse_date("平成31年4月30日"), Ok(ymd(2019, 4, 30)));
    assert_eq!(parse_date("令和元年5月1日"), Ok(ymd(2019, 5, 1)));
    assert_eq!(parse_date("令和1年5月1日"), Ok(ymd(2019, 5, 1)));
    assert_eq!(parse_date("昭和64年1月7日"), Ok(ymd(1989, 1, 7)));
    assert_eq!(parse_date("H31.4.30"), Ok(ymd(2019, 4, 30)));
}

#[test]
fn bad_dates() {
    assert_eq!(parse_date(""), Err(DateError::Empty));
    assert_eq!(parse_date(" \u{3000}"), Err(DateError::Empty));
    for s in [
        "2026-02-30",
        "2025-02-29",
        "2026-13-01",
        "2026-00-10",
        "2026-11-00",
        "2026-11-31",
        "2026年2月30日",
        "20260230",
        "平成31年5月1日",
        "令和元年4月30日",
        "令和0年5月1日",
        "昭和64年1月8日",
        "平成元年1月7日",
        "2026/11/23(火)",
    ] {
        assert_eq!(parse_date(s), Err(DateError::Impossible), "{s:?}");
    }
    for s in [
        "26-11-23",
        "2026-11",
        "2026/11-23",
        "2026-111-23",
        "2026-11-023",
        "11/23/2026",
        "2026-11-23T09:00",
        "2026-11-23 09:00",
        "2026年11月",
        "20261",
        "abc",
        "2026/11/23(x)",
        "2026/11/23)",
        "令和年11月23日",
        "令和123年1月1日",
        "2026--11-23",
        "2026-11-23-",
        "02026-11-23",
    ] {
        assert_eq!(parse_date(s), Err(DateError::Invalid), "{s:?}");
    }
}

#[test]
fn times() {
    for (s, h, m) in [
        ("09:00", 9, 0),
        ("9:00", 9, 0),
        ("９：００", 9, 0),
        (" 9:05 ", 9, 5),
        ("0:00", 0, 0),
        ("23:59", 23, 59),
        ("9時", 9, 0),
        ("9時30分", 9, 30),
        ("９時３０分", 9, 30),
        ("9時5分", 9, 5),
        ("9時半", 9, 30),
        ("午前9時", 9, 0),
        ("午後3時", 15, 0),
        ("午後3時30分", 15, 30),
        ("午前0時", 0, 0),
        ("午後0時", 12, 0),
        ("午後3:30", 15, 30),
        ("3pm", 15, 0),
        ("3 PM", 15, 0),
        ("3:30 p.m.", 15, 30),
        ("12pm", 12, 0),
        ("12am", 0, 0),
        ("11:59 am", 11, 59),
    ] {
        assert_eq!(parse_time(s), Ok(hm(h, m)), "{s:?}");
    }
    assert_eq!(
        parse_time("09:00:30"),
        Ok(NaiveTime::from_hms_opt(9, 0, 30).unwrap_or(NaiveTime::MIN))
    );
}

#[test]
fn bad_times() {
    assert_eq!(parse_time(""), Err(DateError::Empty));
    for s in ["24:00", "25:00", "9:60", "23:59:60", "99:00", "9時60分"] {
        assert_eq!(parse_time(s), Err(DateError::Impossible), "{s:?}");
    }
    for s in [
        "9",
        "9:0",
        "9:000",
        "900",
        "9:00:0",
        "午後12時",
        "午後13時",
        "13pm",
        "0am",
        "9時3",
        "9:00時",
        "abc",
        "9時30",
        ":30",
        "9:30:",
        "午前",
        "pm",
        "1:2:3",
        "100:00",
        "9時 半分",
    ] {
        assert_eq!(parse_time(s), Err(DateError::Invalid), "{s:?}");
    }
}

#[test]
fn date_messages() {
    for e in [
        DateError::Empty,
        DateError::Invalid,
        DateError::Impossible,
        DateError::OutOfRange,
    ] {
        for lang in [Lang::Ja, Lang::En] {
            assert!(!e.message(lang).is_empty());
            assert!(!e.time_message(lang).is_empty());
        }
    }
}

/// The form takes the same years as a case file (`limits`): a typed 0001 or 9999 is refused
/// with a message that names the years, never exported to a file that would not re-import.
#[test]
fn dates_outside_the_app_years_are_refused() {
    assert_eq!(parse_date("1900-01-01"), Ok(ymd(1900, 1, 1)));
    assert_eq!(parse_date("2200/12/31"), Ok(ymd(2200, 12, 31)));
    for s in [
        "1899-12-31",
        "0001-01-01",
        "9999-12-31",
        "22010101",
        "2201年1月1日",
    ] {
        assert_eq!(parse_date(s), Err(DateError::OutOfRange), "{s:?}");
    }
    assert!(DateError::OutOfRange
        .message(Lang::Ja)
        .contains("1900年〜2200年"));
    assert!(DateError::OutOfRange
        .message(Lang::En)
        .contains("1900 to 2200"));
}

#[test]
fn day_counts_up_to_the_one_limit() {
    assert_eq!(parse_days("５日"), Some(5));
    assert_eq!(parse_days("0"), Some(0));
    assert_eq!(parse_days("36500"), Some(36_500));
    assert_eq!(parse_days("36501"), None);
    assert_eq!(parse_days("99999"), None);
    assert_eq!(parse_days("-1"), None);
    assert_eq!(parse_days(""), None);
}

// ---------------------------------------------------------------------------------------------
// Dates as people say them (`parse_date_on`): `today` is fixed on both sides of each boundary.

fn on(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    parse_date_on(input, today)
}

#[test]
fn phrase_days_back() {
    let t = ymd(2026, 3, 1); // the day after 2026-02-28 (no leap day)
    assert_eq!(on("昨日", t), Ok(ymd(2026, 2, 28)));
    assert_eq!(on("きのう", t), Ok(ymd(2026, 2, 28)));
    assert_eq!(on("おととい", t), Ok(ymd(2026, 2, 27)));
    assert_eq!(on("一昨日", t), Ok(ymd(2026, 2, 27)));
    assert_eq!(on("今日", t), Ok(t));
    assert_eq!(on("3日前", t), Ok(ymd(2026, 2, 26)));
    assert_eq!(on("３日前", t), Ok(ymd(2026, 2, 26)));
    assert_eq!(on("　３　日前　", t), Ok(ymd(2026, 2, 26)));
    assert_eq!(on("0日前", t), Ok(t));
    assert_eq!(on("2週間前", t), Ok(ymd(2026, 2, 15)));
    assert_eq!(on("yesterday", t), Ok(ymd(2026, 2, 28)));
    assert_eq!(on("Yesterday", t), Ok(ymd(2026, 2, 28)));
    assert_eq!(on("the day before yesterday", t), Ok(ymd(2026, 2, 27)));
    assert_eq!(on("3 days ago", t), Ok(ymd(2026, 2, 26)));
    assert_eq!(on("1 day ago", t), Ok(ymd(2026, 2, 28)));
    assert_eq!(on("2 weeks ago", t), Ok(ymd(2026, 2, 15)));
    // New Year: yesterday is last year.
    assert_eq!(on("昨日", ymd(2027, 1, 1)), Ok(ymd(2026, 12, 31)));
    // Too far back for a case: the year limit, not a panic.
    assert_eq!(on("99999999日前", t), Err(DateError::OutOfRange));
    assert_eq!(on("4294967295 weeks ago", t), Err(DateError::OutOfRange));
}

#[test]
fn phrase_month_day_year_boundary() {
    // 11月24日 when today is 11-23: this year's would be tomorrow, so last year's.
    assert_eq!(on("11月24日", ymd(2026, 11, 23)), Ok(ymd(2025, 11, 24)));
    // When today is 11-24: this year's (today).
    assert_eq!(on("11月24日", ymd(2026, 11, 24)), Ok(ymd(2026, 11, 24)));
    assert_eq!(on("11月24日", ymd(2026, 11, 25)), Ok(ymd(2026, 11, 24)));
    assert_eq!(on("１１月２４日", ymd(2026, 11, 24)), Ok(ymd(2026, 11, 24)));
    assert_eq!(on("11月24", ymd(2026, 11, 24)), Ok(ymd(2026, 11, 24)));
    assert_eq!(on("12月31日", ymd(2027, 1, 2)), Ok(ymd(2026, 12, 31)));
    assert_eq!(on("1月1日", ymd(2026, 12, 31)), Ok(ymd(2026, 1, 1)));
    // The weekday written beside it is checked (2026-11-24 is a Tuesday).
    assert_eq!(on("11月24日(火)", ymd(2026, 11, 28)), Ok(ymd(2026, 11, 24)));
    assert_eq!(
        on("11月24日（水）", ymd(2026, 11, 28)),
        Err(DateError::Impossible)
    );
    // No such day this year or last.
    assert_eq!(on("2月30日", ymd(2026, 11, 28)), Err(DateError::Impossible));
    assert_eq!(on("13月1日", ymd(2026, 11, 28)), Err(DateError::Impossible));
    // 2月29日 in a leap year, and the year after it.
    assert_eq!(on("2月29日", ymd(2028, 3, 1)), Ok(ymd(2028, 2, 29)));
    assert_eq!(on("2月29日", ymd(2029, 3, 1)), Ok(ymd(2028, 2, 29)));
    assert_eq!(on("2月29日", ymd(2030, 3, 1)), Err(DateError::Impossible));
    // English.
    assert_eq!(on("Nov 24", ymd(2026, 11, 23)), Ok(ymd(2025, 11, 24)));
    assert_eq!(on("Nov 24", ymd(2026, 11, 24)), Ok(ymd(2026, 11, 24)));
    assert_eq!(
        on("November 24th", ymd(2026, 11, 24)),
        Ok(ymd(2026, 11, 24))
    );
    assert_eq!(on("24 Nov", ymd(2026, 11, 24)), Ok(ymd(2026, 11, 24)));
    assert_eq!(on("nov. 24", ymd(2026, 11, 24)), Ok(ymd(2026, 11, 24)));
    assert_eq!(on("Sept 3", ymd(2026, 11, 24)), Ok(ymd(2026, 9, 3)));
    assert_eq!(on("No 24", ymd(2026, 11, 24)), Err(DateError::Invalid));
}

#[test]
fn phrase_last_week() {
    // 先週 is the Monday–Sunday week before today's week.
    let fri = ymd(2026, 11, 27); // a Friday
    let mon = ymd(2026, 11, 23); // the Monday of that week
    let sun = ymd(2026, 11, 29); // the Sunday of that week
    for today in [fri, mon, sun] {
        assert_eq!(on("先週の金曜", today), Ok(ymd(2026, 11, 20)), "{today}");
        assert_eq!(on("先週金曜日", today), Ok(ymd(2026, 11, 20)), "{today}");
        assert_eq!(on("先週の月曜日", today), Ok(ymd(2026, 11, 16)), "{today}");
        assert_eq!(on("先週の日曜", today), Ok(ymd(2026, 11, 22)), "{today}");
    }
    // The Sunday before a Monday is still 先週.
    assert_eq!(on("先週の日曜", ymd(2026, 11, 30)), Ok(ymd(2026, 11, 29)));
    // English "last Friday": the most recent Friday before today.
    assert_eq!(on("last Friday", fri), Ok(ymd(2026, 11, 20)));
    assert_eq!(on("last Friday", mon), Ok(ymd(2026, 11, 20)));
    assert_eq!(on("last friday", sun), Ok(ymd(2026, 11, 27)));
    assert_eq!(on("last Fri", ymd(2026, 11, 28)), Ok(ymd(2026, 11, 27)));
    assert_eq!(on("先週の", fri), Err(DateError::Invalid));
    assert_eq!(on("last week", fri), Err(DateError::Invalid));
}

#[test]
fn phrase_keeps_absolute_dates_and_errors() {
    let t = ymd(2026, 11, 28);
    assert_eq!(on("2026-11-23", t), Ok(ymd(2026, 11, 23)));
    // An absolute date is read as written, even after today (the form flags it separately).
    assert_eq!(on("2026-12-01", t), Ok(ymd(2026, 12, 1)));
    assert_eq!(on("2026-02-30", t), Err(DateError::Impossible));
    assert_eq!(on("", t), Err(DateError::Empty));
    assert_eq!(on("きのうの夜", t), Err(DateError::Invalid));
    assert_eq!(on("明日", t), Err(DateError::Invalid));
}

#[cfg(not(target_arch = "wasm32"))]
mod phrase_props {
    use super::*;
    use proptest::prelude::*;

    fn phrase() -> impl Strategy<Value = String> {
        let fixed = prop::sample::select(vec![
            "今日",
            "昨日",
            "おととい",
            "一昨日",
            "yesterday",
            "today",
            "先週の金曜",
            "先週月曜日",
            "先週の日曜",
            "last Friday",
            "last Sunday",
            "last Mon",
        ])
        .prop_map(str::to_owned);
        let back = (0u32..5000).prop_map(|n| format!("{n}日前"));
        let weeks = (0u32..500).prop_map(|n| format!("{n} weeks ago"));
        let md = (1u32..=12, 1u32..=31).prop_map(|(m, d)| format!("{m}月{d}日"));
        let en = (1u32..=31).prop_map(|d| format!("Dec {d}"));
        prop_oneof![fixed, back, weeks, md, en]
    }

    proptest! {
        /// A phrase's readback date is never after today.
        #[test]
        fn phrase_never_after_today(p in phrase(), days in 0i64..100_000) {
            let today = ymd(1950, 1, 1) + chrono::Duration::days(days);
            if let Ok(d) = parse_date_on(&p, today) {
                prop_assert!(d <= today, "{p} on {today} read as {d}");
            }
        }
    }
}

// A due date said without its year lies ahead (`parse_date_toward`, issue 22 point 8).
#[test]
fn a_month_and_day_ahead_is_this_years_or_next_years() {
    let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap_or_default();
    let today = d(2026, 12, 7);
    assert_eq!(
        parse_date_toward("12月20日", today, Toward::Ahead),
        Ok(d(2026, 12, 20))
    );
    assert_eq!(
        parse_date_toward("１月１０日", today, Toward::Ahead),
        Ok(d(2027, 1, 10))
    );
    assert_eq!(
        parse_date_toward("Jan 10", today, Toward::Ahead),
        Ok(d(2027, 1, 10))
    );
    assert_eq!(
        parse_date_toward("12月7日", today, Toward::Ahead),
        Ok(d(2026, 12, 7))
    );
    assert_eq!(
        parse_date_toward("12月1日", today, Toward::Ahead),
        Ok(d(2027, 12, 1))
    );
    // Behind, as before: the same words read as last December.
    assert_eq!(
        parse_date_toward("12月20日", today, Toward::Past),
        Ok(d(2025, 12, 20))
    );
    // A full date is read as written, either way; a relative phrase as said.
    assert_eq!(
        parse_date_toward("2026-12-01", today, Toward::Ahead),
        Ok(d(2026, 12, 1))
    );
    assert_eq!(
        parse_date_toward("昨日", today, Toward::Ahead),
        Ok(d(2026, 12, 6))
    );
    assert_eq!(
        parse_date_toward("2月30日", today, Toward::Ahead),
        Err(DateError::Impossible)
    );
    assert_eq!(
        parse_date_toward("abc", today, Toward::Ahead),
        Err(DateError::Invalid)
    );
}
