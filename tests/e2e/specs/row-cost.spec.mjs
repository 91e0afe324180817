// Adding, removing or editing one loss row touches that row only: the page changes by the same
// number of nodes at 1 row as at 100. (A count of DOM changes, not a timing: scripts/perf/row-add.mjs
// prints the milliseconds.)
import { test, expect } from "@playwright/test";
import { AppPage } from "../pages/app.mjs";

/** DOM changes under the screen while `act` runs in the page, until two frames later. */
async function changes(page, act) {
  return page.evaluate(async (act) => {
    const root = document.getElementById("hn-screen");
    const n = { added: 0, removed: 0, other: 0, fieldsets: 0 };
    const mo = new MutationObserver((list) => {
      for (const m of list) {
        if (m.type !== "childList") { n.other += 1; continue; }
        n.added += m.addedNodes.length;
        n.removed += m.removedNodes.length;
        for (const a of m.addedNodes) if (a.nodeName === "FIELDSET") n.fieldsets += 1;
      }
    });
    mo.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    if (act === "add") document.getElementById("hn-loss-add").click();
    if (act === "type") {
      const f = document.querySelector("[id^='hn-loss-'][id$='-time']");
      f.value = f.value === "10:30" ? "11:45" : "10:30";
      f.dispatchEvent(new Event("input", { bubbles: true }));
    }
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await new Promise((r) => setTimeout(r, 50));
    mo.disconnect();
    return n;
  }, act);
}

async function rows(page, n) {
  await page.evaluate((n) => {
    // Rows render after the clicks' task: count the clicks first.
    const add = document.getElementById("hn-loss-add");
    const k = n - document.querySelectorAll("fieldset.hn-loss").length;
    for (let i = 0; i < k; i++) add.click();
  }, n);
  await expect(page.locator("fieldset.hn-loss")).toHaveCount(n);
}

for (const lang of ["ja", "en"]) {
  test(`adding a row changes as much of the page at 100 rows as at 1 (${lang})`, async ({ page }) => {
    const app = new AppPage(page, lang);
    await app.openFresh();
    await app.chooseScenario("stolen");
    await app.chooseCustomer("individual");
    await rows(page, 1);
    await changes(page, "type"); // the time now has a reading; from here each keystroke changes it
    const typingAtOne = await changes(page, "type");
    const atOne = await changes(page, "add");
    await rows(page, 100);
    const atHundred = await changes(page, "add");
    await expect(page.locator("fieldset.hn-loss")).toHaveCount(101);
    // One new row's nodes, nothing removed or rebuilt around it.
    expect(atOne.fieldsets).toBe(1);
    expect(atOne.removed).toBe(0);
    expect(atHundred).toEqual(atOne);
    // Typing in a row touches that field's message (and the live estimate), whatever the row count.
    const typingAtHundred = await changes(page, "type");
    expect(typingAtHundred.fieldsets).toBe(0);
    expect(typingAtHundred).toEqual(typingAtOne);
  });
}
