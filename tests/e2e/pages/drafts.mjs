// Page object for drafts, staff mode and case files (src/ui/drafts.rs, store.rs, case_io.rs,
// staff.rs). Role-based locators; texts per language mirror src/ui/i18n_drafts.rs and the few
// flow texts of src/ui/i18n.rs that the specs walk through.
import { expect } from "@playwright/test";
import { AppPage } from "./app.mjs";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES = join(here, "../../fixtures/drafts");
export const DRAFT_PREFIX = "hosho-navi.draft.";
export const BACKUP_PREFIX = "hosho-navi.backup.";
export const CURRENT_KEY = "hosho-navi.current";
/** In sessionStorage: the case this tab has open (src/ui/store.rs). */
export const TAB_CURRENT_KEY = "hosho-navi.tab-current";

/** Every shipped draft format: `vN.json` in tests/fixtures/drafts. */
export function shippedVersions() {
  return readdirSync(FIXTURES)
    .filter((f) => /^v\d+\.json$/.test(f))
    .map((f) => ({ file: f, raw: readFileSync(join(FIXTURES, f), "utf8") }));
}

export function fixture(name) {
  return readFileSync(join(FIXTURES, name), "utf8");
}

export const T = {
  ja: {
    panel: /^保存した案件（\d+件）$/,
    staff: "職員モード",
    untitled: "名前なし",
    caseName: "案件の名前（任意）",
    staffNote: "職員メモ",
    export: "ファイルに保存（.json）",
    printSummary: "A4の概要を印刷",
    newCase: "新しい案件を始める",
    open: "開く",
    rename: "名前を変更",
    newName: "新しい名前",
    save: "保存",
    duplicate: "複製",
    delete: "削除",
    undo: "元に戻す",
    view: "内容を見る",
    downloadRaw: "ファイルとして取り出す",
    eraseAll: "このアプリがこの端末に保存したものをすべて消去",
    eraseYes: "すべて消去する",
    eraseTitle: "本当にすべて消去しますか？",
    cancel: "やめる",
    erased: "このアプリがこの端末に保存したものをすべて消去しました。",
    keepMine: "このタブの内容を残す",
    takeTheirs: "別のタブの内容にする",
    keepBoth: "両方残す（このタブの内容を別の案件として保存）",
    conflict: "別のタブでこの案件が変更されました",
    conflictRemoved: "別のタブでこの案件が削除されました",
    discardMine: "このタブでも消す",
    unavailable: /保存が許可されていないため/,
    quota: /保存領域がいっぱい/,
    corrupt: /読み取れませんでした。元のデータは予備コピー/,
    newer: /新しい版（形式 99）で保存されたため、ここでは閲覧のみ/,
    importChoose: "ファイルを選ぶ（.json）",
    importOk: /を新しい案件として開きました/,
    importFailed: /は開けませんでした/,
    tooLarge: /1 MB を超えるため開けません/,
    tooDeep: /入れ子が深すぎます/,
    statusResult: "結果を表示済み",
    statusInProgress: "入力中",
    statusCorrupt: "読み取れません（予備コピーあり）",
    statusNewer: "新しい版のアプリで保存（閲覧のみ）",
    summaryTitle: "補償ナビ 案件の概要",
    guidance: "これは案内です。補償するかどうかと金額は銀行が決めます。",
    // Flow (src/ui/i18n.rs).
    stolen: /キャッシュカードを盗まれ/,
    individual: "個人",
    next: "次へ",
    back: "戻る",
    editAnswers: "回答を直す",
    seeResult: "結果を見る",
    amount: "金額",
    date: "日付",
    notifiedYes: "もう連絡した",
    notifiedOn: "連絡した日",
    lossesTitle: "被害にあった取引",
    tellBank: "今すぐ銀行に連絡してください",
    // The result's heading once the bank has been told (issue 12, point 2).
    calledTitle: "補償の見込み",
    stolenScheme: "盗難キャッシュカード",
  },
  en: {
    panel: /^Saved cases \(\d+\)$/,
    staff: "Staff mode",
    untitled: "Untitled",
    caseName: "Name of this case (optional)",
    staffNote: "Staff note",
    export: "Save as file (.json)",
    printSummary: "Print A4 summary",
    newCase: "Start a new case",
    open: "Open",
    rename: "Rename",
    newName: "New name",
    save: "Save",
    duplicate: "Duplicate",
    delete: "Delete",
    undo: "Undo",
    view: "View",
    downloadRaw: "Save the data as a file",
    eraseAll: "Erase everything this app stored on this device",
    eraseYes: "Erase everything",
    eraseTitle: "Erase everything?",
    cancel: "Cancel",
    erased: "Everything this app stored on this device has been erased.",
    keepMine: "Keep mine (this tab)",
    takeTheirs: "Take theirs (the other tab)",
    keepBoth: "Keep both (save mine as a separate case)",
    conflict: "This case was changed in another tab",
    conflictRemoved: "This case was deleted in another tab",
    discardMine: "Discard it here too",
    unavailable: /Drafts will not be kept/,
    quota: /storage is full/,
    corrupt: /could not be read\. The original data was kept as a backup copy/,
    newer: /saved by a newer version of this app \(format 99\), so it is read-only here/,
    importChoose: "Choose a file (.json)",
    importOk: /as a new case/,
    importFailed: /could not be opened/,
    tooLarge: /larger than 1 MB/,
    tooDeep: /nested too deeply/,
    statusResult: "Result shown",
    statusInProgress: "In progress",
    statusCorrupt: "Unreadable (backup kept)",
    statusNewer: "Saved by a newer version (read-only)",
    summaryTitle: "Hosho Navi case summary",
    guidance: "This is guidance; the bank decides whether and how much it pays.",
    stolen: /My cash card was stolen/,
    individual: "An individual",
    next: "Next",
    back: "Back",
    editAnswers: "Change answers",
    seeResult: "See the result",
    amount: "Amount (yen)",
    date: "Date",
    notifiedYes: "I have told the bank",
    notifiedOn: "Date you told the bank",
    lossesTitle: "The unauthorized transactions",
    tellBank: "Tell the bank now",
    calledTitle: "Your likely compensation",
    stolenScheme: "stolen",
  },
};

