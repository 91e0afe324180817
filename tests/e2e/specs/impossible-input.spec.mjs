// Impossible input is stopped on its field, never judged: a loss after today (Japan time), more
// returned than taken, a notice before the loss. Every amount is read back, plain digits too.
import { test, expect } from "@playwright/test";
import { AppPage, NOW } from "../pages/app.mjs";

const CONFIRM = { ja: /この金額で正しいです/, en: /This amount is right/ };

const MSG = {
  ja: {
    future: "今日（日本時間）より後の日付です。日付を確かめてください。",
    above: "戻ってきた金額が、この取引の金額より多くなっています。金額を確かめてください。",
    before: "連絡した日が、最初の被害の日より前になっています。日付を確かめてください。",
  },
  en: {
    future: "This date is after today (Japan time). Please check it.",
    above: "The amount returned is more than this transaction's amount. Please check the amounts.",
    before: "The date you told the bank is before the first loss. Please check the date.",
  },
};

async function toLosses(app) {
  await app.page.clock.setFixedTime(NOW); // 2026-11-24, Japan
  await app.openFresh();
  await app.chooseScenario("stolen");
  await app.chooseCustomer("individual");
  await expect(app.lossGroup(1)).toBeVisible();
}

async function message(app, field) {
  return app.page.locator(`#${await field.getAttribute("id")}-msg`);
}

for (const lang of ["ja", "en"]) {
  test(`a loss dated after today is stopped on its field (${lang})`, async ({ page }) => {
    const app = new AppPage(page, lang);
    await toLosses(app);
    const date = app.field(1, "date");
    await date.fill("2026-11-25");
    await app.field(1, "amount").fill("100000");
    await expect(date).toHaveAttribute("aria-invalid", "true");
    await expect(await message(app, date)).toHaveText(MSG[lang].future);
    await app.next();
    await expect(app.lossGroup(1)).toBeVisible();
    await expect(page).toHaveURL(/step=losses/);
    // Today itself is fine.
    await date.fill("2026-11-24");
    await expect(date).toHaveAttribute("aria-invalid", "false");
    await app.next();
    await expect(page).toHaveURL(/step=notice/);
  });

  test(`more returned than taken is stopped on its field (${lang})`, async ({ page }) => {
    const app = new AppPage(page, lang);
    await toLosses(app);
    await app.fillLoss(1, { date: "2026-11-20", amount: "100000", recovered: "200000" });
    const rec = app.field(1, "recovered");
    await rec.blur();
    await expect(rec).toHaveAttribute("aria-invalid", "true");
    await expect(await message(app, rec)).toHaveText(MSG[lang].above);
    await app.next();
    await expect(page).toHaveURL(/step=losses/);
    await rec.fill("100000");
    await expect(rec).toHaveAttribute("aria-invalid", "false");
  });

  test(`a notice before the loss is stopped on its field (${lang})`, async ({ page }) => {
    const app = new AppPage(page, lang);
    await toLosses(app);
    await app.fillLoss(1, { date: "2026-11-20", amount: "100000" });
    await app.next();
    await page.getByRole("radio", { name: app.t.notifiedYes, exact: true }).check();
    const on = page.getByRole("textbox", { name: app.t.notifiedOn, exact: true });
    await on.fill("2026-11-19");
    await on.blur();
    await expect(on).toHaveAttribute("aria-invalid", "true");
    await expect(await message(app, on)).toHaveText(MSG[lang].before);
    await app.next();
    await expect(page).toHaveURL(/step=notice/);
    await on.fill("2026-11-20");
    await app.next();
    await expect(page).toHaveURL(/step=questions|step=result/);
  });

  test(`an amount of 0 or of ten billion yen or more is confirmed before it counts (${lang})`, async ({ page }) => {
    const app = new AppPage(page, lang);
    await toLosses(app);
    await app.fillLoss(1, { date: "2026-11-20", amount: "100億円" });
    const confirm = page.getByRole("checkbox", { name: CONFIRM[lang] });
    await expect(confirm).toBeVisible();
    await app.next();
    await expect(page).toHaveURL(/step=losses/);
    await expect(confirm).toHaveAttribute("aria-invalid", "true");
    await confirm.check();
    await app.next();
    await expect(page).toHaveURL(/step=notice/);
    // Back, and a zero: asked again; an ordinary amount needs no box.
    await app.back();
    await app.field(1, "amount").fill("0");
    await expect(confirm).toBeVisible();
    await app.field(1, "amount").fill("9999999999");
    await expect(confirm).toHaveCount(0);
  });

  test(`plain digits are read back like any amount (${lang})`, async ({ page }) => {
    const app = new AppPage(page, lang);
    await toLosses(app);
    const amount = app.field(1, "amount");
    await amount.fill("380000");
    await expect(await message(app, amount)).toHaveText(`${app.t.readAs} ${app.t.yen(380000)}`);
  });
}
