// What the user types stays as typed: nothing rewrites a field under the caret, after an error
// or otherwise, and a tap lands where it was aimed even when a field was just left.
import { test, expect } from "@playwright/test";
import { AppPage } from "../pages/app.mjs";

async function toLosses(app) {
  await app.openFresh();
  await app.chooseScenario("stolen");
  await app.chooseCustomer("individual");
  await expect(app.lossGroup(1)).toBeVisible();
}

for (const lang of ["ja", "en"]) {
  test(`after a refused next, typed digits land in order in the focused field (${lang})`, async ({ page }) => {
    const app = new AppPage(page, lang);
    await toLosses(app);
    await app.field(1, "date").fill("2026-11-20");
    await app.next();
    // The amount is missing: focus moves to it, the error shows.
    await expect(app.field(1, "amount")).toBeFocused();
    await expect(app.field(1, "amount")).toHaveAttribute("aria-invalid", "true");
    await page.keyboard.type("380000", { delay: 30 });
    await expect(app.field(1, "amount")).toHaveValue("380000");
    await expect(app.field(1, "amount")).toHaveAttribute("aria-invalid", "false");
    expect(app.errors).toEqual([]);
  });

  test(`after a refused next with nothing typed, the date is typed in order (${lang})`, async ({ page }) => {
    const app = new AppPage(page, lang);
    await toLosses(app);
    await app.next();
    await expect(app.field(1, "date")).toBeFocused();
    await page.keyboard.type("2026年11月2", { delay: 30 });
    await page.keyboard.type("4日", { delay: 30 });
    await expect(app.field(1, "date")).toHaveValue("2026年11月24日");
    await expect(page.getByText(app.t.readAs).first()).toBeVisible();
  });

  test(`one tap on "add" adds a row while a new row's date is focused (${lang})`, async ({ page }) => {
    const app = new AppPage(page, lang);
    await toLosses(app);
    await app.button(app.t.addLoss).click();
    await expect(app.field(2, "date")).toBeFocused();
    // Leaving the empty date for the button must not move the button away from the tap.
    await app.button(app.t.addLoss).click();
    await expect(app.lossGroup(3)).toBeVisible();
    await expect(app.field(3, "date")).toBeFocused();
    // A wrong entry still says so once the field is left.
    await app.field(3, "date").fill("2026-13-45");
    await app.field(3, "amount").focus();
    await expect(app.field(3, "date")).toHaveAttribute("aria-invalid", "true");
  });
}
