//! The estimate a firm's published policy gives for a hacked brokerage account (issue 25): where
//! the case's date falls for its firm, the money a "half" policy works out, and every line cited
//! (why this policy, what could lower it, what the sources leave open). The data and the case as
//! typed are in `../brokerage.rs`; how a policy is read is in `README.md` beside this file.

use super::{
    firm, policy, BCite, Basis, BrokerageCase, Firm, HowTaken, Mfa, Period, Policy, PolicyKind,
    DATA, OTHER,
};
use crate::engine::parse::{parse_amount_yen, parse_date_on};
use crate::engine::Text;
use crate::text;
use chrono::NaiveDate;
use serde::Serialize;

/// Where the case's date falls for its firm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "at")]
pub enum Placement {
    /// No firm chosen, or no valid date yet.
    Incomplete,
    /// Before the agreement's start (January 2025): outside it.
    BeforeAgreement,
    /// In the firm's period `index` (from..=until).
    InPeriod {
        index: usize,
        from: NaiveDate,
        until: Option<NaiveDate>,
    },
    /// A firm outside the data: the agreement does not bind it.
    OtherFirm,
}

/// The money a "half" (or "basis only") policy works out. All in yen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Money {
    /// Total paid for the securities bought in the unauthorized trades.
    pub paid: u64,
    /// What they were sold for, or are worth now.
    pub value: u64,
    /// `paid - value`, never below 0 (a gain gives 0).
    pub loss: u64,
    pub rate_percent: Option<u8>,
    /// `loss * rate / 100`, rounded down to the yen.
    pub share: Option<u64>,
    /// The fees refunded (`None`: not refunded, or the policy does not say).
    pub fees: Option<u64>,
    pub solatium: Option<u64>,
    /// The estimate: share + fees + solatium (`None` where the share is not published).
    pub total: Option<u64>,
}

/// One cited line of the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub code: &'static str,
    pub text: Text,
    pub cite: BCite,
}

