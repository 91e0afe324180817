// A hacked brokerage account's two documents (issue 25, point 4): the report for the firm and the
// sheet for the police, built from the same case and estimate, on a 375 px phone, in Japanese and
// English, with axe scans. Every figure is read off the estimate screen first, so the documents
// must say what the estimate says (no figure is typed into this spec).
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { NOW } from "../pages/app.mjs";
import { BrokeragePage } from "../pages/brokerage.mjs";
import { R } from "../pages/report.mjs";

async function toEstimate(browser, lang) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  const app = new BrokeragePage(page, lang);
  await page.goto("/");
  await app.start();
  await app.chooseFirm("sbi");
  await app.fillDate("2025-04-10");
  await app.page.getByRole("checkbox", { name: app.b.soldOwn }).check();
  await app.page.getByRole("checkbox", { name: app.b.bought }).check();
  await app.fillRow(1, "１２０万円", "80万");
  await app.page.getByRole("textbox", { name: app.b.fees, exact: true }).fill("1,100");
  await app.page.getByRole("radio", { name: app.b.how.phishing }).check();
  await app.page.getByRole("radio", { name: app.b.mfa.off }).check();
  await app.seeEstimate();
  const shown = { total: await app.total(), rows: await app.breakdown(), policy: await app.policy().innerText() };
  // The case has figures to compare (the estimate is not empty).
  expect(shown.rows.length).toBeGreaterThan(3);
  return { context, app, shown };
}

async function checkFacts(app, shown) {
  const doc = app.document();
  await expect(doc).toContainText(app.b.firm.sbi);
  await expect(doc).toContainText(app.b.soldOwn);
  await expect(doc).toContainText(app.b.bought);
  await expect(doc).toContainText(app.b.how.phishing);
  await expect(doc).toContainText(app.b.mfa.off);
  // The one bought security: what was paid and what it is worth, as the estimate counted them.
  const bought = doc.locator("#hn-rep-bought");
  await expect(bought).toContainText(shown.rows[0].figure);
  await expect(bought).toContainText(shown.rows[1].figure);
  expect(await app.horizontalOverflow(), "no sideways scroll at 375 px").toBeLessThanOrEqual(0);
}

for (const lang of ["ja", "en"]) {
  test(`the report for the firm carries the estimate's figures and basis (${lang})`, async ({ browser }) => {
    const { context, app, shown } = await toEstimate(browser, lang);
    await app.openDocument("toReport");
    await app.page.getByRole("textbox", { name: app.b.account, exact: true }).fill("SMS\nlogin");
    await checkFacts(app, shown);
    const est = app.document().locator("#hn-rep-estimate");
    await expect(est).toContainText(shown.policy);
    await expect(est).toContainText(app.b.reported);
    await expect(est).toContainText(shown.total);
    for (const row of shown.rows) await expect(est).toContainText(row.figure);
    await expect(app.document().locator("#hn-rep-account")).toContainText("login");
    await expect(app.page.locator("#hn-rep-finmac")).toContainText("0120-64-5005");
    await app.expectAccessible("brokerage report for the firm");
    // The saved file says the same.
    const download = app.page.waitForEvent("download");
    await app.page.getByRole("button", { name: R[lang].share, exact: true }).click();
    const text = readFileSync(await (await download).path(), "utf8");
    expect(text).toContain(shown.total);
    expect(text).toContain(app.b.reported);
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`the sheet for the police lists the facts, what to bring, #9110 and 110 (${lang})`, async ({ browser }) => {
    const { context, app, shown } = await toEstimate(browser, lang);
    await app.openDocument("toPolice");
    await checkFacts(app, shown);
    await expect(app.page.locator("#hn-rep-evidence li")).toHaveCount(4);
    const contacts = app.page.locator("#hn-rep-contacts");
    await expect(contacts.getByRole("link", { name: "#9110", exact: true })).toHaveAttribute("href", /^tel:/);
    await expect(contacts.getByRole("link", { name: "110", exact: true })).toHaveAttribute("href", "tel:110");
    await app.expectAccessible("brokerage sheet for the police");
    expect(app.errors).toEqual([]);
    await context.close();
  });
}
