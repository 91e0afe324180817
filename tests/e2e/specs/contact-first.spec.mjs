// Issue 12, point 1: the bank's number first. Once the scheme is known, every step shows that
// bank's line as a tel: link with its hours and whether it is open now (Japan time, the pack's
// hours, the holiday calendar); while closed, what to do now and when it opens. The emergency
// panel shows the same. A pack without a number says where to find it, once; a stolen card is
// never where the user is told to look.
import { test, expect } from "@playwright/test";
import { AppPage, NOW } from "../pages/app.mjs";
import { ContactBox } from "../pages/contact.mjs";

/** Saturday 2026-11-28 10:00 in Japan: 三島's line (平日9:00～17:00) opens Monday 11-30 9:00. */
const SATURDAY = new Date("2026-11-28T10:00:00+09:00");

async function phone(browser, lang, clock) {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.clock.setFixedTime(clock);
  const app = new AppPage(page, lang);
  await app.openFresh();
  return { context, page, app, box: new ContactBox(app) };
}

async function emergencyPanel(app) {
  await app.page.getByRole("banner").getByRole("button", { name: app.t.emergency }).click();
  const panel = app.page.locator("#hn-emergency");
  await expect(panel.getByRole("heading", { name: app.t.emergencyTitle })).toBeFocused();
  return panel;
}

for (const lang of ["ja", "en"]) {
  test(`once 三島信用金庫 is chosen the same screen shows its number without scrolling, open now (${lang})`, async ({ browser }) => {
    const { context, page, app, box } = await phone(browser, lang, NOW); // Tuesday 13:00
    await app.chooseScenario("ib");
    await expect(box.box()).toHaveCount(0); // no bank yet, no box
    await app.chooseScheme(box.c.mishima);
    await expect(page).toHaveURL(/step=scheme/);
    const tel = box.tel("0120-340-030");
    await expect(tel).toHaveAttribute("href", "tel:0120340030");
    await box.expectInViewport(tel);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(box.box()).toContainText(box.c.hours);
    await expect(box.box()).toContainText(box.c.open(lang === "ja" ? "17:00" : "17:00"));
    await expect(box.box().getByText(box.c.nowTitle)).toHaveCount(0);
    await app.expectAccessible("bank contact, open");
    // The losses and notice steps keep it.
    await app.chooseCustomer("individual");
    await expect(box.tel("0120-340-030")).toBeVisible();
    await app.fillLoss(1, { date: "2026-11-20", amount: "120000" });
    await app.next();
    await expect(page).toHaveURL(/step=notice/);
    await expect(box.tel("0120-340-030")).toBeVisible();
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`closed on a Saturday: what to do now and when it opens (${lang})`, async ({ browser }) => {
    const { context, page, app, box } = await phone(browser, lang, SATURDAY);
    await app.chooseScenario("ib");
    await app.chooseScheme(box.c.mishima);
    await box.expectInViewport(box.tel("0120-340-030"));
    await expect(box.box()).toContainText(box.c.closed(box.when("2026-11-30", "09:00")));
    // On a step, what to do now is one tap away (the step's question stays near the top).
    await expect(box.tel("110")).toBeHidden();
    await box.box().getByText(box.c.nowTitle).click();
    await expect(box.tel("110")).toBeVisible();
    await expect(box.tel("110")).toHaveAttribute("href", "tel:110");
    await expect(box.tel("#9110")).toHaveAttribute("href", "tel:%239110");
    await app.expectAccessible("bank contact, closed");
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`the emergency panel shows the bank's number once a bank is chosen (${lang})`, async ({ browser }) => {
    const { context, page, app, box } = await phone(browser, lang, SATURDAY);
    // Before a bank is chosen: the generic hint.
    let panel = await emergencyPanel(app);
    await expect(panel).toContainText(box.c.genericWhere);
    await expect(box.box(panel)).toHaveCount(0);
    await app.button(app.t.emergencyClose).click();
    await app.chooseScenario("ib");
    await app.chooseScheme(box.c.mishima);
    panel = await emergencyPanel(app);
    await expect(box.tel("0120-340-030", panel)).toHaveAttribute("href", "tel:0120340030");
    await expect(box.box(panel)).toContainText(box.c.closed(box.when("2026-11-30", "09:00")));
    await expect(box.box(panel).getByText(box.c.nowTitle)).toBeVisible();
    await expect(panel).not.toContainText(box.c.genericWhere);
    // The police lines once each (the panel's own list), not twice.
    await expect(panel.getByRole("link", { name: "#9110", exact: true })).toHaveCount(1);
    await app.expectAccessible("emergency panel with the bank's contact");
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`東日本銀行: where to find the number, said once (${lang})`, async ({ browser }) => {
    const { context, page, app, box } = await phone(browser, lang, NOW);
    await app.chooseScenario("ib");
    await app.chooseScheme(box.c.higashi);
    await box.expectInViewport(box.box().getByText(box.c.whereToFind, { exact: false }));
    await expect(page.getByText(box.c.whereToFind, { exact: false })).toHaveCount(1);
    await expect(box.box().getByRole("link")).toHaveCount(0); // no number is invented
    await app.expectAccessible("bank contact without a number");
    await app.chooseCustomer("corporation");
    await app.fillLoss(1, { date: "2026-11-20", amount: "120000" });
    await app.next();
    await app.notice(null);
    await app.answerAll({}, "unknown");
    await expect(page.getByText(box.c.whereToFind, { exact: false })).toHaveCount(1);
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`a stolen card: ask the issuer, never read the stolen card (${lang})`, async ({ browser }) => {
    const { context, page, app, box } = await phone(browser, lang, NOW);
    await app.chooseScenario("stolen");
    await expect(page).toHaveURL(/step=customer/);
    await expect(box.box()).toContainText(box.c.askIssuer);
    await box.expectInViewport(box.box().getByText(box.c.askIssuer, { exact: false }));
    await expect(page.locator("#hn-screen")).not.toContainText(box.c.readTheCard);
    await app.expectAccessible("bank contact, stolen card");
    const panel = await emergencyPanel(app);
    await expect(box.box(panel)).toContainText(box.c.askIssuer);
    await expect(panel).not.toContainText(box.c.readTheCard);
    expect(app.errors).toEqual([]);
    await context.close();
  });
}
