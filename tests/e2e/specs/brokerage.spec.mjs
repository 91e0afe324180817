// A victim of each brokerage policy shape gets an estimate on a phone (375 px), in Japanese and
// English, with an axe scan of each result (issue 25). Expected values are worked by hand from
// src/engine/brokerage/brokerage.json, not read off the screen; the browser's date is 2026-11-24:
// - SBI証券 (half-bought, reported: 時事通信 2025-07-25), trades on 2025-04-10: row 1 paid １２０万円,
//   worth 80万 now; row 2 paid 50,000, sold for 70,000 (a gain). Loss = 1,250,000 − 870,000 =
//   380,000 (netted); 50 % = 190,000 (rounded down, exact here); fees 1,100; solatium 10,000:
//   201,100.
// - 野村證券 on 2025-06-28, its last day of restoration (official, 2025-07-29): restored, no sum.
// - SBIネオトレード証券 on 2026-02-01, after its 2026-01-10 cut-off (official): case by case.
// - A firm outside the ten: the agreement does not bind it: case by case.
import { test, expect } from "@playwright/test";
import { NOW } from "../pages/app.mjs";
import { BrokeragePage } from "../pages/brokerage.mjs";

async function phone(browser, lang) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  const app = new BrokeragePage(page, lang);
  await page.goto("/");
  return { context, app };
}

async function checkResult(app, state) {
  await expect(app.page.getByRole("heading", { name: app.b.now })).toBeVisible();
  await expect(app.page.getByRole("link", { name: "0120-64-5005" })).toHaveAttribute("href", "tel:0120645005");
  expect(await app.horizontalOverflow(), `no sideways scroll at 375 px (${state})`).toBeLessThanOrEqual(0);
  await app.expectAccessible(state);
  expect(app.errors).toEqual([]);
}

for (const lang of ["ja", "en"]) {
  test(`half of the loss + fees + solatium, based on press reports (${lang})`, async ({ browser }) => {
    const { context, app } = await phone(browser, lang);
    await app.start();
    // Nothing chosen: the estimate is refused and the missing firm is said.
    await app.page.getByRole("button", { name: app.t.seeResult, exact: true }).click();
    await expect(app.page.getByRole("alert")).toContainText(app.b.missingFirm);
    await app.chooseFirm("sbi");
    await app.fillDate("2025-04-10");
    await app.page.getByRole("checkbox", { name: app.b.soldOwn }).check();
    await app.page.getByRole("checkbox", { name: app.b.bought }).check();
    await app.fillRow(1, "１２０万円", "80万");
    await app.page.getByRole("button", { name: app.b.addRow }).click();
    await app.fillRow(2, "50,000", "70,000");
    await app.page.getByRole("textbox", { name: app.b.fees, exact: true }).fill("1,100");
    await app.page.getByRole("radio", { name: app.b.how.phishing }).check();
    await app.page.getByRole("radio", { name: app.b.mfa.off }).check();
    await app.expectAccessible("brokerage questions");
    await app.seeEstimate();
    await expect(app.policy()).toHaveText(app.b.half(50));
    await expect(app.basis()).toHaveText(app.b.reported);
    await expect(app.estimate()).toContainText(app.b.estimate + app.t.yen(201100));
    await expect(app.page.getByRole("table")).toContainText(app.t.yen(380000));
    await expect(app.page.getByRole("heading", { name: app.b.lower })).toBeVisible();
    await checkResult(app, "brokerage half");
    // The answers are kept: back to the questions, the rows are still there.
    await app.page.getByRole("button", { name: lang === "ja" ? "回答を直す" : "Change my answers" }).click();
    await expect(app.row(2).getByRole("textbox", { name: app.b.paid, exact: true })).toHaveValue("50,000");
    await context.close();
  });

  test(`restoration up to the firm's cut-off, official (${lang})`, async ({ browser }) => {
    const { context, app } = await phone(browser, lang);
    await app.start();
    await app.chooseFirm("nomura");
    await app.fillDate("2025-06-28");
    await app.page.getByRole("checkbox", { name: app.b.soldOwn }).check();
    await app.seeEstimate();
    await expect(app.policy()).toHaveText(app.b.restore);
    await expect(app.basis()).toHaveText(app.b.official);
    await expect(app.estimate()).toContainText(app.b.restoreBox);
    await checkResult(app, "brokerage restore");
    await context.close();
  });

  test(`case by case after the firm's cut-off date (${lang})`, async ({ browser }) => {
    const { context, app } = await phone(browser, lang);
    await app.start();
    await app.chooseFirm("neotrade");
    await app.fillDate("2026-02-01");
    await app.page.getByRole("radio", { name: app.b.how.told }).check();
    await app.seeEstimate();
    await expect(app.policy()).toHaveText(app.b.caseByCase);
    await expect(app.basis()).toHaveText(app.b.official);
    await expect(app.page.getByRole("heading", { name: app.b.open })).toBeVisible();
    await checkResult(app, "brokerage case by case");
    await context.close();
  });

  test(`a firm outside the ten gets the agreement's reading (${lang})`, async ({ browser }) => {
    const { context, app } = await phone(browser, lang);
    await app.start();
    await app.chooseFirm("other");
    await app.fillDate("2025-09-01");
    await app.seeEstimate();
    await expect(app.policy()).toHaveText(app.b.other);
    await expect(app.basis()).toHaveCount(0);
    await checkResult(app, "brokerage other firm");
    await context.close();
  });
}

for (const lang of ["ja", "en"]) {
  test(`a link to the brokerage advice offers the estimate (${lang})`, async ({ browser }) => {
    const { context, app } = await phone(browser, lang);
    await app.open("?scheme=brokerage-hacked");
    await expect(app.stepHeading()).toHaveText(lang === "ja" ? "証券口座が乗っ取られた" : "Brokerage account hacked");
    await app.page.getByRole("button", { name: app.b.estimateLink }).click();
    await expect(app.stepHeading()).toHaveText(app.b.title);
    expect(app.errors).toEqual([]);
    await context.close();
  });
}
