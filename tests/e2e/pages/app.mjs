// Page object for the app: every spec goes through it, with role-based locators. Labels are
// looked up per language so each behaviour runs in Japanese and in English.
import AxeBuilder from "@axe-core/playwright";
import { expect } from "@playwright/test";

/** UI labels, as src/ui/i18n.rs writes them. */
export const L = {
  ja: {
    title: "補償ナビ",
    emergency: "緊急：最初にすること",
    emergencyTitle: "最初の1時間にすること",
    emergencyClose: "緊急案内を閉じる",
    otherLang: "English",
    showClause: "原文を見る",
    start: "何がありましたか？",
    scenario: {
      ib: "インターネットバンキングで勝手に送金された",
      stolen: "キャッシュカードを盗まれ、引き出された",
      forged: "キャッシュカードを偽造・スキミングされた",
      credit: "クレジットカード・デビットカードを不正利用された",
      brokerage: "証券口座が乗っ取られた",
      leak: "個人情報が漏れた",
      insider: "自社の顧客データが持ち出された",
    },
    notListed: "一覧にない",
    customer: { individual: "個人", sole: "個人事業主", corporation: "法人" },
    next: "次へ",
    back: "戻る",
    seeResult: "結果を見る",
    loss: (n) => `取引 ${n}`,
    date: "日付",
    time: "時刻（任意）",
    amount: "金額",
    recovered: "戻ってきた金額（あれば）",
    addLoss: "取引を追加",
    removeLoss: (n) => `取引 ${n} を削除`,
    notifiedYes: "もう連絡した",
    notifiedNo: "まだ連絡していない",
    notifiedOn: "連絡した日",
    unknown: "わからない",
    tellBank: "今すぐ銀行に連絡してください",
    calledTitle: "補償の見込み",
    called: "連絡した",
    calledLine: (when) => `銀行に連絡済み：${when}`,
    calledEdit: "連絡した日時を直す",
    notifiedAt: "連絡した時刻（任意）",
    notifiedInTime: "期限内に通知済み",
    coveredNo: "対象外の見込み",
    refine: "質問に答える",
    refineReview: "答えを見直す",
    refineLead: (n, range) => `あと ${n} 問に答えると ${range} を絞り込めます。`,
    refineDone: "すべての質問に答えました。答えを変えると見込みも変わります。",
    refineCanExclude: "補償されなくなることがあります",
    backToResult: "結果に戻る",
    questionScreen: (i, n) => `質問 ${i} / ${n}`,
    liveEstimate: (x) => `いまの見込み：${x}`,
    // The engine's labels (Verdict::label in src/engine/assess.rs).
    verdict: {
      full: "全額が補償される見込み",
      capped: "上限額まで補償される見込み",
      partial: "一部が補償される見込み",
      reduced: "減額して補償される見込み",
      reduced_open_rate: "減額して補償される見込み（割合は銀行が決めます）",
      case_by_case: "銀行の個別判断",
      none: "補償の対象外となる可能性が高い",
      needs_info: "判断にはまだ情報が必要",
    },
    reducedOpen: (x) => `${x}から減額（割合は銀行が決めます）`,
    reask: (n) => `質問の文言が変わったため、${n}問はもう一度お答えください`,
    reaskButton: "もう一度答える",
    bankDecidesTitle: "銀行が判断すること",
    yen: (n) => `${n.toLocaleString("en-US")}円`,
    range: (lo, hi) => `${lo} 〜 ${hi}`,
    date_: (y, m, d, w) => `${y}年${m}月${d}日（${"月火水木金土日"[w]}）`,
    daysLeft: (n) => (n > 0 ? `あと ${n} 日` : n === 0 ? "今日が最終日" : `${-n} 日過ぎています`),
    todayIs: (s) => `今日（日本時間）：${s}`,
    noDeadline: "この制度には連絡の日数の定めがありません",
    readAs: "読み取り：",
    ics: "期限をカレンダーに追加（.ics）",
    print: "印刷する",
    startOver: "最初からやり直す",
    mayBeExtended: (s) => `${s} まで延びる可能性があります`,
    // The update prompt (assets/sw-register.js, plain JS outside the app).
    updateAvailable: "新しいバージョンがあります。",
    updateReload: "再読み込みして更新",
  },
  en: {
    title: "Hosho Navi",
    emergency: "Emergency: first steps",
    emergencyTitle: "What to do in the first hour",
    emergencyClose: "Close the emergency panel",
    otherLang: "日本語",
    showClause: "Show the clause",
    start: "What happened?",
    scenario: {
      ib: "Money was transferred from my internet banking without my consent",
      stolen: "My cash card was stolen and money withdrawn",
      forged: "My cash card was forged or skimmed",
      credit: "My credit or debit card was misused",
      brokerage: "My brokerage account was hacked",
      leak: "My personal data was leaked",
      insider: "Our company's customer data was taken out",
    },
    notListed: "My bank is not listed",
    customer: { individual: "An individual", sole: "A sole proprietor", corporation: "A corporation" },
    next: "Next",
    back: "Back",
    seeResult: "See the result",
    loss: (n) => `Transaction ${n}`,
    date: "Date",
    time: "Time (optional)",
    amount: "Amount (yen)",
    recovered: "Amount returned (if any)",
    addLoss: "Add a transaction",
    removeLoss: (n) => `Remove transaction ${n}`,
    notifiedYes: "I have told the bank",
    notifiedNo: "Not yet",
    notifiedOn: "Date you told the bank",
    unknown: "I don't know",
    tellBank: "Tell the bank now",
    calledTitle: "Your likely compensation",
    called: "I've called",
    calledLine: (when) => `Bank told: ${when}`,
    calledEdit: "Change when you told the bank",
    notifiedAt: "Time you told the bank (optional)",
    notifiedInTime: "Notified in time",
    coveredNo: "Likely not covered",
    refine: "Answer the questions",
    refineReview: "Review your answers",
    refineLead: (n, range) => `Answer ${n} more questions to narrow ${range}.`,
    refineDone: "You have answered every question. Changing an answer changes the estimate.",
    refineCanExclude: "can rule compensation out",
    backToResult: "Back to the result",
    questionScreen: (i, n) => `Questions ${i} of ${n}`,
    liveEstimate: (x) => `Estimate so far: ${x}`,
    verdict: {
      full: "Likely covered in full",
      capped: "Likely covered up to the cap",
      partial: "Likely partly covered",
      reduced: "Likely covered at a reduced rate",
      reduced_open_rate: "Likely covered at a reduced rate (the bank sets the rate)",
      case_by_case: "Up to the bank, case by case",
      none: "Likely not covered",
      needs_info: "More information needed",
    },
    reducedOpen: (x) => `Reduced from ${x} (the bank sets the rate)`,
    reask: (n) =>
      n === 1
        ? "The wording of 1 question has changed: please answer it again"
        : `The wording of ${n} questions has changed: please answer them again`,
    reaskButton: "Answer again",
    bankDecidesTitle: "What the bank will decide",
    yen: (n) => `¥${n.toLocaleString("en-US")}`,
    range: (lo, hi) => `${lo} to ${hi}`,
    date_: (y, m, d, w) =>
      `${["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][w]} ${d} ${
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
      } ${y}`,
    daysLeft: (n) =>
      n === 1 ? "1 day left" : n > 1 ? `${n} days left` : n === 0 ? "Today is the last day" : `${-n} days past`,
    todayIs: (s) => `Today in Japan: ${s}`,
    noDeadline: "This scheme sets no number of days",
    readAs: "Read as:",
    ics: "Add the deadlines to my calendar (.ics)",
    print: "Print",
    startOver: "Start over",
    mayBeExtended: (s) => `may run to ${s}`,
    updateAvailable: "An update is available.",
    updateReload: "Reload to update",
  },
};

