//! The advice data (`advice.rs` has the types): the sources, the contacts, the emergency panel, the
//! steps on every banking result, the advice-only scenarios, and what the seeds say that is left out.
//! Static data only. Long (~1,300 lines) because it is one entry per source, contact and scenario,
//! each item beside the source it cites; split further it would only scatter them.

use super::{AdviceItem, AdvicePack, Contact, EmergencyPanel, LeftOut, Source};
use crate::engine::Text;
use crate::text as t;

const fn step(id: &'static str, text: Text, detail: Option<Text>, source: Source) -> AdviceItem {
    AdviceItem {
        id,
        text,
        detail,
        source,
    }
}

/// Day the undated sources and the statutes were last checked.
pub(super) const CHECKED: &str = "2026-11-23";

// ---- Sources ----------------------------------------------------------------------------------

const fn seed000(clause: &'static str) -> Source {
    Source {
        doc: "000",
        clause,
        title: t!(
            "法律相談Q&A「オンライン証券でハッキングに遭い資産が盗まれた」",
            "Legal Q&A: \"My online brokerage account was hacked and assets stolen\"",
        ),
        as_of: CHECKED,
    }
}

const fn seed001(clause: &'static str) -> Source {
    Source {
        doc: "001",
        clause,
        title: t!(
            "法律相談Q&A「インターネット上で個人情報が漏洩した」",
            "Legal Q&A: \"My personal data leaked on the internet\"",
        ),
        as_of: CHECKED,
    }
}

pub(super) const fn seed002(clause: &'static str) -> Source {
    Source {
        doc: "002",
        clause,
        title: t!(
            "東日本銀行「東日本ビジネスIBサービスの不正利用に関する補償について」",
            "Higashi-Nippon Bank: compensation for unauthorized use of its business internet banking",
        ),
        as_of: "2019-04-12",
    }
}

const fn seed003(clause: &'static str) -> Source {
    Source {
        doc: "003",
        clause,
        title: t!(
            "三島信用金庫「インターネットバンキングによる不正送金被害への補償対応について」",
            "Mishima Shinkin Bank: compensation for unauthorized internet-banking transfers",
        ),
        as_of: CHECKED,
    }
}

pub(super) const fn seed004(clause: &'static str) -> Source {
    Source {
        doc: "004",
        clause,
        title: t!(
            "法律事務所コラム「顧客情報を不正に持ち出した際の損害賠償について」",
            "Law firm article: damages when customer data is taken out without authorization",
        ),
        as_of: "2024-10-08",
    }
}

const fn furikome_act(clause: &'static str) -> Source {
    Source {
        doc: "振り込め詐欺救済法",
        clause,
        title: t!(
            "犯罪利用預金口座等に係る資金による被害回復分配金の支払等に関する法律",
            "Act on Damage Recovery Payments from Funds in Bank Accounts Used for Crime (Furikome Fraud Relief Act)",
        ),
        as_of: CHECKED,
    }
}

const fn appi(clause: &'static str) -> Source {
    Source {
        doc: "個人情報保護法",
        clause,
        title: t!(
            "個人情報の保護に関する法律・同法施行規則",
            "Act on the Protection of Personal Information (APPI) and its Enforcement Rules",
        ),
        as_of: CHECKED,
    }
}

const fn ppc(clause: &'static str) -> Source {
    Source {
        doc: "個人情報保護委員会",
        clause,
        title: t!(
            "個人情報保護委員会のガイドライン・Q&A",
            "Personal Information Protection Commission: guidelines and Q&A",
        ),
        as_of: CHECKED,
    }
}

const JSDA_2025_05_02: Source = jsda("2025年5月2日公表(不正取引被害の補償方針)");

const NPA: Source = Source {
    doc: "警察庁",
    clause: "警察相談専用電話 #9110/110番",
    title: t!(
        "警察庁「警察相談専用電話 #9110」",
        "National Police Agency: police consultation line #9110",
    ),
    as_of: CHECKED,
};

const CAA: Source = Source {
    doc: "消費者庁",
    clause: "消費者ホットライン188",
    title: t!(
        "消費者庁「消費者ホットライン」",
        "Consumer Affairs Agency: consumer hotline",
    ),
    as_of: CHECKED,
};

const DICJ: Source = Source {
    doc: "預金保険機構",
    clause: "振り込め詐欺救済法の概要・振り込め詐欺救済法に関する窓口",
    title: t!(
        "預金保険機構「振り込め詐欺救済法に基づく公告」",
        "Deposit Insurance Corporation of Japan: public notices under the Furikome Fraud Relief Act",
    ),
    as_of: FACTS_CHECKED,
};

const fn depositor_act(clause: &'static str) -> Source {
    Source {
        doc: "預金者保護法",
        clause,
        title: t!(
            "偽造カード等及び盗難カード等を用いて行われる不正な機械式預貯金払戻し等からの預貯金者の保護等に関する法律",
            "Act on Protection of Depositors from Unauthorized Machine Withdrawals Using Counterfeit or Stolen Cards",
        ),
        as_of: CHECKED,
    }
}

const DEPOSITOR_ACT: Source = depositor_act("第4条・第5条");

const fn card_terms(clause: &'static str) -> Source {
    Source {
        doc: "カード会社の会員規約",
        clause,
        title: t!(
            "お持ちのカードの会員規約（発行会社ごとに異なる）",
            "Your card's member terms (they differ between issuers)",
        ),
        as_of: CHECKED,
    }
}

const CARD_TERMS: Source = card_terms("紛失・盗難、不正利用の届出と補償の条項");

/// The month the facts of `shared/sources/advice-facts.md` were read at their official pages (the
/// record gives the month only).
pub(super) const FACTS_CHECKED: &str = "2026-12";

/// The official order after a transfer to a fraudster: the police, then the receiving bank at once;
/// your own bank for a recall (組戻し).
const GOV_ONLINE: Source = Source {
    doc: "政府広報オンライン",
    clause: "被害にあったら：警察、振込先の金融機関へ（振り込め詐欺救済法）",
    title: t!(
        "政府広報オンライン（振り込め詐欺救済法の解説記事）",
        "Government of Japan Public Relations Online: article on the Furikome Fraud Relief Act",
    ),
    as_of: FACTS_CHECKED,
};

