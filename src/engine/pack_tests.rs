use super::*;

#[test]
fn the_seven_schemes_in_order() {
    let ids: Vec<&str> = packs().iter().map(|p| p.id).collect();
    assert_eq!(
        ids,
        [
            "higashi-nippon/business-ib",
            "mishima-shinkin/web-banking",
            "mishima-shinkin/web-fb",
            "statutory/stolen-card",
            "statutory/counterfeit-card",
            "jba/ib-individual",
            "jba/ib-corporate",
        ]
    );
    assert!(pack("nope").is_none());
}

#[test]
fn window_days_follow_the_wording() {
    let w = |id: &str| {
        pack(id)
            .and_then(|p| p.window)
            .map(|w| w.notify_within_days)
    };
    assert_eq!(w("higashi-nippon/business-ib"), Some(30));
    assert_eq!(w("mishima-shinkin/web-banking"), Some(29));
    assert_eq!(w("mishima-shinkin/web-fb"), Some(29));
    assert_eq!(w("statutory/stolen-card"), Some(30));
    assert_eq!(w("statutory/counterfeit-card"), None);
    assert_eq!(w("jba/ib-individual"), Some(30));
    assert_eq!(w("jba/ib-corporate"), None);
}

#[test]
fn dates_are_real() {
    for p in packs() {
        assert_ne!(p.as_of, NaiveDate::MIN, "{}", p.id);
        assert_ne!(p.start.date, NaiveDate::MIN, "{}", p.id);
    }
    let p = pack("higashi-nippon/business-ib");
    assert_eq!(p.map(|p| p.as_of), NaiveDate::from_ymd_opt(2019, 4, 12));
    assert_eq!(
        p.and_then(|p| p.start.time),
        NaiveTime::from_hms_opt(9, 0, 0)
    );
}

#[test]
fn web_fb_shares_the_questions() {
    let a = pack("mishima-shinkin/web-banking").map(|p| p.questions.as_ptr());
    let b = pack("mishima-shinkin/web-fb").map(|p| p.questions.as_ptr());
    assert!(a.is_some());
    assert_eq!(a, b);
}

/// Issue 13 / 21: the ordinary-negligence example carries the whole condition (a guessable
/// PIN after the bank's repeated individual warnings, and the card kept with a document
/// showing it), as two facts the victim can confirm, joined by `requires`.
#[test]
fn stolen_card_negligence_example_is_whole() {
    let p = pack("statutory/stolen-card");
    let q = p.and_then(|p| p.question("guessable_pin_after_warnings"));
    let d = p.and_then(|p| p.question("pin_document_with_card"));
    let ja = format!(
        "{}{}",
        q.map(|q| q.text.ja()).unwrap_or_default(),
        d.map(|q| q.text.ja()).unwrap_or_default()
    );
    let en = format!(
        "{}{}",
        q.map(|q| q.text.en()).unwrap_or_default(),
        d.map(|q| q.text.en()).unwrap_or_default()
    );
    for part in ["何度も", "推測されやすい暗証番号", "書類", "一緒に"] {
        assert!(ja.contains(part), "ja lacks {part}");
    }
    for part in ["repeatedly", "easy to guess", "together with a document"] {
        assert!(en.contains(part), "en lacks {part}");
    }
    assert_eq!(
        q.map(|q| q.requires),
        Some(&["pin_document_with_card", "bank_good_faith"][..])
    );
}

/// Issue 13: only periods counted forward from an event may be extended (民法142).
#[test]
fn each_deadline_rule_says_which_way_it_counts() {
    let counts = |id: &str| pack(id).and_then(|p| p.window).map(|w| w.counts);
    assert_eq!(
        counts("higashi-nippon/business-ib"),
        Some(Counts::ForwardFromEvent)
    );
    for id in [
        "mishima-shinkin/web-banking",
        "mishima-shinkin/web-fb",
        "statutory/stolen-card",
        "jba/ib-individual",
    ] {
        assert_eq!(counts(id), Some(Counts::BackFromNotice), "{id}");
    }
    let bar = pack("statutory/stolen-card").and_then(|p| p.bar);
    assert_eq!(bar.map(|b| b.counts), Some(Counts::ForwardFromEvent));
}

#[test]
fn contact_hours_for_the_calendar() {
    let p = pack("mishima-shinkin/web-banking");
    let c = p.and_then(|p| p.contacts.iter().find(|c| c.phone.is_some()));
    let h = c.map(|c| c.hours.hours());
    assert_eq!(h.map(|h| h.kind), Some(HoursKind::BankDays));
    assert_eq!(h.map(|h| h.open), NaiveTime::from_hms_opt(9, 0, 0));
    assert_eq!(h.map(|h| h.close), NaiveTime::from_hms_opt(17, 0, 0));
}
