// Issue 14, point 2, in the fault-matrix style: "erase everything" reaches every open tab at once.
// A second tab with an unsaved change on the erased case, and a third with an unsaved case of its
// own, both drop what they had: no conflict banner, and nothing written back, not by their
// autosave, not by their `pagehide` when closed. Fails without the erase signal (the old app kept
// the case in memory and wrote it back).
import { test, expect } from "@playwright/test";
import { SharedPcPage, appKeys } from "../pages/shared-pc.mjs";

for (const lang of ["ja", "en"]) {
  test(`erase in one tab: other tabs drop their unsaved cases and write nothing back (${lang})`, async ({ browser }) => {
    const context = await browser.newContext();
    const a = new SharedPcPage(await context.newPage(), lang);
    await a.open();
    await a.startStolenCard();
    await a.amount().fill("10000");
    await a.waitStored((d) => d?.case?.transactions?.[0]?.amount_yen === "10000");

    // B: on the same case, with a change not yet saved.
    const b = new SharedPcPage(await context.newPage(), lang);
    await b.open();
    await b.openPanel();
    await b.rows().first().getByRole("button", { name: new RegExp(b.t.open) }).click();
    await expect(b.amount()).toHaveValue("10000");
    const releaseB = await b.holdAutosave();
    await b.amount().fill("99999");
    // C: a case of its own, never saved.
    const c = new SharedPcPage(await context.newPage(), lang);
    await c.open();
    const releaseC = await c.holdAutosave();
    await c.startStolenCard();
    await c.amount().fill("77777");

    await a.openPanel();
    await a.button(a.t.eraseAll).click();
    await a.button(a.t.eraseYes).click();
    await expect(a.page.getByText(a.t.erased)).toBeVisible();

    for (const [x, release] of [[b, releaseB], [c, releaseC]]) {
      await expect(x.page.getByText(x.t.erased)).toBeVisible();
      await x.expectStartScreen();
      await expect(x.page.getByRole("heading", { name: x.t.conflictRemoved })).toHaveCount(0);
      await expect(x.page.getByRole("button", { name: x.t.keepMine })).toHaveCount(0);
      // Its held autosave runs now: there is nothing to write.
      await release();
    }
    await b.expectAccessible("a tab after everything was erased in another tab");
    await b.page.waitForTimeout(500);
    expect(await appKeys(a.page)).toEqual([]);
    // Closing the tabs (pagehide, visibilitychange) writes nothing back either.
    await b.page.close({ runBeforeUnload: true });
    await c.page.close({ runBeforeUnload: true });
    await a.page.waitForTimeout(300);
    expect(await appKeys(a.page)).toEqual([]);
    expect([...a.errors, ...b.errors, ...c.errors]).toEqual([]);
    await context.close();
  });
}