/// 預金保険機構's warning of 2013-05-01 (dic.go.jp/happyo/page_001775.html): the refund is only the
/// banks' payment procedure, from the frozen balance where it is ¥1,000 or more; the corporation
/// asks no one for money.
const DICJ_WARNING: Source = Source {
    doc: "預金保険機構",
    clause: "「凍結した口座の残高（千円以上の場合）」「金銭を要求することはありません」",
    title: t!(
        "預金保険機構「振り込め詐欺救済法に基づく返金制度を装った詐欺行為にご注意ください」",
        "Deposit Insurance Corporation of Japan: beware of frauds posing as the Furikome Fraud Relief Act's refund",
    ),
    as_of: "2013-05-01",
};

const PPC_DIAL: Source = Source {
    doc: "個人情報保護委員会",
    clause: "個人情報保護法相談ダイヤル",
    title: t!(
        "個人情報保護委員会「個人情報保護法相談ダイヤル」",
        "Personal Information Protection Commission: consultation line on the APPI",
    ),
    as_of: "2026-12-07",
};

const FINMAC: Source = Source {
    doc: "FINMAC",
    clause: "相談等の流れ・お問い合わせ先",
    title: t!(
        "証券・金融商品あっせん相談センター（FINMAC）「相談等の流れ」",
        "Financial Instruments Mediation Assistance Center (FINMAC): how consultations work",
    ),
    as_of: FACTS_CHECKED,
};

const ZENGINKYO: Source = Source {
    doc: "全国銀行協会",
    clause: "全国銀行協会相談室",
    title: t!(
        "全国銀行協会「全国銀行協会相談室」の案内（外国語のページ）",
        "Japanese Bankers Association: its consultation office (page for foreign-language speakers)",
    ),
    as_of: FACTS_CHECKED,
};

const NPA_CYBER: Source = Source {
    doc: "警察庁",
    clause: "サイバー事案の通報・相談（オンライン受付）",
    title: t!(
        "警察庁「サイバー事案の通報・相談窓口」",
        "National Police Agency: reporting cybercrime online",
    ),
    as_of: FACTS_CHECKED,
};

/// Damages for a leak as courts have awarded them (民法709・710条).
const LEAK_COURTS: Source = Source {
    doc: "民法",
    clause: "第709条・第710条（裁判例：ベネッセ事件 東京地裁2018-12-27・2023-02-27、Yahoo!BB事件 大阪高裁2007年、宇治市事件、最高裁2017-10-23）",
    title: t!(
        "民法（不法行為）と個人情報の漏えいについての裁判例",
        "Civil Code (torts) and court decisions on personal-data leaks",
    ),
    as_of: FACTS_CHECKED,
};

/// Municipal consumer pages: victims are targeted again ("we can get it back / delete it for a fee").
const FOLLOW_UP_SCAMS: Source = Source {
    doc: "消費生活センター",
    clause: "二次被害（「お金を取り戻せる」「漏れた情報を削除する」と持ちかける勧誘）",
    title: t!(
        "自治体の消費生活センターの注意喚起（二次被害）",
        "Municipal consumer affairs centres: warnings about follow-up scams",
    ),
    as_of: FACTS_CHECKED,
};

/// The 2025 agreement of ten securities firms (`shared/sources/brokerage-2025.md`).
const fn jsda(clause: &'static str) -> Source {
    Source {
        doc: "日本証券業協会",
        clause,
        title: t!(
            "日本証券業協会 証券口座への不正アクセス・不正取引被害への対応",
            "Japan Securities Dealers Association: response to unauthorized access and trading",
        ),
        as_of: "2025-05-02",
    }
}

// ---- Contacts ---------------------------------------------------------------------------------

/// Your bank's fraud line, cited to the document that sends the user there.
const fn bank_line(source: Source) -> Contact {
    Contact {
        id: "bank-line",
        name: t!(
            "お取引銀行の紛失・不正利用の窓口",
            "Your bank's lost-card / fraud line",
        ),
        phone: None,
        hours: t!("銀行により異なる", "Depends on the bank"),
        note: Some(t!(
            "番号は銀行のウェブサイトや通帳で確かめてください（カードが手元にあれば裏面にもあります）。",
            "Find the number on your bank's website or in your passbook (or on the back of the card, if you still have it).",
        )),
        source,
    }
}

const BANK_LINE: Contact = bank_line(seed002("不正利用により被害にあわれた場合(1)"));

const POLICE_9110: Contact = Contact {
    id: "police-9110",
    name: t!("警察相談専用電話", "Police consultation line"),
    phone: Some("#9110"),
    hours: t!(
        "平日8:30〜17:15（都道府県警察により異なる）。時間外は当直または音声案内",
        "Weekdays 8:30–17:15 (varies by prefecture); at other times a duty officer or recorded guidance",
    ),
    note: Some(t!(
        "管轄の警察本部の相談窓口につながります。",
        "Puts you through to your local police consultation desk.",
    )),
    source: NPA,
};

const POLICE_110: Contact = Contact {
    id: "police-110",
    name: t!("警察（緊急通報）", "Police emergency"),
    phone: Some("110"),
    hours: t!("24時間", "24 hours"),
    note: Some(t!(
        "今まさに被害が起きているなど、緊急のときに。",
        "For an emergency, such as a crime happening right now.",
    )),
    source: NPA,
};

/// The police lines, #9110 then 110, for the police sheet (issue 15).
pub const POLICE_CONTACTS: &[Contact] = &[POLICE_9110, POLICE_110];

const CONSUMER_188: Contact = Contact {
    id: "consumer-188",
    name: t!("消費者ホットライン", "Consumer hotline"),
    phone: Some("188"),
    hours: t!(
        "窓口により異なる。年末年始（12月29日〜1月3日）を除き原則毎日",
        "Varies by centre; in principle every day except 29 Dec – 3 Jan",
    ),
    note: Some(t!(
        "近くの消費生活センターなどの相談窓口を案内します。郵便番号を聞かれます。一部のIP電話やプリペイド式の携帯電話からは、188や#9110にかけられないことがあります。",
        "Connects you to a nearby consumer affairs centre; you are asked for your postcode. Some IP phones and prepaid mobiles cannot call 188 or #9110.",
    )),
    source: CAA,
};

