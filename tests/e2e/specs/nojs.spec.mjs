// The static shell: with JavaScript off (or before / without the wasm) the emergency panel is
// there as plain HTML, in Japanese with an English summary.
import { test, expect } from "@playwright/test";

test("with JavaScript disabled the emergency panel is there", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("補償ナビ");
  await expect(page.getByRole("heading", { name: "最初の1時間にすること" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "In English: what to do in the first hour" })).toBeVisible();
  await expect(page.getByRole("link", { name: "#9110" }).first()).toHaveAttribute("href", "tel:%239110");
  await expect(page.getByRole("link", { name: "110", exact: true }).first()).toHaveAttribute("href", "tel:110");
  await expect(page.getByRole("link", { name: "188", exact: true }).first()).toHaveAttribute("href", "tel:188");
  // Playwright's text engine skips <noscript>; the paragraph itself is rendered.
  await expect(page.locator("noscript p")).toBeVisible();
  await expect(page.locator("noscript p")).toContainText("JavaScriptが無効のため");
  await context.close();
});

// An English reader (?lang=en) whose wasm fails still has the shell's English first steps.
for (const [lang, query, heading] of [
  ["ja", "/", "最初の1時間にすること"],
  ["en", "/?lang=en", "In English: what to do in the first hour"],
]) {
  test(`if the wasm cannot load, the emergency panel stays (${lang})`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route(/\.wasm$/, (r) => r.abort());
    await page.goto(query);
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
    // The panel in the reader's language carries the police consultation number.
    const panel = page.getByRole("region", { name: heading });
    await expect(panel.getByRole("link", { name: "#9110" })).toHaveAttribute("href", "tel:%239110");
    await expect(page.locator("html[data-app='mounted']")).toHaveCount(0);
    await context.close();
  });
}
