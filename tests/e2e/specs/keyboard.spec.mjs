// A keyboard-only run from the start screen to the result: Tab, Enter, Space and the arrow
// keys, nothing else. After every step change focus is on the new step's heading.
import { test, expect } from "@playwright/test";
import { AppPage, NOW, NO_FAULT_003 } from "../pages/app.mjs";

/** Presses Tab until `locator` has focus (fails after `max` presses). */
async function tabTo(page, locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${locator}`);
}

for (const lang of ["ja", "en"]) {
  test(`keyboard only, start to result (${lang})`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(NOW);
    const app = new AppPage(page, lang);
    const t = app.t;
    const kb = page.keyboard;
    await app.open();

    await tabTo(page, page.getByRole("button", { name: new RegExp(`^${t.scenario.ib}`) }));
    await kb.press("Enter");
    await expect(app.stepHeading()).toBeFocused();

    // Scheme: into the radio group, the arrow key picks the second (三島信用金庫 WEB banking).
    const radios = page.getByRole("radio");
    await tabTo(page, radios.first());
    await kb.press("ArrowDown");
    await expect(radios.nth(1)).toBeChecked();

    // The account holder, on the same screen: Space on the first choice (an individual).
    await tabTo(page, page.getByRole("radio", { name: t.customer.individual, exact: true }));
    await kb.press("Space");
    await expect(page.getByRole("radio", { name: t.customer.individual, exact: true })).toBeChecked();
    await tabTo(page, app.button(t.next));
    await kb.press("Enter");
    await expect(app.stepHeading()).toBeFocused();

    // Losses: type into the fields of the first row.
    await tabTo(page, app.field(1, "date"));
    await kb.type("2026-11-10");
    await tabTo(page, app.field(1, "amount"));
    await kb.type("12万円");
    await tabTo(page, app.button(t.next));
    await kb.press("Enter");
    await expect(app.stepHeading()).toBeFocused();

    // Notice: not yet (the second choice).
    await tabTo(page, page.getByRole("radio").first());
    await kb.press("ArrowDown");
    await expect(page.getByRole("radio", { name: t.notifiedNo, exact: true })).toBeChecked();
    // The notice is the last step before the result: its button reads "see the result".
    await tabTo(page, app.button(t.seeResult));
    await kb.press("Enter");
    await expect(app.stepHeading()).toBeFocused();

    // The result comes first; its button opens the questions that refine it.
    await expect(app.stepHeading()).toHaveText(t.tellBank);
    await tabTo(page, app.refineButton());
    await kb.press("Enter");
    await expect(app.stepHeading()).toBeFocused();

    // Questions: in each group, Tab to its first answer ("yes") and keep it with Space where the
    // question states a precaution (NO_FAULT_003), else move to "no" with the arrow key.
    for (let guard = 0; guard < 40 && !(await app.isResult()); guard++) {
      for (;;) {
        const open = page.locator("fieldset.hn-question").filter({ hasNot: page.locator("input:checked") });
        if ((await open.count()) === 0) break;
        const yes = open.first().getByRole("radio").first();
        const id = ((await yes.getAttribute("id")) || "").replace(/^hn-q-/, "").replace(/-yes$/, "");
        await tabTo(page, yes);
        await kb.press(NO_FAULT_003[id] === "yes" ? "Space" : "ArrowRight");
      }
      await tabTo(page, page.getByRole("button", { name: new RegExp(`^(${t.next}|${t.seeResult})$`) }));
      await kb.press("Enter");
      await expect(app.stepHeading()).toBeFocused();
    }

    await expect(app.stepHeading()).toHaveText(t.tellBank);
    await expect(app.verdict()).toHaveText(t.verdict.full);
    await expect(app.amount()).toHaveText(t.yen(120000));
    expect(app.errors).toEqual([]);
    await context.close();
  });
}