export class DraftsPage extends AppPage {
  /**
   * @param {import('@playwright/test').Page} page
   * @param {"ja"|"en"} lang
   */
  constructor(page, lang = "ja") {
    super(page);
    this.lang = lang;
    this.t = T[lang];
  }

  async open(query = "") {
    const q = this.lang === "en" ? (query ? query + "&lang=en" : "?lang=en") : query;
    await super.open(q);
  }

  /** After a reload or in a new page: waits for the app, not the static shell. */
  async mounted() {
    await expect(this.page.locator("html[data-app='mounted']")).toHaveCount(1);
  }

  stepHeading() {
    return this.page.getByRole("heading", { level: 2 }).and(this.page.locator("#hn-step-heading"));
  }

  // ---- the flow (enough of it to type something worth keeping) ----
  async startStolenCard() {
    await this.page.getByRole("button", { name: this.t.stolen }).click();
    await this.page.getByRole("radio", { name: this.t.individual, exact: true }).check();
    await this.page.getByRole("button", { name: this.t.next, exact: true }).click();
    await expect(this.stepHeading()).toHaveText(this.t.lossesTitle);
  }

  /**
   * Walks back with the flow's own back button until the step heading reads `heading`; the
   * result (where the question screens lead back to) has none: its "change answers" goes to
   * the losses.
   */
  async backTo(heading) {
    for (let i = 0; i < 20; i++) {
      if ((await this.stepHeading().textContent()) === heading) return;
      const back = this.page.getByRole("button", { name: this.t.back, exact: true });
      if ((await back.count()) === 0 && (await this.page.locator(".hn-result").count()) > 0) {
        await this.page.getByRole("button", { name: this.t.editAnswers, exact: true }).click();
      } else {
        await back.click();
      }
    }
    await expect(this.stepHeading()).toHaveText(heading);
  }