const PPC_CONTACT: Contact = Contact {
    id: "ppc",
    name: t!(
        "個人情報保護委員会 個人情報保護法相談ダイヤル",
        "Personal Information Protection Commission: consultation line on the APPI",
    ),
    phone: Some("03-6457-9849"),
    hours: t!(
        "9:30〜17:30（土日祝日と年末年始を除く）",
        "9:30–17:30 (not on weekends, public holidays or over the New Year)",
    ),
    note: Some(t!(
        "個人情報の扱いについての相談や、事業者との間の苦情の相談を電話で受けています。",
        "Takes calls about how personal data is handled, and complaints about a business's handling of it.",
    )),
    source: PPC_DIAL,
};

const FINMAC_CONTACT: Contact = Contact {
    id: "finmac",
    name: t!(
        "証券・金融商品あっせん相談センター（FINMAC）",
        "Financial Instruments Mediation Assistance Center (FINMAC)",
    ),
    phone: Some("0120-64-5005"),
    hours: t!("平日9:00〜17:00", "Weekdays 9:00–17:00"),
    note: Some(t!(
        "相談を受け、苦情を証券会社に伝えます。会社の答えに納得できなければ、弁護士によるあっせんもあります。",
        "Gives advice and passes complaints to the firm; if you cannot accept the firm's answer, lawyers can mediate.",
    )),
    source: FINMAC,
};

const ZENGINKYO_CONTACT: Contact = Contact {
    id: "zenginkyo",
    name: t!("全国銀行協会相談室", "Japanese Bankers Association consultation office"),
    phone: Some("0570-017109"),
    hours: t!(
        "出典に受付時間の記載なし（協会のウェブサイトで確かめてください）",
        "Hours not given in the source (see the association's website)",
    ),
    note: Some(t!(
        "銀行との話し合いがつかないときの相談先です。03-5252-3772 からもかけられます。",
        "Where to turn when you cannot settle things with the bank. Also reachable at 03-5252-3772.",
    )),
    source: ZENGINKYO,
};

/// The police's online desk for cybercrime (in place of the prefectures' mail forms since
/// 2024-03-29).
const NPA_CYBER_CONTACT: Contact = Contact {
    id: "npa-cyber",
    name: t!(
        "警察庁 サイバー事案の通報・相談窓口（オンライン）",
        "National Police Agency: cybercrime reports and consultation (online)",
    ),
    phone: None,
    hours: t!(
        "警察庁のウェブサイトの受付フォームから",
        "Through the form on the agency's website"
    ),
    note: Some(t!(
        "2024年3月29日から、都道府県警察のメールでの受付に代わって、この窓口で受け付けています。",
        "Since 29 March 2024 it takes the reports the prefectures' police used to take by e-mail.",
    )),
    source: NPA_CYBER,
};

// ---- Emergency panel and steps for every banking result ---------------------------------------

pub static EMERGENCY: EmergencyPanel = EmergencyPanel {
    title: t!("最初の1時間にすること", "What to do in the first hour"),
    intro: t!("今すぐ、上から順に。", "Do these now, from the top."),
    steps: &[
        step(
            "em-call-bank",
            t!(
                "銀行に今すぐ電話し、インターネットバンキングとカードを止めてもらう。",
                "Call your bank now and have your internet banking and cards stopped.",
            ),
            Some(t!(
                "番号は銀行のウェブサイトや通帳にあります（カードが手元にあれば裏面にも）。証券口座やクレジットカードなら、その会社へ。",
                "The number is on the bank's website and in your passbook (and on the back of the card, if you still have it). For a brokerage account or credit card, call that company.",
            )),
            seed002("不正利用により被害にあわれた場合(1)"),
        ),
        step(
            "em-freeze-receiving",
            t!(
                "詐欺の口座に振り込んだなら、警察に届け出て、すぐに振込先の銀行にも電話し、口座を止める（凍結する）よう頼む。",
                "If you sent money to a fraudster, tell the police, then call the receiving bank (the bank of the account you paid into) at once and ask it to freeze the account.",
            ),
            Some(t!(
                "お金が引き出される前に止めることが大切です。振込をした自分の銀行には、組戻し（振込の取消し）を頼めます。",
                "It has to be stopped before the money is withdrawn. Your own bank, which sent the transfer, can be asked for a recall (組戻し).",
            )),
            GOV_ONLINE,
        ),
        step(
            "em-keep-evidence",
            t!(
                "パソコンやスマートフォンは、初期化や削除をせずにそのまま残す。",
                "Keep your PC and smartphone as they are: never reset or wipe them.",
            ),
            Some(t!(
                "メール、SMS、画面の記録、明細も消さずに残す。銀行から電源を切って使わないよう求められたら（東日本銀行のビジネスIBの条件など）、了承があるまで使わない。",
                "Keep emails, text messages, screenshots and statements too. If your bank asks you to switch the PC off and not use it (a condition of Higashi-Nippon Bank's business internet banking, for one), don't use it until the bank agrees.",
            )),
            seed002("不正利用により被害にあわれた場合(2)"),
        ),
        step(
            "em-passwords",
            t!(
                "パスワードは、別の安全な端末から変更する。",
                "Change your passwords from another, clean device.",
            ),
            None,
            seed001("「パスワードを変更したり」"),
        ),
        step(
            "em-police",
            t!(
                "警察に届け出る（相談は#9110、緊急時は110）。",
                "Report it to the police (#9110 to consult; 110 in an emergency).",
            ),
            Some(t!(
                "警察への届出は、多くの補償制度の条件です。",
                "Many compensation schemes require a police report.",
            )),
            seed003("補償の前提となる条件(3)"),
        ),
    ],
    contacts: &[BANK_LINE, POLICE_9110, POLICE_110, CONSUMER_188],
    note: t!(
        "これは一般的な案内です。補償するかどうかと金額は、銀行などが決めます。",
        "This is general guidance. Your bank or firm decides whether and how much it pays.",
    ),
};

/// The police line, on every banking result: the public number only (the pack's own police
/// step, where it has one, says what its clause requires).
const ALWAYS_POLICE_LINE: AdviceItem = step(
    "always-police-line",
    t!(
        "警察に相談する（相談は#9110、緊急時は110）。",
        "Talk to the police (#9110 to consult; 110 in an emergency).",
    ),
    None,
    NPA,
);

