// The release build mounts (a broken wasm-opt would fail here), shows its heading, passes axe.
import { test, expect } from "@playwright/test";
import { AppPage } from "../pages/app.mjs";

for (const lang of ["ja", "en"]) {
  test(`app mounts with its main heading and no axe violations (${lang})`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const app = new AppPage(page);
    await app.open(lang === "en" ? "?lang=en" : "");
    await expect(app.mainHeading()).toBeVisible();
    await expect(app.mainHeading()).toContainText(lang === "en" ? "Hosho Navi" : "補償ナビ");
    expect(await app.axeViolations()).toEqual([]);
    expect(app.errors).toEqual([]);
    await context.close();
  });
}
