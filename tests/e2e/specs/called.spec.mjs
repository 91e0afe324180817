// "I've called" (issue 12, point 2): it records the notice date and time in Japan time (on the
// result, issue 22 asks first, with now as the default, and lets it be undone: result-first-screen)
// (editable on the notice step), and from then on the result is written for after the notice:
// no "tell the bank now" banner, no urgency badge on a loss notified in time, which says so
// instead of its days left or past.
import { test, expect } from "@playwright/test";
import { AppPage, NOW, showDate } from "../pages/app.mjs";

const MISHIMA = { ja: "三島信用金庫 WEBバンキング", en: "Mishima Shinkin Bank: WEB banking" };
// 13:00 in Japan is 23:00 the day before in New York: a device-local clock would record 11-23.
const ZONE = "America/New_York";
const RECORD = { ja: "記録する", en: "Record" };
const TIME = { ja: (h, m) => `${h}:${m}`, en: (h, m) => `${String(h).padStart(2, "0")}:${m}` };

async function toNotice(browser, lang, loss) {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, timezoneId: ZONE });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  const app = new AppPage(page, lang);
  await app.open();
  await app.chooseScenario("ib");
  await app.chooseScheme(MISHIMA[lang]);
  await app.chooseCustomer("individual");
  await app.fillLoss(1, loss);
  await app.next();
  return { context, page, app, t: app.t };
}

for (const lang of ["ja", "en"]) {
  test(`「連絡した」 on the result records the call in Japan time once confirmed; editable afterwards (${lang})`, async ({ browser }) => {
    const { context, page, app, t } = await toNotice(browser, lang, { date: "2026-11-20", amount: "350000" });
    await app.notice(null);
    const row = app.lossTable().getByRole("row").nth(1);
    await expect(app.stepHeading()).toHaveText(t.tellBank);
    await expect(row.locator(".hn-badge")).toHaveCount(1);
    await expect(row).toContainText(t.daysLeft(25));
    await app.button(t.called).click();
    // Issue 22: the result asks when before recording (now, in Japan time, by default).
    await app.button(RECORD[lang]).click();
    // Written for after the notice: no banner, no badge; the loss was notified in time.
    await expect(app.stepHeading()).toHaveText(t.calledTitle);
    await expect(app.stepHeading()).toBeFocused();
    await expect(page.getByRole("heading", { name: t.tellBank })).toHaveCount(0);
    await expect(page.locator("#hn-called-line")).toHaveText(t.calledLine(`${showDate(lang, "2026-11-24")} ${TIME[lang](13, "00")}`));
    await expect(row).toContainText(t.notifiedInTime);
    await expect(row).not.toContainText(t.daysLeft(25));
    await expect(app.lossTable().locator(".hn-badge")).toHaveCount(0);
    await app.expectAccessible("the result after the call");
    // Editable: the notice step holds the date and time recorded.
    await app.button(t.calledEdit).click();
    const on = page.getByRole("textbox", { name: t.notifiedOn, exact: true });
    const at = page.getByRole("textbox", { name: t.notifiedAt, exact: true });
    await expect(page.getByRole("radio", { name: t.notifiedYes, exact: true })).toBeChecked();
    await expect(on).toHaveValue("2026-11-24");
    await expect(at).toHaveValue("13:00");
    await on.fill("2026-11-23");
    await at.fill("9:05");
    await app.expectAccessible("the notice step with the recorded call");
    await app.next();
    await expect(page.locator("#hn-called-line")).toHaveText(t.calledLine(`${showDate(lang, "2026-11-23")} ${TIME[lang](9, "05")}`));
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`one tap on the notice step records the call and shows the result (${lang})`, async ({ browser }) => {
    const { context, page, app, t } = await toNotice(browser, lang, { date: "2026-11-20", amount: "350000" });
    await app.expectAccessible("the notice step");
    await app.button(t.called).click();
    await expect(page).toHaveURL(/step=result/);
    await expect(app.stepHeading()).toHaveText(t.calledTitle);
    await expect(page.locator("#hn-called-line")).toHaveText(t.calledLine(`${showDate(lang, "2026-11-24")} ${TIME[lang](13, "00")}`));
    await expect(app.lossTable().getByRole("row").nth(1)).toContainText(t.notifiedInTime);
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`a loss notified in time long ago says so, not how many days past (${lang})`, async ({ browser }) => {
    // Lost 09-01, last day 09-30, told the bank 09-10: 55 days past today, but notified in time.
    const { context, page, app, t } = await toNotice(browser, lang, { date: "2026-09-01", amount: "100000" });
    await app.notice("2026-09-10");
    const row = app.lossTable().getByRole("row").nth(1);
    await expect(row).toContainText(showDate(lang, "2026-09-30"));
    await expect(row).toContainText(t.notifiedInTime);
    await expect(row).not.toContainText(t.daysLeft(-55));
    await expect(row.locator(".hn-badge")).toHaveCount(0);
    await expect(app.stepHeading()).toHaveText(t.calledTitle);
    await expect(page.getByRole("heading", { name: t.tellBank })).toHaveCount(0);
    await app.expectAccessible("a result notified in time");
    expect(app.errors).toEqual([]);
    await context.close();
  });
}
