// Page object for a shared PC (issue 14, points 1 and 2): new tabs, "next customer", the idle
// cover, retention and erasing across tabs (src/ui/store.rs, idle.rs, engine/session.rs). Texts
// mirror src/ui/i18n_drafts.rs.
import { expect } from "@playwright/test";
import { DraftsPage, DRAFT_PREFIX, CURRENT_KEY, TAB_CURRENT_KEY } from "./drafts.mjs";
import { L } from "./app.mjs";

export const STAFF_KEY = "hosho-navi.staff";
export const IDLE_KEY = "hosho-navi.idle-seconds";

export { DRAFT_PREFIX, CURRENT_KEY, TAB_CURRENT_KEY };

export const S = {
  ja: {
    start: L.ja.start,
    nextCustomer: "次のお客さま",
    idleNotice10: "10分操作がないと画面を隠します。",
    retention30: "保存した案件は、最後の変更から30日たつと、アプリを開いたときに消去します。",
    idleTitle: "画面を隠しました",
    idleContinue: "続ける",
  },
  en: {
    start: L.en.start,
    nextCustomer: "Next customer",
    idleNotice10: "The screen is hidden after 10 minutes without input.",
    retention30: "Saved cases are erased when the app opens, 30 days after their last change.",
    idleTitle: "Screen hidden",
    idleContinue: "Continue",
  },
};

const DAY_MS = 86_400_000;

/** A stored v1 draft, as the app writes it, last changed `daysAgo` days ago. */
export function storedDraft(id, { name = "", amount = "1000", daysAgo = 0 } = {}) {
  return JSON.stringify({
    draft_version: 1, id, name, rev: 1, tab: "t-seed", updated_ms: Date.now() - daysAgo * DAY_MS,
    case: { scenario: "stolen_card", scheme: "statutory/stolen-card", customer: "individual",
      transactions: [{ date: "2026-11-01", time: "", amount_yen: amount, recovered_yen: "" }],
      notified: null, notified_on: "", stolen_on: "", unavoidable_days: "", already_compensated_yen: "",
      answers: {}, notes: "" },
    ui: { step: "losses", question: 0, advice: null, ticks: [], staff_note: "" },
  });
}

export class SharedPcPage extends DraftsPage {
  constructor(page, lang = "ja") {
    super(page, lang);
    this.s = S[lang];
  }

  /** The start screen's heading, as a new case shows it. */
  startHeading() {
    return this.stepHeading().filter({ hasText: this.s.start });
  }

  async expectStartScreen() {
    await expect(this.stepHeading()).toHaveText(this.s.start);
    await expect(this.amount()).toHaveCount(0);
  }

  async staffOn() {
    await this.openPanel();
    await this.staffSwitch().click();
    await expect(this.staffSwitch()).toHaveAttribute("aria-pressed", "true");
  }

  nextCustomerButton() {
    return this.page.getByRole("button", { name: this.s.nextCustomer, exact: true });
  }

  idleHeading() {
    return this.page.getByRole("heading", { level: 2, name: this.s.idleTitle });
  }

  continueButton() {
    return this.page.getByRole("button", { name: this.s.idleContinue, exact: true });
  }

  /** This tab's sessionStorage keys of the app. */
  async sessionKeys() {
    return this.page.evaluate(() =>
      Object.keys(sessionStorage).filter((k) => k.startsWith("hosho-navi.")));
  }

  /** Holds back this tab's autosave (its 250 ms debounce timer) until the returned function runs:
   *  a change typed meanwhile stays unsaved. Only this page's `setTimeout` is wrapped. */
  async holdAutosave() {
    await this.page.evaluate(() => {
      const real = (window.__hnRealSetTimeout ||= window.setTimeout);
      window.__hnHeld = [];
      window.setTimeout = (fn, ms, ...args) =>
        ms >= 200 && ms < 1000 ? (window.__hnHeld.push(() => fn(...args)), 0) : real.call(window, fn, ms, ...args);
    });
    return () => this.page.evaluate(() => {
      window.setTimeout = window.__hnRealSetTimeout;
      for (const f of window.__hnHeld.splice(0)) f();
    });
  }
}

/** Every `hosho-navi.` key in localStorage, read through `page`. */
export async function appKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("hosho-navi.")));
}