/// Shown under 「必ず」 on an internet-banking result, covered or not (issue 12: nothing here
/// cites a document that is not about the case; the bank's own steps are the pack's).
/// The police come first (the official order), then the receiving bank; where the pack has its
/// own police step, that step is shown first and this police line is left out (`plan.rs`).
pub static ALWAYS_STEPS: &[AdviceItem] = &[
    ALWAYS_POLICE_LINE,
    step(
        "always-freeze-receiving",
        t!(
            "すぐに送金先の銀行（お金が送られた口座の銀行）にも電話し、口座を止める（凍結する）よう頼む。",
            "Call the receiving bank too (the bank of the account the money went to), at once, and ask it to freeze the account.",
        ),
        Some(t!(
            "お金が引き出される前に止めることが大切です。自分の銀行には、組戻し（送金の取消し）を頼めます。",
            "It has to be stopped before the money is withdrawn. Your own bank can be asked for a recall (組戻し).",
        )),
        GOV_ONLINE,
    ),
];

/// Under 「必ず」 on a stolen-card result: stop the card, then a theft report at a police box or
/// station (a theft is reported there, not to #9110); no PC or password step.
pub(super) static ALWAYS_STOLEN: &[AdviceItem] = &[
    step(
        "always-stop-card",
        t!(
            "盗まれたカードを止めてもらう（まだなら今すぐ銀行へ）。",
            "Have the stolen card stopped (call the bank now if you haven't).",
        ),
        None,
        depositor_act("第5条第1項第1号"),
    ),
    step(
        "always-theft-report",
        t!(
            "交番か警察署で盗難届を出し、受理番号を控えて銀行に伝える。",
            "Report the theft at a police box (交番) or police station, note the report's receipt number (受理番号) and give it to the bank.",
        ),
        Some(t!(
            "#9110は相談のための窓口で、盗難の届出先ではありません。今まさに被害が起きているなど緊急のときは110へ。",
            "#9110 is for advice; a theft is not reported there. In an emergency, such as a crime happening right now, call 110.",
        )),
        depositor_act("第5条第1項第3号"),
    ),
];

/// Under 「必ず」 on a counterfeit-card result: stop the card; no PC or password step.
pub(super) static ALWAYS_COUNTERFEIT: &[AdviceItem] = &[
    step(
        "always-stop-card",
        t!(
            "カードを止めてもらう（まだなら今すぐ銀行へ）。",
            "Have the card stopped (call the bank now if you haven't).",
        ),
        None,
        depositor_act("第4条"),
    ),
    ALWAYS_POLICE_LINE,
];

// ---- Scenarios --------------------------------------------------------------------------------

const BROKERAGE: AdvicePack = AdvicePack {
    id: "brokerage-hacked",
    title: t!("証券口座が乗っ取られた", "Brokerage account hacked"),
    summary: t!(
        "まず証券会社にすぐ連絡を。補償は、会社の制度と個別の判断によります。",
        "Tell the firm at once. Any compensation depends on the firm's own programme and a case-by-case decision.",
    ),
    as_of: CHECKED,
    version: "1",
    steps: &[
        step(
            "brk-notify-firm",
            t!(
                "証券会社にすぐ連絡し、被害を届け出る。",
                "Tell your securities firm at once and report the loss.",
            ),
            Some(t!(
                "会社が被害の状況と原因を調べます。会社から警察や金融庁に報告することもあります。",
                "The firm looks into what happened and why. It may also report to the police or the Financial Services Agency.",
            )),
            seed000("「まずは速やかに該当の証券会社に被害届を提出」"),
        ),
        step(
            "brk-secure",
            t!(
                "別の安全な端末からパスワードを変え、多要素認証（ワンタイムパスワードなど）を設定する。公式サイトはブックマークから開く。",
                "From another, clean device, change your password and turn on multi-factor authentication (such as one-time passwords). Open the firm's site only from a bookmark.",
            ),
            Some(t!(
                "メールやSMSのリンクからはログインしないでください。",
                "Don't log in from links in emails or text messages.",
            )),
            JSDA_2025_05_02,
        ),
        step(
            "brk-police",
            t!(
                "警察にも相談する（#9110、緊急時は110）。",
                "Consult the police too (#9110; 110 in an emergency).",
            ),
            None,
            NPA,
        ),
        step(
            "brk-jsda",
            t!(
                "日本証券業協会は2025年5月2日、証券会社10社が、2025年1月以降に第三者が口座に入り込んで行った不正な売買の被害を、約款にかかわらず補償すると発表しました。額は、IDやパスワード（多要素認証の設定を含む）の管理の状況や、会社の対策・注意喚起をふまえて個別に決まります。あなたの会社が対象か確かめてください。",
                "On 2 May 2025 the Japan Securities Dealers Association announced that ten firms would compensate losses from trades made by someone who got into a customer's account since January 2025, whatever their terms say. How much is decided case by case, weighing how the customer looked after the ID and password (multi-factor settings included) and the firm's own measures and warnings. Ask whether your firm is one of them.",
            ),
            None,
            JSDA_2025_05_02,
        ),
        step(
            "brk-firm-scheme",
            t!(
                "10社以外の会社なら、補償制度（「インターネットトラブル補償制度」など）があるか、条件とあわせて確かめる。",
                "With another firm, ask whether it has a compensation programme (such as an \"internet trouble compensation scheme\") and on what terms.",
            ),
            Some(t!(
                "一部の会社だけの制度です。対象でも、被害の全額が補償されるとは限りません。",
                "Only some firms have one, and it may not cover the whole loss.",
            )),
            seed000("「インターネットトラブル補償制度」"),
        ),
        step(
            "brk-lawyer",
            t!(
                "被害額が確定したら、弁護士に相談する。賠償責任は裁判で判断されることが多いためです。",
                "Once the loss is known, see a lawyer: liability is often decided in court.",
            ),
            None,
            seed000("「訴訟によって判断されることが多い」"),
        ),
        step(
            "brk-follow-up-scam",
            t!(
                "「お金を取り戻せる」と言って費用や手数料、ATMの操作を求める電話やメールは、詐欺を疑ってください。",
                "Treat any call or e-mail that offers to get your money back for a fee, or asks you to operate an ATM, as a scam.",
            ),
            Some(t!(
                "被害にあった人は、もう一度ねらわれることがあります。困ったら消費者ホットライン188へ。",
                "People who have lost money are often targeted again. If in doubt, call the consumer hotline 188.",
            )),
            FOLLOW_UP_SCAMS,
        ),
    ],
    contacts: &[
        Contact {
            id: "securities-firm",
            name: t!("お取引の証券会社", "Your securities firm"),
            phone: None,
            hours: t!("会社により異なる", "Depends on the firm"),
            note: Some(t!(
                "連絡先は会社の公式サイトで確かめてください（メールのリンクは使わない）。",
                "Find the contact on the firm's official website, not through a link in an email.",
            )),
            source: seed000("「まずは速やかに該当の証券会社に被害届を提出」"),
        },
        FINMAC_CONTACT,
        POLICE_9110,
        POLICE_110,
        NPA_CYBER_CONTACT,
        CONSUMER_188,
    ],
    notes: &[
        step(
            "brk-note-duties",
            t!(
                "証券会社は十分なセキュリティ対策をとる必要があり、不備があれば会社の責任が問われることがあります。利用者も、会社からの注意喚起メールを確かめ、パスワードをきちんと管理する必要があります。",
                "The firm must keep its security adequate and may be liable if it fell short. You are expected to read its security notices and look after your password.",
            ),
            None,
            seed000("「証券会社は、セキュリティ対策の徹底」「被害者側にも、安全対策に対する注意義務」"),
        ),
    ],
    docs: &["000", "日本証券業協会", "FINMAC", "警察庁", "消費者庁", "消費生活センター"],
};

