// Page object for the app on a bank's help page (issue 24): examples/embed/index.html served on one
// origin framing the app (a TestServer copy of dist/ built as with FRAME_ANCESTORS) on another;
// assets/embed.js sizes the frame and brings a new step into view.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { AppPage } from "./app.mjs";

const ROOT = resolve(new URL("../../..", import.meta.url).pathname);
const DEMO = join(ROOT, "examples/embed");

export const BANK = "mishima-shinkin/web-banking";
/** The bank line the mishima pack gives (src/engine/packs/mishima-shinkin__web-banking.json). */
export const LINE = {
  tel: "0120-340-030",
  href: "tel:0120340030",
  ja: { name: "三島信用金庫 事務応援課", hours: "受付時間：平日9:00～17:00" },
  en: { name: "Mishima Shinkin Bank, Administrative Support Section (事務応援課)", hours: "Hours: Weekdays 9:00–17:00" },
};
/** The first-hour line without a bank: where the number is, for a stolen card too. */
export const WHERE = {
  ja: "銀行の紛失・盗難・不正利用の窓口の番号は、銀行のウェブサイトや通帳にあります（カードが手元にあれば裏面にも）。",
  en: "Your bank's fraud line: on its website, in your passbook, or on the card if you still have it.",
};
export const HOLDER = { ja: "口座の名義は？", en: "Whose account is it?" };

/** The demo page (a bank's static page): examples/embed/ on `host:port`. */
export class HostServer {
  constructor(host, port) {
    this.host = host;
    this.port = port;
    this.server = createServer((req, res) => {
      const path = new URL(req.url, "http://x").pathname;
      const file = { "/": "index.html", "/index.html": "index.html", "/theme.css": "theme.css" }[path];
      if (!file) {
        res.writeHead(404).end();
        return;
      }
      const type = file.endsWith(".css") ? "text/css" : "text/html";
      res.writeHead(200, { "Content-Type": `${type}; charset=utf-8`, "Cache-Control": "no-cache" });
      res.end(readFileSync(join(DEMO, file)));
    });
  }

  get origin() {
    return `http://${this.host}:${this.port}`;
  }

  start() {
    return new Promise((ok, fail) => {
      this.server.once("error", fail);
      this.server.listen(this.port, this.host, ok);
    });
  }

  stop() {
    return new Promise((ok) => this.server.close(() => ok()));
  }
}

export class EmbedPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page, lang, host, appUrl) {
    this.page = page;
    this.lang = lang;
    this.host = host;
    this.appUrl = appUrl;
    this.errors = [];
    page.on("pageerror", (e) => this.errors.push(String(e)));
  }

  /** The demo page framing `query` of the app (`?scheme=…`); `lang=en` added for English. */
  async open(query = "") {
    let q = query;
    if (this.lang === "en") q += (q ? "&" : "?") + "lang=en";
    const app = new URL("index.html" + q, this.appUrl).href;
    await this.page.goto(`${this.host}/?app=${encodeURIComponent(app)}`);
    this.frameEl = this.page.locator("iframe[data-hosho-navi]");
    await expect(this.frameEl).toHaveAttribute("src", app);
    const handle = await this.frameEl.elementHandle();
    this.frame = await handle.contentFrame();
    // An AppPage over the frame: its locators and steps, inside the bank's page.
    const f = this.frame;
    this.app = new AppPage({ getByRole: (...a) => f.getByRole(...a), locator: (...a) => f.locator(...a), evaluate: (...a) => f.evaluate(...a), on() {} }, this.lang);
  }

  async mounted() {
    await expect(this.frame.locator("html[data-app='mounted']")).toHaveCount(1);
  }

  stepHeading() {
    return this.frame.locator("#hn-step-heading");
  }

  /** The frame's height on the page and its document's own height, and what scrolls inside it. */
  async sizes() {
    const frame = await this.frameEl.evaluate((f) => f.getBoundingClientRect().height);
    const inner = await this.frame.evaluate(() => ({
      content: document.documentElement.getBoundingClientRect().height,
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
    }));
    return { frame, ...inner };
  }

  /** Waits until the frame is as tall as its content, with nothing to scroll inside it. */
  async expectFitted(state) {
    await expect
      .poll(async () => {
        const s = await this.sizes();
        return Math.abs(s.frame - Math.ceil(s.content)) <= 1 && s.scroll <= s.client;
      }, { message: `frame height equals its content (${state}, ${this.lang})` })
      .toBe(true);
    return (await this.sizes()).frame;
  }

  /** Where the element's top is in the page's viewport (the frame's offset added). */
  async topInPage(locator) {
    const frameTop = await this.frameEl.evaluate((f) => f.getBoundingClientRect().top);
    return frameTop + (await locator.evaluate((e) => e.getBoundingClientRect().top));
  }

  async axeViolations() {
    const r = await new AxeBuilder({ page: this.page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  }

  async expectAccessible(state) {
    expect(await this.axeViolations(), `axe on ${state} (${this.lang})`).toEqual([]);
  }
}
