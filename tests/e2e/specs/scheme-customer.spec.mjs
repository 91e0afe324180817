// Issue 12, figure (b): internet banking chosen from the start screen asks the bank and the
// account holder on one screen, and shows the bank's number there as soon as the bank is chosen
// (start → scheme → losses → notice → result: 5 screens). A bank's link (?scheme=) has no scheme
// step, so the account holder keeps a step of its own.
import { test, expect } from "@playwright/test";
import { AppPage, NOW } from "../pages/app.mjs";
import { ContactBox } from "../pages/contact.mjs";

const Q = {
  ja: {
    bankLegend: "口座のある銀行の補償制度を選んでください。",
    holder: "口座の名義は？",
    scheme: "銀行と口座の名義",
    missingBank: "口座のある銀行を選んでください。",
    missingHolder: "口座の名義を選んでください。",
    chooseOne: "どれか1つを選んでください。",
  },
  en: {
    bankLegend: "Choose the compensation scheme of the bank where the account is.",
    holder: "Whose account is it?",
    scheme: "Your bank and account",
    missingBank: "Choose the bank where the account is.",
    missingHolder: "Choose whose account it is.",
    chooseOne: "Please choose one.",
  },
};

const JBA_CORPORATE = {
  ja: "全国銀行協会 法人向けインターネットバンキングの補償の考え方",
  en: "Japanese Bankers Association guidance for corporate internet banking",
};

async function phone(browser, lang) {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW); // Tuesday 13:00 in Japan
  const app = new AppPage(page, lang);
  return { context, page, app, box: new ContactBox(app), q: Q[lang] };
}

for (const lang of ["ja", "en"]) {
  test(`the scheme screen asks the bank and the account holder; next with neither shows both errors (${lang})`, async ({ browser }) => {
    const { context, page, app, q } = await phone(browser, lang);
    await app.openFresh();
    await app.chooseScenario("ib");
    await expect(page).toHaveURL(/step=scheme/);
    await expect(app.stepHeading()).toHaveText(q.scheme);
    const bank = page.getByRole("group", { name: q.bankLegend, exact: true });
    const holder = page.getByRole("group", { name: q.holder, exact: true });
    await expect(bank.getByRole("radio")).toHaveCount(4);
    await expect(holder.getByRole("radio")).toHaveCount(3);
    await expect(page.locator("#hn-progress")).toHaveText(/^\D*1\D+4$/);
    await app.expectAccessible("scheme and account holder");
    // Next with neither: the summary lists both, each group shows its error, focus on the first.
    await app.next();
    await expect(page).toHaveURL(/step=scheme/);
    const summary = page.locator("#hn-error-summary");
    await expect(summary).toContainText(q.missingBank);
    await expect(summary).toContainText(q.missingHolder);
    await expect(bank.getByText(q.chooseOne)).toBeVisible();
    await expect(holder.getByText(q.chooseOne)).toBeVisible();
    await expect(bank.getByRole("radio").first()).toBeFocused();
    await expect(holder.getByRole("radio").first()).toHaveAttribute("aria-invalid", "true");
    await app.expectAccessible("scheme and account holder, both missing");
    // The bank alone: its line leaves the summary, the holder's stays, focus goes to the holder.
    await bank.getByRole("radio").nth(1).check();
    await expect(summary).not.toContainText(q.missingBank);
    await expect(summary).toContainText(q.missingHolder);
    await app.next();
    await expect(page).toHaveURL(/step=scheme/);
    await expect(holder.getByRole("radio").first()).toBeFocused();
    await app.chooseCustomer("individual");
    await expect(page).toHaveURL(/step=losses/);
    await expect(page.locator("#hn-progress")).toHaveText(/^\D*2\D+4$/);
    // Back is the same screen, both answers kept.
    await app.back();
    await expect(bank.getByRole("radio").nth(1)).toBeChecked();
    await expect(holder.getByRole("radio", { name: app.t.customer.individual, exact: true })).toBeChecked();
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`the bank's number shows on the scheme screen at 375 px once 三島 is chosen (${lang})`, async ({ browser }) => {
    const { context, page, app, box } = await phone(browser, lang);
    await app.openFresh();
    await app.chooseScenario("ib");
    await expect(box.box()).toHaveCount(0);
    await app.chooseScheme(box.c.mishima);
    await expect(page).toHaveURL(/step=scheme/);
    const tel = box.tel("0120-340-030");
    await expect(tel).toHaveAttribute("href", "tel:0120340030");
    await box.expectInViewport(tel);
    expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
    await app.expectAccessible("scheme screen with the bank's number");
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`"not listed" follows the account holder chosen on the same screen (${lang})`, async ({ browser }) => {
    const { context, page, app, box } = await phone(browser, lang);
    await app.openFresh();
    await app.chooseScenario("ib");
    await app.chooseScheme("notListed");
    await app.chooseCustomer("corporation");
    await app.fillLoss(1, { date: "2026-11-20", amount: "100000" });
    await app.next();
    await app.notice(null);
    // Assessed under the JBA guidance for corporations: the bank decides case by case.
    await expect(page.locator("#hn-screen")).toContainText(JBA_CORPORATE[lang]);
    await expect(app.verdict()).toHaveText(app.t.verdict.case_by_case);
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`a bank's link keeps the account holder's own step (${lang})`, async ({ browser }) => {
    const { context, page, app, q } = await phone(browser, lang);
    await app.openFresh("?scheme=mishima-shinkin/web-banking");
    await expect(page).toHaveURL(/step=customer/);
    await expect(app.stepHeading()).toHaveText(q.holder);
    await expect(page.getByRole("group", { name: q.bankLegend, exact: true })).toHaveCount(0);
    await expect(page.locator("#hn-progress")).toHaveText(/^\D*1\D+4$/);
    await app.expectAccessible("bank link, account holder step");
    await app.chooseCustomer("individual");
    await expect(page).toHaveURL(/step=losses/);
    expect(app.errors).toEqual([]);
    await context.close();
  });
}