const DATA_LEAK: AdvicePack = AdvicePack {
    id: "data-leak",
    title: t!("個人情報が漏れた", "Personal data leaked"),
    summary: t!(
        "パスワードを変え、フィッシングに注意を。漏らした事業者に、賠償・謝罪・再発防止を求めることができます。ただし、裁判で認められる賠償は多くの場合少額です。",
        "Change your passwords and watch for phishing. You can ask the business that leaked it for damages, an apology and prevention, but the damages courts award are usually small.",
    ),
    as_of: CHECKED,
    version: "1",
    steps: &[
        step(
            "leak-passwords",
            t!(
                "漏れたパスワードを使っていた所は、すべて変更する。",
                "Change your password wherever you used the leaked one.",
            ),
            None,
            seed001("「パスワードを変更したり」"),
        ),
        step(
            "leak-cards",
            t!(
                "カード番号や銀行のID・パスワードが漏れたなら、カード会社や銀行に連絡して止めてもらい、再発行を頼む。その後も利用明細を確かめる。",
                "If card numbers or bank logins leaked, call the card company or bank to have them stopped and reissued, and keep checking your statements.",
            ),
            None,
            card_terms("紛失・盗難、不正利用の届出と再発行の条項"),
        ),
        step(
            "leak-phishing",
            t!(
                "不審なメールやメッセージのリンクは開かない。",
                "Don't open links in suspicious emails or messages.",
            ),
            None,
            seed001("「不審なメールやメッセージにはクリックしない」"),
        ),
        step(
            "leak-ask-business",
            t!(
                "漏らした事業者に、何が漏れたか、どう対応するかを確かめる。",
                "Ask the business what leaked and what it is doing about it.",
            ),
            Some(t!(
                "個人の権利利益を害するおそれが大きい漏えいでは、事業者は本人に通知しなければなりません。",
                "Where a leak is likely to seriously harm the people concerned, the business must notify them.",
            )),
            appi("第26条第2項"),
        ),
        step(
            "leak-police",
            t!(
                "実際に被害があれば、証拠をそろえて警察に届け出る（相談は#9110）。",
                "If you suffered actual harm, report it to the police with your evidence (#9110 to consult).",
            ),
            None,
            seed001("1.被害届の提出(警察署)"),
        ),
        step(
            "leak-damages",
            t!(
                "損害賠償を請求することができます（民法第709条・第710条）。お金の損害はその額を、精神的な苦痛には慰謝料を求めることができます。",
                "You can claim damages under the Civil Code (torts): the money you lost, and consolation money (慰謝料) for mental distress.",
            ),
            Some(t!(
                "裁判で認められた慰謝料は、1人あたり数千円から数万円ほどが多く（ベネッセの事件で3,300円など）、要配慮個人情報などではより高い例があります。認められなかった請求もあります。",
                "Courts have usually awarded a few thousand to a few tens of thousands of yen per person (3,300 yen in the Benesse case, for example), more for sensitive data, and some claims were rejected.",
            )),
            LEAK_COURTS,
        ),
        step(
            "leak-apology",
            t!(
                "謝罪と、再発防止策（保護方針の改善、セキュリティ強化など）を求めることができます。",
                "You can ask for an apology and for measures against a repeat (better policies, stronger security).",
            ),
            None,
            seed001("3.謝罪と再発防止策の求め"),
        ),
        step(
            "leak-ppc",
            t!(
                "個人情報保護委員会の相談ダイヤル（03-6457-9849）に相談できます。",
                "You can call the Personal Information Protection Commission's consultation line (03-6457-9849).",
            ),
            None,
            seed001("「個人情報保護委員会に相談することもできます」"),
        ),
        step(
            "leak-follow-up-scam",
            t!(
                "「漏れた情報を削除する」「お金を取り戻せる」と言って費用や手数料を求める電話やメールは、詐欺を疑ってください。",
                "Treat any call or e-mail that offers to delete your leaked data or get money back for a fee as a scam.",
            ),
            Some(t!(
                "漏えいの被害にあった人は、もう一度ねらわれることがあります。困ったら消費者ホットライン188へ。",
                "People whose data has leaked are often targeted again. If in doubt, call the consumer hotline 188.",
            )),
            FOLLOW_UP_SCAMS,
        ),
        step(
            "leak-188",
            t!(
                "事業者との話し合いに困ったら、消費者ホットライン188へ。",
                "If dealing with the business gets difficult, call the consumer hotline 188.",
            ),
            None,
            CAA,
        ),
    ],
    contacts: &[PPC_CONTACT, CONSUMER_188, POLICE_9110, NPA_CYBER_CONTACT],
    notes: &[],
    docs: &[
        "001",
        "個人情報保護法",
        "個人情報保護委員会",
        "警察庁",
        "消費者庁",
        "民法",
        "カード会社の会員規約",
        "消費生活センター",
    ],
};

