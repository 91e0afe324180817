// Issue 12, point 8: in staff mode on a 1280×900 screen the saved cases sit beside the screen,
// so the verdict stays in the first screenful; the A4 summary lists each step once and shows,
// per loss, the amount, what was returned and the difference, as the engine counts them.
import { test, expect } from "@playwright/test";
import { NOW } from "../pages/app.mjs";
import { StaffPage } from "../pages/summary.mjs";
import { SharedPcPage } from "../pages/shared-pc.mjs";

const LOSSES = [
  { date: "2026-11-10", amount: "300000", recovered: "50000" },
  { date: "2026-11-12", amount: "80000" },
];
// (amount, returned, net) per loss, as entered and as the result shows the net.
const MONEY = [
  [300000, 50000, 250000],
  [80000, 0, 80000],
];

async function staffResult(browser, lang) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  const app = new StaffPage(page, lang);
  await app.openFresh();
  await app.staffOn();
  await app.mishimaResult(LOSSES);
  return { context, page, app };
}

for (const lang of ["ja", "en"]) {
  test(`staff mode at 1280×900: the verdict and amount are in the first screenful (${lang})`, async ({ browser }) => {
    const { context, page, app } = await staffResult(browser, lang);
    // The case list stays open, beside the screen and before it (left, first in keyboard order).
    await expect(page.getByRole("button", { name: app.s.panel })).toHaveAttribute("aria-expanded", "true");
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(app.verdict()).toBeInViewport({ ratio: 1 });
    await expect(app.amount()).toBeInViewport({ ratio: 1 });
    const drafts = await page.locator("#hn-drafts").boundingBox();
    const screen = await page.locator("#hn-screen").boundingBox();
    expect(drafts.x + drafts.width).toBeLessThanOrEqual(screen.x);
    expect(await app.horizontalOverflow()).toBe(0);
    await app.expectAccessible("staff mode result at 1280×900");
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`the A4 summary: each step once; amount, returned and net per loss as on the result (${lang})`, async ({ browser }) => {
    const { context, page, app } = await staffResult(browser, lang);
    // The result's own figures: the net per loss.
    const shown = await app.resultLosses().locator("tbody tr").evaluateAll((rows, label) =>
      rows.map((r) => r.querySelector(`td[data-label="${label}"]`)?.textContent?.trim()), app.s.colAmount);
    expect(shown).toEqual(MONEY.map(([, , net]) => app.t.yen(net)));
    await page.emulateMedia({ media: "print" });
    const summary = app.summary();
    await expect(summary).toBeVisible();
    await expect(page.locator("#hn-screen")).toBeHidden();
    // The page's full width, not the screen's column beside the (hidden) case list.
    expect((await summary.boundingBox()).x).toBeLessThan(100);
    const table = summary.getByRole("table");
    const head = await table.getByRole("columnheader").allTextContents();
    const col = (name) => head.indexOf(name);
    for (const name of [app.s.gross, app.s.recovered, app.s.net]) expect(col(name), name).toBeGreaterThan(-1);
    const rows = await table.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent.trim())));
    expect(rows).toHaveLength(MONEY.length);
    rows.forEach((cells, i) => {
      const [gross, recovered, net] = MONEY[i];
      expect(cells[col(app.s.gross)]).toBe(app.t.yen(gross));
      expect(cells[col(app.s.recovered)]).toBe(app.t.yen(recovered));
      expect(cells[col(app.s.net)]).toBe(shown[i]);
      expect(cells[col(app.s.net)]).toBe(app.t.yen(net));
    });
    // Each step once: no two lines of the plan say the same, and the police report is one line.
    const steps = summary.getByRole("heading", { name: app.s.summarySteps }).locator("xpath=following-sibling::ul[1]").getByRole("listitem");
    const texts = (await steps.allTextContents()).map((s) => s.replace(/^[☐☑]\s*\S+\s*/, "").trim());
    expect(texts.length).toBeGreaterThan(2);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.filter((s) => (lang === "ja" ? /警察/ : /police/i).test(s))).toHaveLength(1);
    await app.expectAccessible("A4 summary in print");
    expect(app.errors).toEqual([]);
    await context.close();
  });
}

// Issue 22, point 8: 「次のお客さま」 (the staff bar) and 「新しい案件を始める」 (the open case's
// buttons) never overlap, on a 375 px phone or a desktop, measured as laid out (boundingBox);
// and what each does is said: the new case is another case of the same customer.
const HINT = {
  ja: "同じお客さまの別の案件を始めます（表示中の案件は一覧に残ります）。お客さまが替わるときは「次のお客さま」を押してください。",
  en: 'Starts another case for the same customer (the open case stays in the list). When the customer changes, press "Next customer".',
};
for (const lang of ["ja", "en"]) {
  for (const width of [375, 1280]) {
    test(`next customer and new case do not overlap at ${width} px, and say what each does (${lang})`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const app = new SharedPcPage(await context.newPage(), lang);
      const { page } = app;
      await app.openFresh();
      await app.staffOn();
      await app.startStolenCard();
      await app.amount().fill("60000");
      await app.openPanel();
      const next = app.nextCustomerButton();
      const fresh = page.getByRole("button", { name: app.t.newCase, exact: true });
      await expect(next).toBeVisible();
      await expect(fresh).toBeVisible();
      const a = await next.boundingBox();
      const b = await fresh.boundingBox();
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart, `次のお客さま ${JSON.stringify(a)} / 新しい案件を始める ${JSON.stringify(b)}`).toBe(true);
      // Each is a button of its own to a pointer: the topmost element at its centre is itself.
      for (const loc of [next, fresh]) {
        await loc.scrollIntoViewIfNeeded();
        const box = await loc.boundingBox(); // viewport coordinates
        const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.textContent ?? "", [box.x + box.width / 2, box.y + box.height / 2]);
        expect(hit).toBe(await loc.textContent());
      }
      // Laid apart, they still read alike: the new-case button says it keeps the customer.
      await expect(fresh).toHaveAccessibleDescription(HINT[lang]);
      expect(await app.horizontalOverflow()).toBe(0);
      expect(app.errors).toEqual([]);
      await context.close();
    });
  }
}