impl Line {
    pub fn basis(&self) -> Basis {
        self.cite.basis()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Estimate {
    pub firm: Option<&'static Firm>,
    pub date: Option<NaiveDate>,
    pub placement: Placement,
    pub policy: Option<&'static Policy>,
    /// The basis of the firm's mapping to its policy (its period's citation).
    pub basis: Option<Basis>,
    pub money: Option<Money>,
    /// The policy restores the account (no money computed).
    pub restore: bool,
    /// Why this policy, and what it says, cited.
    pub lines: Vec<Line>,
    /// What could lower or exclude it, cited.
    pub lowering: Vec<Line>,
    /// What the sources leave open, cited to the source that leaves it open.
    pub open: Vec<Line>,
    /// Fields typed but not understood: "firm", "date", "date_future", "paid.N", "value.N", "fees".
    pub bad: Vec<String>,
}

/// The policy that applies to `firm` on `date`: the period and its index.
pub fn period_on(firm: &'static Firm, date: NaiveDate) -> Option<(usize, &'static Period)> {
    firm.periods
        .iter()
        .enumerate()
        .find(|(_, p)| p.from <= date && p.until.is_none_or(|u| date <= u))
}

const AGREEMENT_LINE: &str = "agreement";

fn agreement_line() -> Line {
    Line {
        code: AGREEMENT_LINE,
        text: DATA.agreement.text,
        cite: DATA.agreement.cite,
    }
}

fn cite(source: &'static str, clause: &'static str) -> BCite {
    BCite { source, clause }
}

/// Parses the amounts of the bought rows and the fees; bad ones go to `bad`, left out.
fn amounts(case: &BrokerageCase, bad: &mut Vec<String>) -> (u64, u64, u64) {
    let (mut paid, mut value) = (0u64, 0u64);
    if case.bought {
        for (i, r) in case.bought_rows.iter().enumerate() {
            let p = parse_amount_yen(&r.paid);
            let v = parse_amount_yen(&r.value);
            match (p, v) {
                (Ok(p), Ok(v)) => {
                    paid = paid.saturating_add(p);
                    value = value.saturating_add(v);
                }
                (p, v) => {
                    // An empty row is no row; a half-typed one is an error to fix.
                    let empty = r.paid.trim().is_empty() && r.value.trim().is_empty();
                    if !empty {
                        if p.is_err() {
                            bad.push(format!("paid.{i}"));
                        }
                        if v.is_err() {
                            bad.push(format!("value.{i}"));
                        }
                    }
                }
            }
        }
    }
    let fees = if case.fees.trim().is_empty() {
        0
    } else {
        match parse_amount_yen(&case.fees) {
            Ok(f) => f,
            Err(_) => {
                bad.push("fees".into());
                0
            }
        }
    };
    (paid, value, fees)
}

/// `amount * percent / 100`, rounded down to the yen (the sources state no rounding; down is the
/// reading that never promises more than the policy).
pub fn share_of(amount: u64, percent: u8) -> u64 {
    ((amount as u128 * percent as u128) / 100) as u64
}

/// The estimate for `case` on `today` (Japan date). Never panics on what was typed.
pub fn estimate(case: &BrokerageCase, today: NaiveDate) -> Estimate {
    let mut bad = Vec::new();
    let firm_choice = case.firm.trim();
    let f = firm(firm_choice);
    let other = firm_choice == OTHER;
    if f.is_none() && !other && !firm_choice.is_empty() {
        bad.push("firm".into());
    }
    let date = match parse_date_on(&case.date, today) {
        Ok(d) if d > today => {
            bad.push("date_future".into());
            None
        }
        Ok(d) => Some(d),
        Err(_) => {
            if !case.date.trim().is_empty() {
                bad.push("date".into());
            }
            None
        }
    };
    let (paid, value, fees) = amounts(case, &mut bad);

    let mut est = Estimate {
        firm: f,
        date,
        placement: Placement::Incomplete,
        policy: None,
        basis: None,
        money: None,
        restore: false,
        lines: Vec::new(),
        lowering: Vec::new(),
        open: Vec::new(),
        bad,
    };

    if other {
        est.placement = Placement::OtherFirm;
        est.lines.push(Line {
            code: "other-firm",
            text: text!(
                "あなたの会社は、2025年5月2日の申し合わせの10社に入っていません。申し合わせはその会社を縛らず、補償は会社の約款と個別の判断によります。申し合わせの考え方（IDやパスワードの管理、会社の注意喚起や対策を勘案して個別に判断）を手がかりに、会社に補償の方針を尋ねてください。",
                "Your firm is not one of the ten of the 2025-05-02 agreement. The agreement does not bind it: compensation depends on its terms and its own case-by-case decision. Ask the firm for its policy, using the agreement's reading (case by case, weighing the handling of the ID and password and the firm's warnings and measures)."
            ),
            cite: DATA.agreement.cite,
        });
        est.lines.push(agreement_line());
        add_common(case, &mut est);
        return est;
    }
    let (Some(f), Some(date)) = (f, date) else {
        return est;
    };
    if date < DATA.agreement_from {
        est.placement = Placement::BeforeAgreement;
        est.lines.push(Line {
            code: "before-agreement",
            text: text!(
                "申し合わせは2025年1月以降に起きた被害が対象です。それより前の不正取引は、会社の約款と個別の判断によります。",
                "The agreement covers damage from January 2025. Unauthorized trades before then depend on the firm's terms and its own decision."
            ),
            cite: DATA.agreement.cite,
        });
        add_common(case, &mut est);
        return est;
    }
    let Some((index, period)) = period_on(f, date) else {
        // A firm whose periods start later than the agreement (none today): as before it.
        est.placement = Placement::BeforeAgreement;
        add_common(case, &mut est);
        return est;
    };
    est.placement = Placement::InPeriod {
        index,
        from: period.from,
        until: period.until,
    };
    est.basis = Some(period.cite.basis());
    let Some(p) = policy(period.policy) else {
        return est;
    };
    est.policy = Some(p);
    if f.in_agreement {
        est.lines.push(agreement_line());
    }
    est.lines.push(Line {
        code: "policy",
        text: p.text,
        cite: p.cite,
    });
    match p.kind {
        PolicyKind::Half => {
            let rate = p.rate_percent.unwrap_or(0);
            let loss = paid.saturating_sub(value);
            let share = share_of(loss, rate);
            let fees = (p.fees_refunded == Some(true)).then_some(fees);
            let total = share
                .saturating_add(fees.unwrap_or(0))
                .saturating_add(p.solatium_yen.unwrap_or(0));
            est.money = Some(Money {
                paid,
                value,
                loss,
                rate_percent: Some(rate),
                share: Some(share),
                fees,
                solatium: p.solatium_yen,
                total: Some(total),
            });
            est.lines.push(Line {
                code: "rounding",
                text: text!(
                    "計算：損失＝不正に買われた有価証券の買付代金の合計−売却代金（または現在の評価額）の合計。利益が出ていれば損失は0円（マイナスにはしません）。補償割合をかけた額は1円未満を切り捨て。資料に端数処理の定めはなく、切り捨てはこの試算の前提です。",
                    "Working: loss = total paid for the securities bought in the unauthorized trades − total they were sold for (or are worth now). A gain gives a loss of ¥0, never less. The share is rounded down to the yen: the sources state no rounding; rounding down is this estimate's assumption."
                ),
                cite: p.cite,
            });
            if case.bought_rows.len() > 1 {
                est.open.push(Line {
                    code: "netting",
                    text: text!(
                        "複数の銘柄で、ある銘柄の利益を別の銘柄の損失と相殺するかどうかは、資料に書かれていません。この試算は合計で相殺しています（低めの読み方）。",
                        "Whether a gain on one security offsets a loss on another is not in the sources. This estimate nets them (the lower reading)."
                    ),
                    cite: p.cite,
                });
            }
            if p.fees_refunded.is_none() || p.solatium_yen.is_none() {
                est.open.push(Line {
                    code: "fees-solatium",
                    text: text!(
                        "この会社について、手数料の返金と見舞金は読んだ資料に書かれていません。試算には含めていません。",
                        "For this firm, a refund of fees and a solatium are not in what we read; the estimate leaves them out."
                    ),
                    cite: p.cite,
                });
            }
            if case.sold_own {
                if p.counts_own_sold {
                    est.open.push(Line {
                        code: "own-sold-measure",
                        text: text!(
                            "もともと持っていた株式を売られた損害も2分の1を補償すると報じられていますが、その損害の測り方は資料に書かれていません。試算には含めていません。",
                            "Half of the damage from shares you held being sold is reported to be compensated too, but how that damage is measured is not in the sources; the estimate leaves it out."
                        ),
                        cite: p.cite,
                    });
                } else {
                    est.lines.push(Line {
                        code: "own-sold-excluded",
                        text: text!(
                            "もともと持っていた有価証券が売られた分は、売却代金が口座に残るため、損失の計算に入りません（手数料と見舞金は対象）。",
                            "Securities you already held that were sold are not counted as a loss, as the proceeds stay in the account (the fees and the solatium still apply)."
                        ),
                        cite: p.cite,
                    });
                }
            }
        }
        PolicyKind::BasisOnly => {
            let loss = paid.saturating_sub(value);
            est.money = Some(Money {
                paid,
                value,
                loss,
                rate_percent: None,
                share: None,
                fees: None,
                solatium: None,
                total: None,
            });
            est.open.push(Line {
                code: "share-open",
                text: text!(
                    "補償の割合は読んだ資料では確認できていません。損失額（計算の対象）だけを示します。",
                    "The share paid could not be confirmed in the sources: only the loss it is worked out on is shown."
                ),
                cite: p.cite,
            });
        }
        PolicyKind::Restore => {
            est.restore = true;
            est.lines.push(Line {
                code: "restore-firm",
                text: text!(
                    "この会社の方針は口座の原状回復です：不正に売られた有価証券は買い戻されて口座に戻り、不正に買われた有価証券は口座から除かれます。金額の試算はありません。",
                    "This firm's policy is to restore your account: the securities sold in the unauthorized trades are bought back into it, and those bought are taken out. There is no sum to estimate."
                ),
                cite: period.cite,
            });
            if f.cutoff_open {
                est.open.push(Line {
                    code: "restore-cutoff",
                    text: DATA.restore_cutoff.text,
                    cite: DATA.restore_cutoff.cite,
                });
            }
        }
        PolicyKind::CaseByCase => {}
    }
    add_common(case, &mut est);
    est
}

/// What could lower or exclude it, and what the sources leave open, for every reading.
fn add_common(case: &BrokerageCase, est: &mut Estimate) {
    let agreement = DATA.agreement.cite;
    est.lowering.push(Line {
        code: "id-management",
        text: text!(
            "IDやパスワードの管理を含むあなたの状況と、会社の注意喚起や対策が勘案され、補償が減ったり、なくなったりすることがあります。",
            "Your handling of the ID and password, and the firm's warnings and measures, are weighed: compensation may be lowered or refused."
        ),
        cite: agreement,
    });
    if est.firm.is_some_and(|f| f.id == "nomura") {
        est.lowering.push(Line {
            code: "nomura-reduce",
            text: text!(
                "野村證券は、IDやパスワードの管理を含む状況と、会社のセキュリティ対策や注意喚起を勘案し、補償の減額や補償できない場合があるとしています。",
                "Nomura states that, weighing the handling of the ID and password and its own security measures and warnings, compensation may be reduced or not paid."
            ),
            cite: cite("nomura-2025-07-29", "補償の減額・補償ができない場合"),
        });
    }
    match case.how_taken {
        Some(HowTaken::Told) => est.lowering.push(Line {
            code: "told",
            text: text!(
                "第三者にパスワードを伝えていたなど、お客さまに過失があると判断されると補償の割合が減る、と報じられています。",
                "Where the customer is judged at fault, for example for having told a third party the password, the share is reported to be reduced."
            ),
            cite: cite("tbs-2025-07", "顧客に過失があると判断された場合"),
        }),
        Some(HowTaken::Phishing | HowTaken::Malware | HowTaken::Reused) => {
            est.open.push(Line {
                code: "fault-judging",
                text: text!(
                    "フィッシング、ウイルス、パスワードの使い回しがどう判断されるか（過失になるか）は、資料に書かれていません（未確認）。",
                    "How phishing, malware or a reused password is judged (whether it counts as fault) is not in the sources (open)."
                ),
                cite: agreement,
            });
        }
        Some(HowTaken::Unknown) | None => {}
    }
    if case.mfa == Some(Mfa::Off) {
        est.lowering.push(Line {
            code: "mfa-off",
            text: text!(
                "多要素認証の設定状況も勘案されると報じられています。設定していなかったことが補償を下げる方向に働くことがあります。",
                "The multi-factor authentication settings are reported to be weighed too: not having it on may count against you."
            ),
            cite: cite("asahi-2025-05-02", "多要素認証の設定状況"),
        });
    }
    if case.withdrawn {
        est.open.push(Line {
            code: "withdrawn",
            text: text!(
                "申し合わせは有価証券等の売買による被害を対象としています。口座からお金が引き出された（出金された）被害の扱いは資料に書かれていません（未確認）。",
                "The agreement covers damage from securities bought or sold. How money withdrawn from the account is treated is not in the sources (open)."
            ),
            cite: agreement,
        });
    }
    est.open.push(Line {
        code: "report-deadline",
        text: text!(
            "いつまでに会社に申し出ればよいか（期限）は、読んだ資料に書かれていません（未確認）。すぐに連絡してください。",
            "A deadline to report to the firm is not stated in what we read (open): contact the firm now."
        ),
        cite: agreement,
    });
}