const INSIDER: AdvicePack = AdvicePack {
    id: "insider-data-taken",
    title: t!("自社の顧客情報が持ち出された", "Our customer data was taken out"),
    summary: t!(
        "被害の拡大を止めて原因を調べ、個人情報保護委員会への報告と本人への通知を期限内に行います。",
        "Stop the spread, find the cause, and report to the Personal Information Protection Commission and tell the people affected, on time.",
    ),
    as_of: CHECKED,
    version: "1",
    steps: &[
        step(
            "ins-contain",
            t!(
                "責任者にすぐ報告し、被害の拡大を止める（持ち出した人のアクセス停止など）。",
                "Tell the person in charge at once and stop the damage spreading (for example, cut off the person's access).",
            ),
            None,
            ppc("ガイドライン(通則編)3-5-2(1)"),
        ),
        step(
            "ins-investigate",
            t!(
                "事実と原因を調べ、影響の範囲（誰の、どの情報か）を特定する。記録やログは消さずに残す。",
                "Establish the facts and the cause, and work out whose data and what data is affected. Keep records and logs.",
            ),
            None,
            ppc("ガイドライン(通則編)3-5-2(2)(3)"),
        ),
        step(
            "ins-report-prompt",
            t!(
                "個人情報保護委員会へ、知った後速やかに報告する（速報）。",
                "Report to the Personal Information Protection Commission promptly after learning of it (prompt report).",
            ),
            Some(t!(
                "対象は、要配慮個人情報、財産的被害のおそれ、不正の目的のおそれ、本人が千人を超える、のいずれかにあたる漏えい（そのおそれを含む）です。",
                "Required when the leak, actual or possible, involves sensitive data, a risk of financial loss, a possible unjust purpose, or more than 1,000 people.",
            )),
            appi("法第26条第1項、施行規則第7条・第8条第1項"),
        ),
        step(
            "ins-report-prompt-days",
            t!(
                "委員会のガイドラインでは、速報は知った時から「概ね3〜5日以内」とされています。",
                "The Commission's guideline expects the prompt report within roughly 3 to 5 days of learning of it.",
            ),
            None,
            ppc("ガイドライン(通則編)3-5-3-3"),
        ),
        step(
            "ins-report-final",
            t!(
                "確報は、知った日から30日以内。不正の目的で行われたおそれがあるとき（従業者による持ち出しなど）は60日以内。",
                "File the final report within 30 days of learning of it, or 60 days if it may have been done for an unjust purpose (such as an employee taking data out).",
            ),
            None,
            appi("施行規則第7条第3号・第8条第2項"),
        ),
        step(
            "ins-notify-people",
            t!(
                "影響を受ける本人に、状況に応じて速やかに通知する。通知が難しいときは、公表など代わりの措置をとる。",
                "Tell the people affected promptly, as the situation allows. If you cannot reach them, take another step such as a public notice.",
            ),
            None,
            appi("法第26条第2項、施行規則第10条"),
        ),
        step(
            "ins-compensate",
            t!(
                "顧客にお金の被害が出ていれば、その補償を検討する。",
                "If customers lost money, consider compensating them.",
            ),
            None,
            seed004("1. 直接的な損害"),
        ),
        step(
            "ins-prevent",
            t!(
                "再発防止策を決めて実行する（下の予防策を参照）。",
                "Decide on and carry out measures against a repeat (see the prevention notes below).",
            ),
            None,
            ppc("ガイドライン(通則編)3-5-2(4)"),
        ),
    ],
    contacts: &[
        PPC_CONTACT,
        Contact {
            id: "ppc-report",
            name: t!("個人情報保護委員会（漏えい等報告）", "Personal Information Protection Commission (leak reports)"),
            phone: None,
            hours: t!("委員会のウェブサイトで確認", "See the Commission's website"),
            note: Some(t!(
                "報告は委員会のウェブサイトから電子的に行います。",
                "Reports are filed online through the Commission's website.",
            )),
            source: appi("施行規則第8条第3項"),
        },
        POLICE_9110,
    ],
    notes: &[
        step(
            "ins-note-sector",
            t!(
                "金融など業種によっては、報告先が所管の官庁（金融庁や財務局など）になります。報告の前に確かめてください。",
                "In some sectors, such as finance, the report goes to the supervising authority (such as the Financial Services Agency or a local finance bureau). Check before you file.",
            ),
            None,
            ppc("金融分野ガイドラインQ&A Q4-7"),
        ),
        step(
            "ins-damage-direct",
            t!(
                "直接の損害：顧客の金銭被害の補償、被害拡大を防ぐためのセキュリティ強化の費用など。",
                "Direct damage: compensating customers' money losses, and the cost of security work to stop further harm.",
            ),
            None,
            seed004("1. 直接的な損害"),
        ),
        step(
            "ins-damage-trust",
            t!(
                "信用の失墜：取引の停止や解約、評判の低下による売上の減少。",
                "Loss of trust: customers stopping business or cancelling, and lost sales from a damaged reputation.",
            ),
            None,
            seed004("2. 信用失墜による間接的な損害"),
        ),
        step(
            "ins-damage-legal",
            t!(
                "法的な制裁：個人情報保護法や不正競争防止法などに違反すれば、行政上の措置や罰則の対象になり得ます。",
                "Legal sanctions: breaching the APPI, the Unfair Competition Prevention Act or other laws can lead to official measures and penalties.",
            ),
            None,
            seed004("3. 法的制裁による罰金"),
        ),
        step(
            "ins-prevent-access",
            t!(
                "予防：顧客情報にアクセスできる人を限り、監視の仕組みを入れる。",
                "Prevention: limit who can access customer data and monitor access.",
            ),
            None,
            seed004("予防策「アクセス権限の厳格管理」"),
        ),
        step(
            "ins-prevent-encrypt",
            t!(
                "予防：重要な顧客情報は暗号化する。",
                "Prevention: encrypt important customer data.",
            ),
            None,
            seed004("予防策「データの暗号化」"),
        ),
        step(
            "ins-prevent-training",
            t!(
                "予防：取扱いのルールを徹底し、定期的に研修する。",
                "Prevention: enforce handling rules and train staff regularly.",
            ),
            None,
            seed004("予防策「従業員教育」"),
        ),
        step(
            "ins-prevent-audit",
            t!(
                "予防：定期的な内部監査で、持ち出しがないか確かめる。",
                "Prevention: hold regular internal audits to check nothing is being taken out.",
            ),
            None,
            seed004("予防策「内部監査の強化」"),
        ),
    ],
    docs: &["004", "個人情報保護法", "個人情報保護委員会", "警察庁"],
};

