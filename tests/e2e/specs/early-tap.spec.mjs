// A tap made before the app can act is never lost: the prerendered choice says it is busy, and
// the app acts on the tap as soon as it runs.
import { test, expect } from "@playwright/test";
import { AppPage } from "../pages/app.mjs";
import { holdWasm } from "../support/hold-wasm.mjs";

for (const lang of ["ja", "en"]) {
  test(`a choice tapped before the app has loaded is acted on once it has (${lang})`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const letWasmGo = await holdWasm(page);
    const app = new AppPage(page, lang);
    await page.goto(lang === "en" ? "/?lang=en" : "/");
    // The prerendered start screen is there and the app is not: tap the stolen-card choice.
    const choice = page.locator("#hn-scenario-1");
    await expect(choice).toBeVisible();
    await expect(page.locator("html[data-app='mounted']")).toHaveCount(0);
    await choice.click();
    await expect(choice).toHaveAttribute("aria-busy", "true");
    await expect(page.locator("#hn-app")).toHaveAttribute("aria-busy", "true");
    letWasmGo();
    await expect(page.locator("html[data-app='mounted']")).toHaveCount(1);
    // The tap went through: the stolen-card flow's customer step, in the page's language.
    await expect(page.getByRole("radio", { name: app.t.customer.individual, exact: true })).toBeVisible();
    await expect(page.locator("#hn-app")).not.toHaveAttribute("aria-busy", "true");
    await expect(page).toHaveURL(/step=customer/);
    expect(app.errors).toEqual([]);
    await context.close();
  });
}

test("the emergency button tapped before the app has loaded opens the panel once it has (ja)", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const letWasmGo = await holdWasm(page);
  const app = new AppPage(page);
  await page.goto("/");
  await page.locator("#hn-emergency-button").click();
  letWasmGo();
  await expect(page.getByRole("heading", { level: 2, name: app.t.emergencyTitle })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: app.t.emergencyTitle })).toBeFocused();
  await context.close();
});
