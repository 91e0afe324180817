// The fault matrix of issue 5: every case asserts that nothing typed is lost, in Japanese and in
// English. Storage faults are simulated by replacing or wrapping localStorage in an init script.
// Each banner, notice and choice a fault shows is scanned by axe where the test reaches it.
import { test, expect } from "@playwright/test";
import {
  DraftsPage, seedStorage, shippedVersions, fixture,
  DRAFT_PREFIX, BACKUP_PREFIX, CURRENT_KEY,
} from "../pages/drafts.mjs";

async function newApp(browser, lang, init) {
  const context = await browser.newContext();
  if (init) await init(context);
  const page = await context.newPage();
  const app = new DraftsPage(page, lang);
  return { context, page, app };
}

/**
 * Makes both tabs change the same draft before either has seen the other's write. Whichever
 * saves second finds a revision it did not write: that tab must show the choice. Returns
 * [the tab with the choice, its text, the other tab, its text].
 */
/** Holds back this tab's autosave (its 250 ms debounce timer) until `release`. Only `setTimeout`
 *  of this page is wrapped: Playwright's clock belongs to the whole context, so pausing it would
 *  stop the other tab's autosave too. */
async function holdAutosave(page) {
  await page.evaluate(() => {
    const real = (window.__hnRealSetTimeout ||= window.setTimeout);
    window.__hnHeld = [];
    window.setTimeout = (fn, ms, ...args) =>
      ms >= 200 && ms < 1000 ? (window.__hnHeld.push(() => fn(...args)), 0) : real.call(window, fn, ms, ...args);
  });
  return () => page.evaluate(() => {
    window.setTimeout = window.__hnRealSetTimeout;
    for (const f of window.__hnHeld.splice(0)) f();
  });
}

async function collide(a, textA, b, textB) {
  // A's change stays unsaved while B's is written, so the conflict is A's, every time. A sees
  // B's write through the `storage` event, which needs no timer.
  const release = await holdAutosave(a.page);
  await a.amount().fill(textA);
  await b.amount().fill(textB);
  await b.waitStored((d) => d?.case?.transactions?.[0]?.amount_yen === textB);
  const heading = (x) => x.page.getByRole("heading", { name: x.t.conflict });
  await expect(heading(a)).toBeVisible();
  await expect(heading(b)).toHaveCount(0);
  await release();
  return [a, textA, b, textB];
}

async function twoTabsOnOneDraft(browser, lang) {
  const context = await browser.newContext();
  const a = new DraftsPage(await context.newPage(), lang);
  await a.open();
  await a.startStolenCard();
  await a.amount().fill("10000");
  await a.waitStored((d) => d?.case?.transactions?.[0]?.amount_yen === "10000");
  // A new tab starts on the start screen (issue 14); the case is one "open" away in its list.
  const b = new DraftsPage(await context.newPage(), lang);
  await b.open();
  await b.openPanel();
  await b.rows().first().getByRole("button", { name: new RegExp(b.t.open) }).click();
  await expect(b.amount()).toHaveValue("10000");
  return { context, a, b };
}

