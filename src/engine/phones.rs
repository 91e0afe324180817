//! The phone numbers the app may show (issue 26): an allow-list of official numbers, each with the
//! page it was read at and when, and the tokenizer that finds anything shaped like a phone number
//! in a text. `advice_tests.rs` checks the advice data and the packs against it, and
//! `tests/phone_numbers.rs` the UI text tables and `index.html`: a number outside the list fails.
//! The list is data for the tests only (nothing in the app reads it, so the wasm drops it).

/// One number the app may show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerifiedNumber {
    /// As the source writes it (and as the app shows it).
    pub number: &'static str,
    /// Whose number it is.
    pub who: &'static str,
    /// The official page it was read at.
    pub page: &'static str,
    /// When it was last checked against that page: YYYY-MM-DD, or YYYY-MM where the record gives
    /// only the month (`shared/sources/advice-facts.md`, 2026-12).
    pub checked: &'static str,
}

const fn n(
    number: &'static str,
    who: &'static str,
    page: &'static str,
    checked: &'static str,
) -> VerifiedNumber {
    VerifiedNumber {
        number,
        who,
        page,
        checked,
    }
}

/// Every phone number the app may show. Add one only with its official page and the date it was
/// checked; a number shown anywhere that is not here fails the tests.
pub static VERIFIED_NUMBERS: &[VerifiedNumber] = &[
    n(
        "110",
        "警察（緊急通報）",
        "npa.go.jp 警察庁「警察相談専用電話 #9110」 (number and hours found right by the audit in shared/sources/advice-facts.md)",
        "2026-12",
    ),
    n(
        "#9110",
        "警察相談専用電話",
        "npa.go.jp 警察庁「警察相談専用電話 #9110」 (number and hours found right by the audit in shared/sources/advice-facts.md)",
        "2026-12",
    ),
    n(
        "188",
        "消費者ホットライン（消費者庁）",
        "caa.go.jp 消費者庁「消費者ホットライン」 (shared/sources/advice-facts.md)",
        "2026-12",
    ),
    n(
        "0120-340-030",
        "三島信用金庫 事務応援課",
        "seed 003 (三島信用金庫「インターネットバンキングによる不正送金被害への補償対応について」お問い合わせ先)",
        "2026-11-23",
    ),
    n(
        "03-6457-9849",
        "個人情報保護委員会 個人情報保護法相談ダイヤル",
        "https://www.ppc.go.jp/personalinfo/pipldial/",
        "2026-12-07",
    ),
    n(
        "0120-64-5005",
        "証券・金融商品あっせん相談センター（FINMAC）",
        "https://www.finmac.or.jp/flow/",
        "2026-12",
    ),
    n(
        "0570-017109",
        "全国銀行協会相談室",
        "https://www.zenginkyo.or.jp/en/adr/foreign-languages/",
        "2026-12",
    ),
    n(
        "03-5252-3772",
        "全国銀行協会相談室",
        "https://www.zenginkyo.or.jp/en/adr/foreign-languages/",
        "2026-12",
    ),
    n(
        "03-6262-6794",
        "預金保険機構 振り込め詐欺救済法に関する窓口",
        "https://furikomesagi.dic.go.jp/sel_pubs.php",
        "2026-12",
    ),
];

/// Whether `number` (as written) is on the list.
pub fn is_verified(number: &str) -> bool {
    VERIFIED_NUMBERS.iter().any(|v| v.number == number)
}

fn normalize(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '＃' => '#',
        '－' | '‐' | '−' | '‑' | 'ー' => '-',
        '，' => ',',
        _ => c,
    }
}

/// Runs of digits joined by single '-' or ',' (with a leading '#' kept): anything a phone number
/// could hide in, full-width forms folded.
pub fn number_tokens(s: &str) -> Vec<String> {
    tokens_and_next(s).into_iter().map(|(t, _)| t).collect()
}

/// Each token with the character after it.
fn tokens_and_next(s: &str) -> Vec<(String, Option<char>)> {
    let cs: Vec<char> = s.chars().map(normalize).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        if !cs[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = if i > 0 && cs[i - 1] == '#' { i - 1 } else { i };
        let mut j = i;
        while j < cs.len() {
            let joins =
                (cs[j] == '-' || cs[j] == ',') && cs.get(j + 1).is_some_and(|c| c.is_ascii_digit());
            if cs[j].is_ascii_digit() || joins {
                j += 1;
            } else {
                break;
            }
        }
        out.push((cs[start..j].iter().collect(), cs.get(j).copied()));
        i = j;
    }
    out
}

