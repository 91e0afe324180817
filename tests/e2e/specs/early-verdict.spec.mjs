// A verdict early (issue 12, point 3): after the losses and the notice the result shows, with
// its range and each loss's last day, before any question; the questions only refine it, a
// screen per clause group on a phone as on a desktop, each answer narrowing the estimate live,
// with a way back to the result from every question screen.
import { test, expect } from "@playwright/test";
import { AppPage, NOW, NO_FAULT_003, showDate } from "../pages/app.mjs";

const MISHIMA = { ja: "三島信用金庫 WEBバンキング", en: "Mishima Shinkin Bank: WEB banking" };
const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

/** A 三島 WEB-banking loss of ¥350,000 on 2026-11-20, the bank not told yet: to the result. */
async function toResult(browser, lang, viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  const app = new AppPage(page, lang);
  await app.open();
  await app.chooseScenario("ib");
  await app.chooseScheme(MISHIMA[lang]);
  await app.chooseCustomer("individual");
  await app.fillLoss(1, { date: "2026-11-20", amount: "350000" });
  await app.next();
  await app.notice(null);
  return { context, page, app, t: app.t };
}

for (const lang of ["ja", "en"]) {
  test(`the result shows right after the notice, before any question (${lang})`, async ({ browser }) => {
    const { context, page, app, t } = await toResult(browser, lang, PHONE);
    await expect(page).toHaveURL(/step=result/);
    await expect(page.locator("fieldset.hn-question")).toHaveCount(0);
    await expect(app.stepHeading()).toHaveText(t.tellBank);
    const range = t.range(t.yen(0), t.yen(350000));
    await expect(app.amount()).toHaveText(range);
    // Each loss's last day with the days left: 11-20 + 29 = 12-19, 25 days from 11-24.
    await expect(app.firstDeadline()).toContainText(showDate(lang, "2026-12-19"));
    await expect(app.firstDeadline()).toContainText(t.daysLeft(25));
    const row = app.lossTable().getByRole("row").nth(1);
    await expect(row).toContainText(showDate(lang, "2026-12-19"));
    await expect(row).toContainText(t.daysLeft(25));
    // What could lower it, and the way into the questions.
    const refine = page.getByRole("region", { name: lang === "ja" ? "見込みを絞り込む" : "Narrow the estimate" });
    await expect(refine).toContainText(range);
    await expect(page.locator("#hn-refine-lead")).toHaveText(new RegExp(`\\d+`));
    await expect(refine.getByRole("listitem").first()).toContainText(t.refineCanExclude);
    await expect(app.refineButton()).toHaveText(t.refine);
    await app.expectAccessible("the provisional result");
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`answering narrows the estimate live, a screen per clause group on a phone (${lang})`, async ({ browser }) => {
    test.setTimeout(120_000);
    const { context, page, app, t } = await toResult(browser, lang, PHONE);
    const range = t.range(t.yen(0), t.yen(350000));
    await app.openRefine();
    const counter = page.locator("#hn-progress");
    await expect(counter).toHaveText(t.questionScreen(1, 3));
    // A whole clause group on the phone's screen, not one question.
    expect(await page.locator("fieldset.hn-question").count()).toBeGreaterThan(1);
    const live = page.locator("#hn-live-estimate");
    await expect(live).toHaveText(t.liveEstimate(range));
    // The gross-negligence group: a yes that excludes takes the estimate to ¥0 at once.
    await app.next();
    await expect(counter).toHaveText(t.questionScreen(2, 3));
    await app.answerRadio("g1_told_password", "yes").check();
    await expect(live).toHaveText(t.liveEstimate(t.yen(0)));
    await app.expectAccessible("a question screen with the estimate narrowed");
    await app.answerRadio("g1_told_password", "no").check();
    await expect(live).toHaveText(t.liveEstimate(range));
    await app.back();
    await expect(counter).toHaveText(t.questionScreen(1, 3));
    // Every screen: its counter, the way back to the result, nothing axe finds.
    const seen = [];
    await app.answerAll(NO_FAULT_003, "no", async (i) => {
      seen.push(i);
      await expect(counter).toHaveText(t.questionScreen(i + 1, 3));
      await expect(app.button(t.backToResult)).toBeVisible();
      await app.expectAccessible(`question screen ${i + 1}`);
    });
    expect(seen).toEqual([0, 1, 2]);
    await expect(app.amount()).toHaveText(t.yen(350000));
    await expect(page.locator("#hn-refine-lead")).toHaveText(t.refineDone);
    await expect(app.refineButton()).toHaveText(t.refineReview);
    await app.expectAccessible("the refined result");
    expect(app.errors).toEqual([]);
    await context.close();
  });

  for (const [name, viewport] of [["phone", PHONE], ["desktop", DESKTOP]]) {
    test(`every question screen leads back to the result, grouped alike on a ${name} (${lang})`, async ({ browser }) => {
      const { context, page, app, t } = await toResult(browser, lang, viewport);
      for (let screen = 1; screen <= 3; screen++) {
        await app.openRefine();
        for (let k = 1; k < screen; k++) await app.next();
        await expect(page.locator("#hn-progress")).toHaveText(t.questionScreen(screen, 3));
        await app.button(t.backToResult).click();
        await expect(page).toHaveURL(/step=result/);
        await expect(app.stepHeading()).toHaveText(t.tellBank);
        await expect(app.stepHeading()).toBeFocused();
      }
      // "Back" on the first question screen is the result too.
      await app.openRefine();
      await app.back();
      await expect(page).toHaveURL(/step=result/);
      expect(app.errors).toEqual([]);
      await context.close();
    });
  }
}