for (const lang of ["ja", "en"]) {
  test(`reload mid-edit returns to the draft, the step and the half-typed amount (${lang})`, async ({ browser }) => {
    const { context, page, app } = await newApp(browser, lang);
    await app.open();
    await app.startStolenCard();
    await app.date().fill("2026-11-0");
    // Reload at once: the debounce has not fired; pagehide must save.
    await app.amount().pressSequentially("1.5万", { delay: 0 });
    await page.reload();
    await app.mounted();
    await expect(app.stepHeading()).toHaveText(app.t.lossesTitle);
    await expect(app.amount()).toHaveValue("1.5万");
    await expect(app.date()).toHaveValue("2026-11-0");
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`page closed right after typing: the next visit has it in the list (${lang})`, async ({ browser }) => {
    const { context, page, app } = await newApp(browser, lang);
    await app.open();
    await app.startStolenCard();
    await app.amount().fill("１２万円");
    await page.close({ runBeforeUnload: true });
    const page2 = await context.newPage();
    const app2 = new DraftsPage(page2, lang);
    await app2.open();
    // Issue 14: a new tab starts on the start screen (never another tab's case); the draft is
    // saved and opens from the list at its step with what was typed.
    await expect(app2.amount()).toHaveCount(0);
    await app2.openPanel();
    await app2.rows().first().getByRole("button", { name: new RegExp(app2.t.open) }).click();
    await expect(app2.stepHeading()).toHaveText(app2.t.lossesTitle);
    await expect(app2.amount()).toHaveValue("１２万円");
    await context.close();
  });

  test(`corrupt JSON in storage: backed up first, the user told, the app keeps working (${lang})`, async ({ browser }) => {
    const raw = fixture("corrupt-truncated.json");
    // A spy records the first write that touches the corrupt draft's id.
    const { context, page, app } = await newApp(browser, lang, async (ctx) => {
      await seedStorage(ctx, { [DRAFT_PREFIX + "cut"]: raw, [CURRENT_KEY]: "cut" });
      await ctx.addInitScript(() => {
        window.__writes = [];
        const set = Storage.prototype.setItem;
        const remove = Storage.prototype.removeItem;
        Storage.prototype.setItem = function (k, v) { window.__writes.push(["set", k]); return set.call(this, k, v); };
        Storage.prototype.removeItem = function (k) { window.__writes.push(["remove", k]); return remove.call(this, k); };
      });
    });
    await app.open();
    await expect(page.getByText(app.t.corrupt)).toBeVisible();
    await app.expectAccessible("the corrupt-draft notice");
    const writes = await page.evaluate(() => window.__writes.filter(([, k]) => k.includes("cut")));
    expect(writes[0]).toEqual(["set", BACKUP_PREFIX + "cut"]);
    let s = await app.storage();
    expect(s[BACKUP_PREFIX + "cut"]).toBe(raw);
    expect(s[DRAFT_PREFIX + "cut"]).toBe(raw);
    // The list says so; the raw data can be taken out as a file.
    await app.openPanel();
    await expect(app.rows().filter({ hasText: app.t.statusCorrupt })).toHaveCount(1);
    await app.expectAccessible("the drafts list with an unreadable draft");
    const download = page.waitForEvent("download");
    await app.rows().filter({ hasText: app.t.statusCorrupt }).getByRole("button", { name: app.t.downloadRaw }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("hosho-navi-draft-cut.json");
    // Working as usual: a new case is typed and saved under another key; the corrupt one is untouched.
    await app.panelToggle().click();
    await app.startStolenCard();
    await app.amount().fill("30000");
    await app.waitStored((d) => d?.case?.transactions?.[0]?.amount_yen === "30000");
    s = await app.storage();
    expect(s[DRAFT_PREFIX + "cut"]).toBe(raw);
    expect(s[CURRENT_KEY]).not.toBe("cut");
    expect(app.errors).toEqual([]);
    await context.close();
  });

  for (const { file, raw } of shippedVersions()) {
    test(`a stored draft of every shipped format opens with nothing lost: ${file} (${lang})`, async ({ browser }) => {
      const d = JSON.parse(raw);
      const { context, page, app } = await newApp(browser, lang, (ctx) =>
        seedStorage(ctx, { [DRAFT_PREFIX + d.id]: raw, [CURRENT_KEY]: d.id }));
      await app.open();
      // Back at its step, under its name, with its half-typed amount and full-width date.
      await expect(page).toHaveURL(new RegExp(`step=${d.ui.step}`));
      await app.openPanel();
      await expect(app.row(d.name)).toHaveCount(1);
      await expect(page.getByRole("textbox", { name: app.t.caseName })).toHaveValue(d.name);
      await app.backTo(app.t.lossesTitle);
      for (const [i, t] of d.case.transactions.entries()) {
        await expect(app.amount(i)).toHaveValue(t.amount_yen);
        await expect(app.date(i)).toHaveValue(t.date);
      }
      // Staff mode shows the staff note it carried.
      await app.openPanel();
      await app.staffSwitch().click();
      await expect(page.getByRole("textbox", { name: app.t.staffNote })).toHaveValue(d.ui.staff_note);
      expect(app.errors).toEqual([]);
      await context.close();
    });
  }

  test(`a newer format is kept byte for byte and shown read-only (${lang})`, async ({ browser }) => {
    const raw = fixture("newer-v99.json");
    const { context, page, app } = await newApp(browser, lang, (ctx) =>
      seedStorage(ctx, { [DRAFT_PREFIX + "x9"]: raw, [CURRENT_KEY]: "x9" }));
    await app.open();
    await expect(page.getByText(app.t.newer).first()).toBeVisible();
    await expect(page.locator(".hn-raw")).toContainText("losses_v99");
    await app.expectAccessible("the read-only view of a newer format");
    // Typing a new case never writes over it.
    await app.startStolenCard();
    await app.amount().fill("777");
    await app.waitStored((d) => d?.case?.transactions?.[0]?.amount_yen === "777");
    const s = await app.storage();
    expect(s[DRAFT_PREFIX + "x9"]).toBe(raw);
    await app.openPanel();
    await expect(app.row("未来の案件")).toContainText(app.t.statusNewer);
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`quota exceeded: a clear message, the stored copy intact, the screen keeps the new text (${lang})`, async ({ browser }) => {
    const { context, page, app } = await newApp(browser, lang, (ctx) =>
      ctx.addInitScript(() => {
        const set = Storage.prototype.setItem;
        Storage.prototype.setItem = function (k, v) {
          if (window.__full && k.startsWith("hosho-navi.draft.")) {
            throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
          }
          return set.call(this, k, v);
        };
      }));
    await app.open();
    await app.startStolenCard();
    await app.amount().fill("100000");
    await app.waitStored((d) => d?.case?.transactions?.[0]?.amount_yen === "100000");
    const before = await app.currentDraft();
    await page.evaluate(() => { window.__full = true; });
    await app.amount().fill("200000");
    await expect(page.getByRole("alert").filter({ hasText: app.t.quota })).toBeVisible();
    await app.expectAccessible("the storage-full banner");
    expect(await app.currentDraft()).toEqual(before);
    await expect(app.amount()).toHaveValue("200000");
    // Space again: the next change saves and the message goes.
    await page.evaluate(() => { window.__full = false; });
    await app.amount().fill("200001");
    await app.waitStored((d) => d?.case?.transactions?.[0]?.amount_yen === "200001");
    await expect(page.getByText(app.t.quota)).toHaveCount(0);
    await context.close();
  });

  for (const kind of ["SecurityError", "null"]) {
    test(`storage blocked (${kind}): in-memory drafts with a visible banner, nothing typed lost (${lang})`, async ({ browser }) => {
      const { context, page, app } = await newApp(browser, lang, (ctx) =>
        ctx.addInitScript((kind) => {
          Object.defineProperty(window, "localStorage", {
            configurable: true,
            get() {
              if (kind === "null") return null;
              throw new DOMException("The operation is insecure.", "SecurityError");
            },
          });
        }, kind));
      await app.open();
      await expect(page.locator("#hn-storage-unavailable")).toHaveText(app.t.unavailable);
      await app.expectAccessible(`the storage-unavailable banner (${kind})`);
      await app.startStolenCard();
      await app.amount().fill("1.5万");
      await app.date().fill("2026-11-01");
      // Across steps and back, and in the drafts list (kept in memory).
      await page.getByRole("button", { name: app.t.next, exact: true }).click();
      await page.goBack();
      await expect(app.amount()).toHaveValue("1.5万");
      await app.openPanel();
      await page.waitForTimeout(400);
      await expect(app.rows()).toHaveCount(1);
      expect(app.errors).toEqual([]);
      await context.close();
    });
  }

  test(`two tabs on one draft: the list and the content stay in sync (${lang})`, async ({ browser }) => {
    const { context, a, b } = await twoTabsOnOneDraft(browser, lang);
    // B follows A's saved change while it has none of its own.
    await a.amount().fill("10001");
    await expect(b.amount()).toHaveValue("10001");
    // A new case in B appears in A's list.
    await a.openPanel();
    await expect(a.rows()).toHaveCount(1);
    await b.openPanel();
    await b.button(b.t.newCase).click();
    await b.startStolenCard();
    await b.amount().fill("5");
    await expect(a.rows()).toHaveCount(2);
    // Back to the shared draft in B.
    await b.row(b.t.untitled).filter({ hasNot: b.page.locator(".hn-current-badge") })
      .getByRole("button", { name: new RegExp(b.t.open) }).click();
    await expect(b.amount()).toHaveValue("10001");
    expect([...a.errors, ...b.errors]).toEqual([]);
    await context.close();
  });

  test(`two tabs change one draft at once: keep both loses nothing (${lang})`, async ({ browser }) => {
    const { context, a, b } = await twoTabsOnOneDraft(browser, lang);
    const [x, mine, , theirs] = await collide(a, "AAAA", b, "BBBB");
    // Nothing dropped: the tab with the choice still shows its text; the other's is stored.
    await expect(x.amount()).toHaveValue(mine);
    expect((await x.currentDraft()).case.transactions[0].amount_yen).toBe(theirs);
    await x.expectAccessible("the choice after a change in another tab");
    await x.page.getByRole("button", { name: x.t.keepBoth }).click();
    const all = Object.values(await x.drafts()).map((d) => d.case.transactions[0]?.amount_yen);
    expect(all.sort()).toEqual(["AAAA", "BBBB"]);
    await expect(x.page.getByRole("heading", { name: x.t.conflict })).toHaveCount(0);
    await expect(x.amount()).toHaveValue(mine);
    await context.close();
  });

  test(`two tabs change one draft at once: keep mine, then take theirs (${lang})`, async ({ browser }) => {
    const { context, a, b } = await twoTabsOnOneDraft(browser, lang);
    let [x, mine, y] = await collide(a, "mine", b, "theirs");
    await x.page.getByRole("button", { name: x.t.keepMine }).click();
    await x.waitStored((d) => d?.case?.transactions?.[0]?.amount_yen === mine);
    // The other tab had nothing unsaved, so it follows.
    await expect(y.amount()).toHaveValue(mine);

    const [x2, , , theirs2] = await collide(x, "mine2", y, "theirs2");
    await x2.page.getByRole("button", { name: x2.t.takeTheirs }).click();
    await expect(x2.amount()).toHaveValue(theirs2);
    await expect(x2.page.getByRole("heading", { name: x2.t.conflict })).toHaveCount(0);
    await context.close();
  });

  test(`a draft deleted in another tab: this tab keeps it unless told to discard (${lang})`, async ({ browser }) => {
    const { context, a, b } = await twoTabsOnOneDraft(browser, lang);
    await b.openPanel();
    await b.rows().first().getByRole("button", { name: new RegExp(b.t.delete) }).click();
    await expect(a.page.getByRole("heading", { name: a.t.conflictRemoved })).toBeVisible();
    await a.expectAccessible("the choice after a delete in another tab");
    await expect(a.amount()).toHaveValue("10000");
    await a.page.getByRole("button", { name: a.t.keepMine }).click();
    await a.waitStored((d) => d?.case?.transactions?.[0]?.amount_yen === "10000");
    await expect(b.rows()).toHaveCount(1);
    // Deleted again, and this time discarded here too: a fresh case, nothing stored.
    await b.rows().first().getByRole("button", { name: new RegExp(b.t.delete) }).click();
    await a.page.getByRole("button", { name: a.t.discardMine }).click();
    await expect(a.page.getByRole("heading", { name: a.t.conflictRemoved })).toHaveCount(0);
    expect(Object.keys(await a.drafts())).toHaveLength(0);
    await context.close();
  });

  test(`a hostile import: refused or shown as text, never run (${lang})`, async ({ browser }) => {
    const { context, page, app } = await newApp(browser, lang);
    page.on("dialog", (d) => { throw new Error("a dialog opened: " + d.message()); });
    await app.open();
    await app.startStolenCard();
    await app.amount().fill("999");
    await app.openPanel();
    const input = page.getByLabel(app.t.importChoose);
    const put = (name, text) => input.setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });

    // Every problem, each with its field; the hostile strings appear as text.
    await put("bad.json", JSON.stringify({
      version: 1, scheme: "<img src=x onerror=window.__pwned=1>", customer: "robot",
      transactions: [{ date: "2026-02-30", amount_yen: -5 }, { date: "2026-01-01", amount_yen: 1.5 }],
      notes: 5,
    }));
    const result = page.locator("#hn-import-result");
    await expect(result).toContainText(app.t.importFailed);
    for (const field of ["scheme", "customer", "transactions[0].date", "transactions[0].amount_yen", "transactions[1].amount_yen", "notes"]) {
      await expect(result.getByRole("listitem").filter({ hasText: field + ":" })).not.toHaveCount(0);
    }
    await expect(result).toContainText("<img src=x onerror=window.__pwned=1>");
    expect(await page.locator("#hn-drafts img").count()).toBe(0);
    await app.expectAccessible("the import errors");

    // Too large: refused before reading. Too deep: refused by the parser.
    await put("big.json", "{\"notes\": \"" + "a".repeat(1024 * 1024) + "\"}");
    await expect(result).toContainText(app.t.tooLarge);
    await app.expectAccessible("a file refused as too large");
    await put("deep.json", "[".repeat(5000) + "]".repeat(5000));
    await expect(result).toContainText(app.t.tooDeep);

    // A valid file with script in its strings and its name: opened as a new case, shown as text.
    const hostileName = "<script>window.__pwned=2</script>.json";
    await put(hostileName, JSON.stringify({
      version: 1, scheme: "statutory/stolen-card", customer: "individual",
      transactions: [{ date: "2026-11-01", amount_yen: 50000 }], notified_on: "2026-11-10",
      notes: "<script>window.__pwned=3</script><b>x</b>",
    }));
    await expect(result).toContainText(app.t.importOk);
    await expect(app.row("<script>window.__pwned=2</script>")).toHaveCount(1);
    await expect(app.stepHeading()).toHaveText(app.t.calledTitle);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await page.locator("#hn-app script, #hn-app b").count()).toBe(0);
    // The case typed before the import is still there.
    const amounts = Object.values(await app.drafts()).map((d) => d.case.transactions[0]?.amount_yen);
    expect(amounts).toEqual(expect.arrayContaining(["999", "50000"]));
    expect(app.errors).toEqual([]);
    await context.close();
  });
}
