// Page object for the app shell: every spec goes through it, with role-based locators.
import AxeBuilder from "@axe-core/playwright";
import { expect } from "@playwright/test";

export class AppPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.errors = [];
    page.on("pageerror", (e) => this.errors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error") this.errors.push(m.text()); });
  }

  async open(query = "") {
    await this.page.goto("/" + query);
    // The app marks <html> once the wasm has mounted; the static shell alone does not.
    await expect(this.page.locator("html[data-app='mounted']")).toHaveCount(1);
  }

  mainHeading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  async axeViolations() {
    const r = await new AxeBuilder({ page: this.page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  }
}
