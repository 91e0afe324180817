// Switching the language (issue 22, points 5 and 8) re-renders the text and keeps the reader's
// place: the screen, a value being typed with its caret and focus, a field's shown error, an open
// clause section and the scroll position; the page does not jump to the top. Both directions:
// each test starts in one language, switches to the other and back.
import { test, expect } from "@playwright/test";
import { AppPage, NOW } from "../pages/app.mjs";

const MISHIMA = { ja: "三島信用金庫 WEBバンキング", en: "Mishima Shinkin Bank: WEB banking" };
const PHONE = { width: 375, height: 667 };

async function toLosses(browser, lang) {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  const app = new AppPage(page, lang);
  await app.openFresh();
  await app.chooseScenario("ib");
  await app.chooseScheme(MISHIMA[lang]);
  await app.chooseCustomer("individual");
  await expect(app.lossGroup(1)).toBeVisible();
  return { context, page, app };
}

/** The page is scrolled by `dy` from where it is; returns the new position (must be > 0). */
async function scrollBy(page, dy) {
  await page.evaluate((d) => window.scrollBy(0, d), dy);
  const y = await page.evaluate(() => window.scrollY);
  expect(y, "the screen is taller than the phone").toBeGreaterThan(0);
  return y;
}

for (const lang of ["ja", "en"]) {
  test(`a value being typed keeps its text, focus, caret and scroll across a switch (${lang})`, async ({ browser }) => {
    const { context, page, app } = await toLosses(browser, lang);
    await app.field(1, "date").fill("2026-11-20");
    // A time that cannot be read, left: its error shows, and must still show after the switch.
    await app.field(1, "time").fill("25:99");
    await app.field(1, "amount").click();
    await expect(app.field(1, "time")).toHaveAttribute("aria-invalid", "true");
    await page.keyboard.type("12", { delay: 20 });
    const y0 = await scrollBy(page, 120);
    await expect(app.field(1, "amount")).toBeFocused();
    const url = page.url().replace(/[?&]lang=en/, "");

    for (let round = 0; round < 2; round++) {
      await app.switchLangInPlace(); // ja→en then en→ja (or the other way round)
      // The same screen, in the other language, the typed text untouched.
      expect(page.url().replace(/[?&]lang=en/, "")).toBe(url);
      await expect(app.field(1, "date")).toHaveValue("2026-11-20");
      await expect(app.field(1, "time")).toHaveValue("25:99");
      await expect(app.field(1, "time")).toHaveAttribute("aria-invalid", "true");
      await expect(app.field(1, "amount")).toHaveValue(round === 0 ? "12" : "123");
      await expect(app.field(1, "amount")).toBeFocused();
      expect(Math.abs((await app.scrollY()) - y0), "no jump to the top").toBeLessThanOrEqual(2);
      // The caret stayed at the end: the next key lands after what was typed.
      if (round === 0) await page.keyboard.type("3");
    }
    await expect(app.field(1, "amount")).toHaveValue("123");
    await app.expectAccessible("the losses step after switching back");
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`an open clause section and the scroll stay across a switch (${lang})`, async ({ browser }) => {
    const { context, page, app } = await toLosses(browser, lang);
    await app.fillLoss(1, { date: "2026-11-20", amount: "350000" });
    await app.next();
    await app.notice(null);
    await app.openRefine();
    const groups = page.locator("fieldset.hn-question");
    expect(await groups.count(), "a screen with several questions").toBeGreaterThan(1);
    const ids = [];
    for (const i of [0, 1]) {
      const name = await groups.nth(i).locator("input[type=radio]").first().getAttribute("name");
      ids.push((name || "").replace(/^hn-q:/, ""));
    }
    await app.answerRadio(ids[0], "no").check();
    // The second question's clause is opened and scrolled to; the first stays folded.
    await app.clauseOf(ids[1]).toggle.click();
    await expect(app.clauseOf(ids[1]).section).toHaveAttribute("open", "");
    await app.clauseOf(ids[1]).section.scrollIntoViewIfNeeded();
    const y0 = await scrollBy(page, 40);

    for (let round = 0; round < 2; round++) {
      await app.switchLangInPlace();
      await expect(app.clauseOf(ids[1]).toggle).toBeVisible();
      await expect(app.clauseOf(ids[1]).section).toHaveAttribute("open", "");
      await expect(app.clauseOf(ids[0]).section).not.toHaveAttribute("open", "");
      await expect(app.answerRadio(ids[0], "no")).toBeChecked();
      expect(Math.abs((await app.scrollY()) - y0), "no jump to the top").toBeLessThanOrEqual(2);
    }
    await app.expectAccessible("a question screen after switching back");
    expect(app.errors).toEqual([]);
    await context.close();
  });
}