  amount(i = 0) {
    return this.page.getByRole("textbox", { name: this.t.amount, exact: true }).nth(i);
  }

  date(i = 0) {
    return this.page.getByRole("textbox", { name: this.t.date, exact: true }).nth(i);
  }

  /** Fills a case through to the result: one loss, notified, questions skipped. */
  async completeStolenCard({ date = "2026-11-01", amount = "50000", notified = "2026-11-10" } = {}) {
    await this.startStolenCard();
    await this.date().fill(date);
    await this.amount().fill(amount);
    await this.page.getByRole("button", { name: this.t.next, exact: true }).click();
    await this.page.getByRole("radio", { name: this.t.notifiedYes }).check();
    await this.page.getByRole("textbox", { name: this.t.notifiedOn }).fill(notified);
    // The notice is the last step: the result follows, before any question (issue 12); the
    // bank has been told, so it is written for after the notice.
    await this.page.getByRole("button", { name: this.t.seeResult, exact: true }).click();
    await expect(this.stepHeading()).toHaveText(this.t.calledTitle);
  }

  // ---- drafts ----
  panelToggle() {
    return this.page.getByRole("button", { name: this.t.panel });
  }

  async openPanel() {
    const b = this.panelToggle();
    if ((await b.getAttribute("aria-expanded")) !== "true") await b.click();
    await expect(b).toHaveAttribute("aria-expanded", "true");
  }

  staffSwitch() {
    return this.page.getByRole("button", { name: this.t.staff, exact: true });
  }

  table() {
    return this.page.locator("#hn-drafts-table");
  }

  rows() {
    return this.table().locator("tbody").getByRole("row");
  }

  row(name) {
    return this.table().getByRole("row").filter({ has: this.page.getByRole("rowheader", { name }) });
  }

  button(name, opts = { exact: true }) {
    return this.page.getByRole("button", { name, ...opts });
  }

  // ---- storage ----
  async storage() {
    return this.page.evaluate(() => {
      const out = {};
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i);
        out[k] = localStorage.getItem(k);
      }
      return out;
    });
  }

  async drafts() {
    const all = await this.storage();
    return Object.fromEntries(
      Object.entries(all)
        .filter(([k]) => k.startsWith(DRAFT_PREFIX))
        .map(([k, v]) => [k.slice(DRAFT_PREFIX.length), JSON.parse(v)]),
    );
  }

  /** The open draft as stored. */
  async currentDraft() {
    const all = await this.storage();
    const id = all[CURRENT_KEY];
    try {
      return id && all[DRAFT_PREFIX + id] ? JSON.parse(all[DRAFT_PREFIX + id]) : null;
    } catch {
      return null;
    }
  }

  /** Waits until the stored open draft satisfies `pred`. */
  async waitStored(pred, message = "stored draft") {
    await expect.poll(async () => pred(await this.currentDraft()), { message, timeout: 5000 }).toBe(true);
  }
}

/** Puts values into localStorage before the app starts (first load only: a reload keeps what the app wrote).
 *  A seeded `CURRENT_KEY` also becomes this tab's own open case (its sessionStorage pointer), as
 *  if the tab had it open and reloads: since issue 14 only a tab's own case reopens by itself. */
export async function seedStorage(context, entries) {
  await context.addInitScript(([entries, current, tabCurrent]) => {
    if (sessionStorage.getItem("__seeded")) return;
    sessionStorage.setItem("__seeded", "1");
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
    if (entries[current]) sessionStorage.setItem(tabCurrent, entries[current]);
  }, [entries, CURRENT_KEY, TAB_CURRENT_KEY]);
}