const FURIKOME: AdvicePack = AdvicePack {
    id: "furikome-relief",
    title: t!(
        "詐欺の口座に振り込んだ（振り込め詐欺救済法）",
        "Money sent to a fraudster's account (Furikome Fraud Relief Act)",
    ),
    summary: t!(
        "振込先の口座が止められれば、残ったお金から分配を受けられることがあります。一刻も早く動いてください。",
        "If the receiving account is frozen, you may get a share of the money left in it. Act as fast as you can.",
    ),
    as_of: CHECKED,
    version: "2",
    steps: &[
        step(
            "fr-police",
            t!(
                "まず警察に被害を届け出る。",
                "First, report the fraud to the police.",
            ),
            Some(t!(
                "捜査機関などからの情報は、銀行が口座を止める判断の材料になります。",
                "Information from the police and similar bodies is what the bank weighs when deciding to freeze the account.",
            )),
            furikome_act("第3条第1項"),
        ),
        step(
            "fr-freeze",
            t!(
                "すぐに振込先の銀行（お金を振り込んだ口座の銀行）に電話し、口座を止める（凍結する）よう頼む。",
                "Then call the receiving bank (the bank of the account you paid into) at once and ask it to freeze the account.",
            ),
            Some(t!(
                "犯人がお金を引き出す前に止めることが大切です。番号は、振込先の銀行の公式ウェブサイトで確かめてください。",
                "It has to be stopped before the money is withdrawn. Find the number on the receiving bank's official website.",
            )),
            GOV_ONLINE,
        ),
        step(
            "fr-recall",
            t!(
                "振込をした自分の銀行には、組戻し（振込の取消し）を頼む。",
                "Ask your own bank, which sent the transfer, for a recall (組戻し).",
            ),
            None,
            GOV_ONLINE,
        ),
        step(
            "fr-watch-notice",
            t!(
                "手続は、預金保険機構のウェブサイトにお知らせ（公告）として載ります。振込先の口座が載っていないか確かめる。",
                "The procedure is announced in notices on the Deposit Insurance Corporation of Japan's website. Check whether the receiving account is listed.",
            ),
            None,
            furikome_act("第4条第1項・第5条・第11条"),
        ),
        step(
            "fr-apply",
            t!(
                "分配金の支払手続のお知らせ（公告）が出たら、その申請期間内に、振込先の銀行へ申請する。",
                "When the notice of the payment procedure appears, apply to the receiving bank within the period it gives.",
            ),
            Some(t!(
                "申請期間は、法律上30日以上と決められています。",
                "By law the period is at least 30 days.",
            )),
            furikome_act("第11条第2項・第12条第1項"),
        ),
        step(
            "fr-follow-up-scam",
            t!(
                "「お金を取り戻せる」と言って費用や手数料、ATMの操作を求める電話・手紙・メールは詐欺です。",
                "Any call, letter or e-mail that offers to get your money back for a fee, or asks you to operate an ATM, is a scam.",
            ),
            Some(t!(
                "預金保険機構や銀行が、返金のためにお金や手数料を求めたり、ATMの操作を頼んだりすることはありません。返金は、振込先の銀行が行う分配金の手続だけです。",
                "Neither the Deposit Insurance Corporation nor the banks ask victims for money or fees or to operate an ATM. The only refund is the receiving bank's payment procedure.",
            )),
            DICJ_WARNING,
        ),
    ],
    contacts: &[
        Contact {
            id: "receiving-bank",
            name: t!("振込先の銀行", "The receiving bank"),
            phone: None,
            hours: t!("銀行により異なる", "Depends on the bank"),
            note: Some(t!(
                "口座の凍結を頼む先です。番号は、その銀行の公式ウェブサイトで確かめてください。",
                "Where to ask for the account to be frozen. Find its number on that bank's official website.",
            )),
            source: GOV_ONLINE,
        },
        Contact {
            id: "own-bank",
            name: t!("振込をした自分の銀行", "Your own bank (which sent the transfer)"),
            phone: None,
            hours: t!("銀行により異なる", "Depends on the bank"),
            note: Some(t!(
                "組戻し（振込の取消し）を頼む先です。番号は、銀行のウェブサイトや通帳で確かめてください。",
                "Where to ask for a recall (組戻し). Find the number on the bank's website or in your passbook.",
            )),
            source: GOV_ONLINE,
        },
        POLICE_9110,
        POLICE_110,
        Contact {
            id: "dicj",
            name: t!(
                "預金保険機構 振り込め詐欺救済法に関する窓口",
                "Deposit Insurance Corporation of Japan: Furikome Fraud Relief Act desk",
            ),
            phone: Some("03-6262-6794"),
            hours: t!("平日9:30〜18:00", "Weekdays 9:30–18:00"),
            note: Some(t!(
                "振込先の口座のお知らせ（公告）は、機構のウェブサイトに載ります。",
                "Notices about the receiving account appear on its website.",
            )),
            source: DICJ,
        },
        ZENGINKYO_CONTACT,
    ],
    notes: &[
        step(
            "fr-note-share",
            t!(
                "支払われるのは、口座に残っていたお金からです。ほかの被害者がいれば被害額に応じて分けるため、全額は戻らないことがあります。",
                "Payment comes only from what was left in the account and is shared among victims by loss, so you may not get everything back.",
            ),
            None,
            DICJ,
        ),
        step(
            "fr-note-1000",
            t!(
                "口座に残っていたお金が1,000円未満なら、支払はありません。",
                "Nothing is paid if less than 1,000 yen was left in the account.",
            ),
            None,
            DICJ_WARNING,
        ),
        step(
            "fr-note-scope",
            t!(
                "対象は、詐欺など財産を害する犯罪で、被害者からの振込みが使われたものです。現金を手渡した・送った場合は対象外です。あなたの場合が対象か、銀行に確かめてください。",
                "It covers fraud and similar crimes where the victim paid by bank transfer; cash handed over or posted is not covered. Ask your bank whether your case qualifies.",
            ),
            None,
            furikome_act("第2条第3項"),
        ),
    ],
    docs: &["振り込め詐欺救済法", "預金保険機構", "警察庁", "政府広報オンライン", "全国銀行協会"],
};