/// YYYY-MM-DD or YYYY-MM.
pub fn is_date(tok: &str) -> bool {
    let parts: Vec<&str> = tok.split('-').collect();
    let num = |s: &str, len: usize, lo: u32, hi: u32| {
        s.len() == len && s.parse::<u32>().is_ok_and(|v| (lo..=hi).contains(&v))
    };
    match parts.as_slice() {
        [y, m] => num(y, 4, 1900, 2100) && num(m, 2, 1, 12),
        [y, m, d] => num(y, 4, 1900, 2100) && num(m, 2, 1, 12) && num(d, 2, 1, 31),
        _ => false,
    }
}

fn is_amount(tok: &str) -> bool {
    let mut groups = tok.split(',');
    let first_ok = groups
        .next()
        .is_some_and(|g| (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()));
    first_ok && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether a token may appear in a text: a verified number, or something that cannot be a phone
/// number (a date, a year, an amount with separators, a section number, one or two digits).
/// Strict: any other 3+ digit run counts as a possible number (`110`, `#7119`, `0570`).
pub fn number_allowed(tok: &str) -> bool {
    if is_verified(tok) {
        return true;
    }
    if tok.starts_with('#') {
        return false;
    }
    if tok.contains('-') {
        // A section number such as 3-5-3-3 is too short to be a phone number (those have 10+).
        let digits = tok.bytes().filter(u8::is_ascii_digit).count();
        return is_date(tok) || (digits <= 5 && tok.split('-').all(|g| g.len() <= 2));
    }
    if tok.contains(',') {
        return is_amount(tok);
    }
    match tok.len() {
        0..=2 => true,
        // A seed's id ("002"): a number with a leading 0 is dialled with 10 digits or more.
        3 => tok.starts_with('0'),
        // A year (the Meiji era's civil code, 1896, to the date fields' limit, 2200).
        4 => tok.parse::<u32>().is_ok_and(|y| (1868..=2200).contains(&y)),
        _ => false,
    }
}

/// A phone number is never followed by a Japanese counter: 「第709条」「1000人」「3万円」.
const COUNTERS: &[char] = &[
    '条', '項', '号', '円', '人', '件', '万', '億', '日', '年', '月', '%',
];

/// The tokens of `s` that are not allowed (a plain number before a counter is).
pub fn unlisted_numbers(s: &str) -> Vec<String> {
    tokens_and_next(s)
        .into_iter()
        .filter(|(t, next)| {
            let counted = !t.starts_with('#')
                && t.bytes().all(|b| b.is_ascii_digit())
                && next.is_some_and(|c| COUNTERS.contains(&c));
            !counted && !number_allowed(t)
        })
        .map(|(t, _)| t)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizer_finds_phone_numbers() {
        assert_eq!(
            number_tokens("TEL:0120-340-030 (平日9:00～17:00)"),
            ["0120-340-030", "9", "00", "17", "00"]
        );
        assert_eq!(number_tokens("０６－６３５５－４７８８"), ["06-6355-4788"]);
        assert_eq!(number_tokens("相談は#9110、緊急時は110"), ["#9110", "110"]);
        assert_eq!(number_tokens("０３ー６４５７ー９８４９"), ["03-6457-9849"]);
        assert!(!number_allowed("06-6355-4788"));
        assert!(!number_allowed("03-1234-5678"));
        assert!(!number_allowed("03-3669-9833")); // FINMAC's fax: read, not shown
        assert!(!number_allowed("#7119"));
        assert!(!number_allowed("0570"));
        assert!(!number_allowed("119"));
        assert!(!number_allowed("0120645005")); // a listed number without its hyphens
        assert!(number_allowed("0120-64-5005"));
        assert!(number_allowed("2025-05-02"));
        assert!(number_allowed("2026-12"));
        assert!(number_allowed("1,000"));
        assert!(number_allowed("2025"));
        assert!(number_allowed("30"));
        assert!(number_allowed("3-5-3-3"));
        assert!(!number_allowed("110-1234"));
        assert_eq!(
            unlisted_numbers("0120-64-5005 か 0120-64-5006"),
            ["0120-64-5006"]
        );
        assert!(unlisted_numbers("民法第709条・第710条、1000人").is_empty());
        assert_eq!(
            unlisted_numbers("電話 0570-064-738 へ、#7119日"),
            ["0570-064-738", "#7119"]
        );
    }

    /// Every entry names its page and a check date no later than the last check (2026-12-07).
    #[test]
    fn every_number_has_its_page_and_check_date() {
        let mut seen = std::collections::HashSet::new();
        for v in VERIFIED_NUMBERS {
            assert!(seen.insert(v.number), "{} listed twice", v.number);
            assert!(!v.who.is_empty() && !v.page.is_empty(), "{v:?}");
            assert!(is_date(v.checked), "{v:?}: check date {:?}", v.checked);
            assert!(v.checked <= "2026-12-07", "{v:?} checked in the future");
            assert!(
                number_tokens(v.number) == [v.number],
                "{} is not one number",
                v.number
            );
        }
    }
}