/** A calendar date as the app writes it, from "YYYY-MM-DD". */
export function showDate(lang, iso) {
  const [y, m, d] = iso.split("-").map(Number);
  const w = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday = 0
  return L[lang].date_(y, m, d, w);
}

/** Opens `url` and waits until the app is mounted and its service worker controls the page (what
 *  "after one visit" means for the offline specs). */
export async function visitInstalled(page, url) {
  await page.goto(url);
  await expect(page.locator("html[data-app='mounted']")).toHaveCount(1);
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  }, null, { timeout: 30_000 });
}

export class AppPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page, lang = "ja") {
    this.page = page;
    this.lang = lang;
    this.t = L[lang];
    this.errors = [];
    page.on("pageerror", (e) => this.errors.push(String(e)));
    page.on("console", (m) => {
      // The nginx test config's Permissions-Policy names a feature Chromium does not know;
      // that header message is not an app error.
      if (m.type() === "error" && !/Permissions-Policy/.test(m.text())) this.errors.push(m.text());
    });
  }

  async open(query = "") {
    let q = query;
    if (this.lang === "en" && !/lang=/.test(q)) q += (q ? "&" : "?") + "lang=en";
    await this.page.goto("/" + q);
    // The app marks <html> once the wasm has mounted; the static shell alone does not.
    await expect(this.page.locator("html[data-app='mounted']")).toHaveCount(1);
    // A step loaded on use (a link straight to an advice page, a case reopened on its result)
    // has arrived: its module, not yet fetched at mount, replaces the busy status.
    await expect(this.page.locator("#hn-screen .hn-lazy[aria-busy='true']")).toHaveCount(0);
  }

  /** Opens the app with nothing stored (saved drafts would reopen where they were left). */
  async openFresh(query = "") {
    await this.page.evaluate(() => {
      try {
        localStorage.clear();
      } catch {}
    });
    await this.open(query);
  }

  mainHeading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  stepHeading() {
    return this.page.getByRole("heading", { level: 2 }).first();
  }

  button(name) {
    return this.page.getByRole("button", { name, exact: true });
  }

  async next() {
    await this.page.getByRole("button", { name: new RegExp(`^(${this.t.next}|${this.t.seeResult})$`) }).click();
  }

  async back() {
    await this.button(this.t.back).click();
  }

  async chooseScenario(key) {
    await this.page.getByRole("button", { name: new RegExp(`^${escapeRe(this.t.scenario[key])}`) }).click();
  }

  /**
   * A scheme by the start of its name, or "notListed". The scheme step asks the account holder
   * on the same screen: then this only chooses (`chooseCustomer` moves on); else it moves on.
   */
  async chooseScheme(name) {
    const label = name === "notListed" ? this.t.notListed : name;
    await this.page.getByRole("radio", { name: new RegExp(`^${escapeRe(label)}`) }).check();
    if ((await this.customerGroup().count()) === 0) await this.next();
  }

  /** The account-holder question (a radio group). */
  customerGroup() {
    return this.page.getByRole("group").filter({ has: this.page.locator("#hn-customer-individual") });
  }

  async chooseCustomer(key) {
    await this.page.getByRole("radio", { name: this.t.customer[key], exact: true }).check();
    await this.next();
  }

  lossGroup(n) {
    return this.page.getByRole("group", { name: this.t.loss(n), exact: true });
  }

  field(n, which) {
    return this.lossGroup(n).getByRole("textbox", { name: this.t[which], exact: true });
  }

  /** Fills loss row `n` (1-based), adding rows as needed. */
  async fillLoss(n, { date, time, amount, recovered }) {
    while ((await this.page.getByRole("group", { name: new RegExp(`^${escapeRe(this.t.loss(""))}\\d+$`) }).count()) < n) {
      await this.button(this.t.addLoss).click();
    }
    if (date !== undefined) await this.field(n, "date").fill(date);
    if (time !== undefined) await this.field(n, "time").fill(time);
    if (amount !== undefined) await this.field(n, "amount").fill(amount);
    if (recovered !== undefined) await this.field(n, "recovered").fill(recovered);
  }

  /** Not yet notified (null), or notified on `iso`. */
  async notice(iso) {
    if (iso) {
      await this.page.getByRole("radio", { name: this.t.notifiedYes, exact: true }).check();
      await this.page.getByRole("textbox", { name: this.t.notifiedOn, exact: true }).fill(iso);
    } else {
      await this.page.getByRole("radio", { name: this.t.notifiedNo, exact: true }).check();
    }
    await this.next();
  }

  /** The group (fieldset) of question `id`. */
  question(id) {
    return this.page.getByRole("group").filter({ has: this.page.locator(`#hn-q-${cssId(id)}-yes`) });
  }

  /** Opens every part of the result folded under its short heading (issue 22: folded for customers). */
  async openAllParts() {
    // Opening one shrinks the list, so always take the first still closed (bounded, never spins).
    const closed = this.page.locator("details.hn-part:not([open])");
    for (let n = await closed.count(); n > 0; n--) {
      if ((await closed.count()) === 0) break;
      await closed.first().locator(":scope > summary").click();
    }
    await expect(this.page.locator("details.hn-part:not([open])")).toHaveCount(0);
  }

  /** The result's way into the questions (its label changes once all are answered). */
  refineButton() {
    return this.page.getByRole("button", { name: new RegExp(`^(${escapeRe(this.t.refine)}|${escapeRe(this.t.refineReview)})$`) });
  }

  /** From the result, opens the first question screen; false when the case has no questions. */
  async openRefine() {
    await expect(this.page.locator(".hn-result")).toHaveCount(1);
    if ((await this.refineButton().count()) === 0) return false;
    await this.refineButton().click();
    await expect(this.page).toHaveURL(/step=questions/);
    return true;
  }

  /**
   * From the result (shown after the notice, before any question): opens the questions and
   * answers them screen by screen back to the result: `answers[id]` where given ("yes" / "no" /
   * "none" / "unknown": the answer's value, whatever fact its label states), else `fallback`
   * for every question on screen. `onScreen(i)`, if given, is called on each question screen
   * once it is answered, before moving on.
   */
  async answerAll(answers = {}, fallback = "no", onScreen = null) {
    // The step after the notice (the result) or a question screen has rendered.
    await expect(this.page.locator(".hn-result, fieldset.hn-question").first()).toBeVisible();
    if (await this.isResult()) {
      if (!(await this.openRefine())) return;
    }
    for (let guard = 0; guard < 60; guard++) {
      if (await this.isResult()) return;
      await this.answerScreen(answers, fallback);
      if (onScreen) await onScreen(guard);
      await this.next();
    }
  }

  /**
   * The radio for answer `value` ("yes" / "no" / "none" / "unknown") of question `id`: by id,
   * since each answer is labelled with the fact it states, not はい／いいえ.
   */
  answerRadio(id, value) {
    return this.page.locator(`#hn-q-${cssId(id)}-${value}`);
  }

  /** Answers every question on the screen shown, as `answerAll` does. */
  async answerScreen(answers = {}, fallback = "no") {
    for (;;) {
      const groups = this.page.locator("fieldset.hn-question");
      const n = await groups.count();
      let changed = false;
      for (let i = 0; i < n; i++) {
        const g = groups.nth(i);
        const id = ((await g.locator("input[type=radio]").first().getAttribute("name")) || "").replace(/^hn-q:/, "");
        const want = answers[id] || fallback;
        const radio = this.answerRadio(id, want);
        if (!(await radio.isChecked())) {
          await radio.check();
          changed = true;
          break; // answering may change which questions show: look again
        }
      }
      if (!changed) break;
    }
  }

  /**
   * Walks every screen once and calls `visit(name)` on each: start, the emergency panel, the
   * banking flow step by step (with an error showing on the losses step), the result, and
   * every advice-only scenario, and the brokerage questions.
   */
  async everyScreen(visit) {
    await this.open();
    await visit("start");
    await this.button(this.t.emergency).first().click();
    await visit("emergency");
    await this.button(this.t.emergencyClose).click();
    await this.chooseScenario("ib");
    await visit("scheme");
    await this.chooseScheme(this.lang === "ja" ? "三島信用金庫 WEBバンキング" : "Mishima Shinkin Bank: WEB banking");
    await visit("customer");
    await this.chooseCustomer("individual");
    await this.fillLoss(1, { date: "2026-11-10", amount: "abc" });
    await this.next();
    await visit("losses-with-error");
    await this.fillLoss(1, { amount: "1.5万" });
    await this.fillLoss(2, { date: "2026-10-20", time: "9:30", amount: "１２万円", recovered: "1000" });
    await visit("losses");
    await this.next();
    await this.page.getByRole("radio", { name: this.t.notifiedYes, exact: true }).check();
    await this.page.getByRole("textbox", { name: this.t.notifiedOn, exact: true }).fill("2026-11-20");
    await visit("notice");
    await this.next();
    await visit("result-provisional");
    await this.openRefine();
    await visit("questions");
    await this.answerAll({}, "unknown");
    await visit("result");
    for (const key of ["credit", "leak", "insider"]) {
      await this.button(this.t.startOver).click();
      await this.chooseScenario(key);
      await visit(`advice-${key}`);
    }
    // A hacked brokerage account has its own questions (issue 25).
    await this.button(this.t.startOver).click();
    await this.chooseScenario("brokerage");
    await visit("brokerage-questions");
  }

  async isResult() {
    return (await this.page.locator(".hn-result").count()) > 0;
  }

  verdict() {
    return this.page.locator("#hn-verdict .hn-verdict-text");
  }

  amount() {
    return this.page.locator("#hn-amount");
  }

  /** What the estimate presumes the bank can prove, said beside the amount (issue 21). */
  presumed() {
    return this.page.locator("#hn-verdict .hn-presumed");
  }

  /** The notice that answers were dropped because their questions changed, with its button. */
  reaskNotice() {
    return this.page.locator("#hn-reask");
  }

  firstDeadline() {
    return this.page.locator("#hn-first-deadline");
  }

  lossTable() {
    return this.page.getByRole("table");
  }

  async axeViolations() {
    const r = await new AxeBuilder({ page: this.page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  }

  /** Fails unless axe finds nothing on the page as it is now; `state` names it in the failure. */
  async expectAccessible(state) {
    expect(await this.axeViolations(), `axe on ${state} (${this.lang})`).toEqual([]);
  }

  /** The header's language switch (named in the other language). */
  langSwitch() {
    return this.page.getByRole("button", { name: this.t.otherLang, exact: true });
  }

  /**
   * Presses the language switch without moving focus or scrolling the page to it (as a tap on a
   * header that stays in reach would): what the switch itself keeps is then measurable.
   */
  async switchLangInPlace() {
    await this.langSwitch().dispatchEvent("click");
    const other = this.lang === "ja" ? "en" : "ja";
    await expect(this.page.locator("html")).toHaveAttribute("lang", other);
    this.lang = other;
    this.t = L[other];
  }

  /** Question `id`'s folded clause text (its `<details>`) and the summary that opens it. */
  clauseOf(id) {
    const q = this.question(id);
    return { section: q.locator("details"), toggle: q.getByText(this.t.showClause, { exact: true }) };
  }

  async scrollY() {
    return this.page.evaluate(() => window.scrollY);
  }

  async horizontalOverflow() {
    return this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }
}

export function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function cssId(s) {
  return s.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);
}

/**
 * 003 (三島) answers that show no fault: most questions state a fault (answer no), but six state
 * a precaution as a plain fact to confirm (issue 12: no double negatives), so those are yes. The
 * six got new ids when their polarity changed (issue 21: an answer is tied to its meaning).
 */
export const NO_FAULT_003 = {
  g4_security_software_running: "yes",
  n6_software_updated: "yes",
  n7_recommended_security_used: "yes",
  n8_password_changed_regularly: "yes",
  n9_certificate_proper_only: "yes",
  n10_history_checked: "yes",
};

/** The browser's clock: 2026-11-24 13:00 in Japan (a Tuesday). */
export const NOW = new Date("2026-11-24T13:00:00+09:00");