const CARD: AdvicePack = AdvicePack {
    id: "credit-debit-card",
    title: t!(
        "クレジットカード・デビットカードが不正に使われた",
        "Credit or debit card misused",
    ),
    summary: t!(
        "補償するかどうかは、カード会社の会員規約で決まります。このアプリでは判定しません。",
        "Whether you are compensated depends on the card issuer's own terms (会員規約). This app does not judge it.",
    ),
    as_of: CHECKED,
    version: "1",
    steps: &[
        step(
            "card-stop",
            t!(
                "カード会社に今すぐ電話して、カードを止める。",
                "Call the card issuer now and have the card stopped.",
            ),
            Some(t!(
                "番号はカード会社のウェブサイトや利用明細にあります（カードが手元にあれば裏面にも）。",
                "The number is on the issuer's website and your statements (and on the back of the card, if you still have it).",
            )),
            CARD_TERMS,
        ),
        step(
            "card-terms",
            t!(
                "届出の期限（何日以内か）など、補償の条件を会員規約で確かめる。",
                "Check the issuer's terms for the conditions, including how many days you have to report.",
            ),
            Some(t!(
                "多くのカード会社の規約では、届け出た日の60日前からの不正利用が補償の対象です。よくある例で、保証ではありません。期限や条件はカード会社ごとに違います。",
                "Many issuers' terms cover misuse from 60 days before the day you report it. That is typical, not guaranteed: limits and conditions differ between issuers.",
            )),
            card_terms("例：発行会社のFAQ「届け出た日の60日前から」"),
        ),
        step(
            "card-statement",
            t!(
                "利用明細を確かめ、身に覚えのない利用をすべてカード会社に伝える。",
                "Check your statement and tell the issuer about every charge you don't recognise.",
            ),
            None,
            CARD_TERMS,
        ),
        step(
            "card-police",
            t!(
                "警察に届け出る（相談は#9110、緊急時は110）。",
                "Report it to the police (#9110 to consult; 110 in an emergency).",
            ),
            None,
            NPA,
        ),
    ],
    contacts: &[
        Contact {
            id: "card-issuer",
            name: t!("カード会社の紛失・盗難窓口", "The card issuer's lost / stolen card line"),
            phone: None,
            hours: t!("カード会社により異なる", "Depends on the issuer"),
            note: Some(t!(
                "番号はカード会社のウェブサイトや利用明細で（カードが手元にあれば裏面にも）。",
                "The number is on the issuer's website and your statements (and on the back of the card, if you still have it).",
            )),
            source: CARD_TERMS,
        },
        POLICE_9110,
        POLICE_110,
    ],
    notes: &[step(
        "card-note-cash-card",
        t!(
            "銀行のキャッシュカードでATMから引き出された場合は、預金者保護法の対象です。キャッシュカードの被害を選び直してください。",
            "If a bank cash card was used to take money from an ATM, the Depositor Protection Act applies: go back and choose the cash-card option.",
        ),
        None,
        DEPOSITOR_ACT,
    )],
    docs: &["カード会社の会員規約", "預金者保護法", "警察庁"],
};

pub(super) static PACKS: &[AdvicePack] = &[BROKERAGE, DATA_LEAK, INSIDER, FURIKOME, CARD];

/// What the seeds say that is deliberately not repeated here, and why (documentation; the UI
/// does not show it).
pub static LEFT_OUT: &[LeftOut] = &[
    LeftOut {
        doc: "000",
        what: "「ハッキング被害が起きたこと自体は不可抗力であるとも言えます」",
        reason: "A legal opinion with no authority given; it could discourage a victim from claiming.",
    },
    LeftOut {
        doc: "000",
        what: "「これにより、被害額が確定し…回収や損害賠償請求が動きやすくなります」",
        reason: "An unsupported promise of an outcome.",
    },
    LeftOut {
        doc: "000",
        what: "The example of firm liability (最新のセキュリティ設備 not installed, 注意事項 not circulated)",
        reason: "No rule or case is cited; kept only as the general point that the firm may be liable.",
    },
    LeftOut {
        doc: "日本証券業協会",
        what: "The names of the ten firms and the terms of each firm's compensation",
        reason: "Not in a seed and they differ by firm; the advice is to ask the firm.",
    },
    LeftOut {
        doc: "001",
        what: "The penalty figures (prison term and maximum fine) for breaching the APPI",
        reason: "Cannot be verified and do not match the Act's penalty provisions as checked; no figure is stated.",
    },
    LeftOut {
        doc: "001",
        what: "「警察署や消費者センターに被害届を提出」: the consumer-centre part",
        reason: "A 被害届 is a police document; consumer centres give consultations. Kept: the police, and hotline 188 for consultation.",
    },
    LeftOut {
        doc: "001",
        what: "「個人情報保護法により…謝罪などの救済措置を講じることが求められます」",
        reason: "The Act imposes no duty to apologise to the individual; kept only as something the victim may ask for (seed's own item 3).",
    },
    LeftOut {
        doc: "001",
        what: "「検査や調査などを命じる行政指導が可能です」",
        reason: "Misdescribes the Commission's powers (reports, inspections, guidance, recommendations, orders).",
    },
    LeftOut {
        doc: "001",
        what: "「被害箇所をすみやかに停止・撤去」",
        reason: "Unclear what is meant.",
    },
    LeftOut {
        doc: "001",
        what: "「不必要なデータや書類を削除したり」",
        reason: "After an incident, deleting data can destroy evidence; conflicts with keeping the evidence.",
    },
    LeftOut {
        doc: "004",
        what: "Cases 1–3 (a telecom company, a retailer, a financial institution) and their counts and amounts",
        reason: "Unnamed and unverifiable.",
    },
    LeftOut {
        doc: "004",
        what: "「数億円から数十億円に及ぶことも珍しくありません」",
        reason: "Unverifiable figure.",
    },
    LeftOut {
        doc: "004",
        what: "「監督機関からの罰金」「業務改善命令」",
        reason: "Fines are criminal penalties imposed by courts, not by a supervisor, and the APPI's measures are recommendations and orders; kept as \"official measures and penalties\".",
    },
    LeftOut {
        doc: "004",
        what: "The law firm's telephone number, office hours and contact form",
        reason: "Advertising, not advice.",
    },
    LeftOut {
        doc: "000",
        what: "「証券会社に加入している場合に限ります」 (who enrols in what is not said)",
        reason: "Ambiguous; a note about the source's ambiguity is not shown to victims (issue 26). The page says to ask the firm.",
    },
];
