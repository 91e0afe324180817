// Amounts as people type them: full-width digits, commas, 円, 万円, 1.5万, spaces. Anything else
// gets a message tied to the field, and what was typed stays in the field.
import { test, expect } from "@playwright/test";
import { AppPage, NOW, NO_FAULT_003 } from "../pages/app.mjs";

async function toLosses(app, lang) {
  await app.open();
  await app.chooseScenario("ib");
  await app.chooseScheme(lang === "ja" ? "三島信用金庫 WEBバンキング" : "Mishima Shinkin Bank: WEB banking");
  await app.chooseCustomer("individual");
}

const READINGS = [
  ["１２０，０００", 120000],
  ["12万円", 120000],
  ["１２万円", 120000],
  ["1.5万", 15000],
  ["120,000円", 120000],
  ["120 000", 120000],
];

for (const lang of ["ja", "en"]) {
  test(`full-width and 万円 amounts are read (${lang})`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(NOW);
    const app = new AppPage(page, lang);
    const t = app.t;
    await toLosses(app, lang);
    const amount = app.field(1, "amount");
    for (const [typed, yen] of READINGS) {
      await amount.fill(typed);
      const msg = page.locator(`#${await amount.getAttribute("id")}-msg`);
      await expect(msg).toHaveText(`${t.readAs} ${t.yen(yen)}`);
      await expect(amount).toHaveAttribute("aria-invalid", "false");
      await expect(amount).toHaveValue(typed);
    }
    // The estimate uses the reading: 12万円 on 2026-11-10, covered in full.
    await amount.fill("12万円");
    await app.field(1, "date").fill("2026-11-10");
    await app.next();
    await app.notice(null);
    await app.answerAll(NO_FAULT_003, "no");
    await expect(app.amount()).toHaveText(t.yen(120000));
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`an unreadable amount gets a message tied to the field and is kept (${lang})`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(NOW);
    const app = new AppPage(page, lang);
    await toLosses(app, lang);
    await app.field(1, "date").fill("2026-11-10");
    const amount = app.field(1, "amount");
    await amount.fill("十二万えん?");
    await amount.blur();
    await expect(amount).toHaveAttribute("aria-invalid", "true");
    const id = await amount.getAttribute("id");
    await expect(amount).toHaveAttribute("aria-describedby", new RegExp(`${id}-msg`));
    await expect(page.locator(`#${id}-msg`)).not.toBeEmpty();
    // Moving on is refused: a summary, focus on the field, and the text as typed.
    await app.next();
    await expect(page.getByRole("alert")).toBeVisible();
    await expect(amount).toBeFocused();
    await expect(amount).toHaveValue("十二万えん?");
    // Fixing it clears the error.
    await amount.fill("12万");
    await expect(amount).toHaveAttribute("aria-invalid", "false");
    await context.close();
  });
}
