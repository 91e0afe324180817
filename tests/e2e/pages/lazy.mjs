// Page object for the features loaded on use (issue 23, src/ui/lazy.rs): which module each one
// is in, what shows while one loads or when it fails (texts as lazy.rs writes them), and the
// routes that hold a module back or fail it.
import { expect } from "@playwright/test";

export const LZ = {
  ja: {
    loading: "読み込んでいます…",
    failed: /この機能を読み込めませんでした。/,
    retry: "もう一度読み込む",
  },
  en: {
    loading: "Loading…",
    failed: /This feature could not be loaded\./,
    retry: "Try again",
  },
};

/** The split module of each lazy group (scripts/wasm-split.mjs names them `split_<group>-<hash>.wasm`). */
export const MODULE = {
  result: /\/split_hn_result-[0-9a-f]+\.wasm$/,
  report: /\/split_hn_report-[0-9a-f]+\.wasm$/,
  followup: /\/split_hn_followup-[0-9a-f]+\.wasm$/,
  drafts: /\/split_hn_drafts_panel-[0-9a-f]+\.wasm$/,
  notes: /\/split_hn_drafts_notes-[0-9a-f]+\.wasm$/,
  brokerage: /\/split_hn_brokerage-[0-9a-f]+\.wasm$/,
};

/** The staff deployment's own lazy group (the A4 summary, the idle cover): dist/ fetches it only
 * if staff mode could be on, which it cannot there. */
export const STAFF_MODULES = {
  staff: /\/split_hn_staff-[0-9a-f]+\.wasm$/,
};

export class LazyPage {
  /** @param {import("./app.mjs").AppPage} app */
  constructor(app) {
    this.app = app;
    this.page = app.page;
    this.t = LZ[app.lang];
  }

  busy() {
    return this.page.getByRole("status").filter({ hasText: this.t.loading });
  }

  failure() {
    return this.page.getByRole("alert").filter({ hasText: this.t.failed });
  }

  retry() {
    return this.page.getByRole("button", { name: this.t.retry, exact: true });
  }

  /** Holds every request for `module` until the returned function is called; counts them. */
  async hold(module) {
    let release;
    const gate = new Promise((r) => (release = r));
    const seen = { count: 0 };
    await this.page.route(module, async (route) => {
      seen.count++;
      await gate;
      await route.continue();
    });
    return { release, seen };
  }

  /** Fails every request for `module` until the returned function is called. */
  async fail(module) {
    const handler = (route) => route.abort("internetdisconnected");
    await this.page.route(module, handler);
    return () => this.page.unroute(module, handler);
  }

  async expectNoBusy() {
    await expect(this.busy()).toHaveCount(0);
  }
}
