// The drafts list, staff mode, the A4 summary, and case-file export / import, in both languages.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { DraftsPage, DRAFT_PREFIX } from "../pages/drafts.mjs";

// 2026-11-23 20:00 in Los Angeles is 2026-11-24 13:00 in Japan: the list shows Japan time.
const NOW = new Date("2026-11-24T04:00:00Z");

async function newApp(browser, lang) {
  const context = await browser.newContext({ timezoneId: "America/Los_Angeles" });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  return { context, page, app: new DraftsPage(page, lang) };
}

async function axe(page, selector) {
  const r = await new AxeBuilder({ page }).include(selector)
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

for (const lang of ["ja", "en"]) {
  test(`drafts list: scheme, Japan time, status; open, rename, duplicate, delete with undo (${lang})`, async ({ browser }) => {
    const { context, page, app } = await newApp(browser, lang);
    const t = app.t;
    await app.open();
    await app.completeStolenCard();
    await app.openPanel();
    await page.getByRole("textbox", { name: t.caseName }).fill("Case A");
    await app.button(t.newCase).click();
    await app.startStolenCard();
    await app.amount().fill("1.5万");
    await expect(app.rows()).toHaveCount(2);

    const a = app.row("Case A");
    await expect(a).toContainText("2026-11-24 13:00");
    await expect(a).toContainText(t.statusResult);
    await expect(a.getByRole("cell").first()).toContainText(lang === "ja" ? "盗難キャッシュカード" : "Stolen cash card");
    const b = app.row(t.untitled);
    await expect(b).toContainText(t.statusInProgress);
    expect(await axe(page, "#hn-drafts")).toEqual([]);

    // Rename (Enter saves), in place.
    await b.getByRole("button", { name: new RegExp(t.rename) }).click();
    const box = page.getByRole("textbox", { name: t.newName });
    await expect(box).toBeFocused();
    await box.fill("Case B");
    await box.press("Enter");
    await expect(app.row("Case B")).toHaveCount(1);
    await expect(page.getByRole("textbox", { name: t.caseName })).toHaveValue("Case B");

    // Open A: back at its step (the result) with its values; then B again: its half-typed amount.
    await app.row("Case A").getByRole("button", { name: new RegExp(t.open) }).click();
    await expect(app.stepHeading()).toHaveText(t.calledTitle);
    await expect(app.stepHeading()).toBeFocused();
    await app.row("Case B").getByRole("button", { name: new RegExp(t.open) }).click();
    await expect(app.amount()).toHaveValue("1.5万");

    // Duplicate.
    await app.row("Case A").getByRole("button", { name: new RegExp(t.duplicate) }).click();
    await expect(app.rows()).toHaveCount(3);
    const copyName = lang === "ja" ? "Case A（コピー）" : "Case A (copy)";
    await expect(app.row(copyName)).toHaveCount(1);

    // Delete with undo; deleting the open case starts a new one and undo brings it back.
    await app.row(copyName).getByRole("button", { name: new RegExp(t.delete) }).click();
    await expect(app.rows()).toHaveCount(2);
    await app.button(t.undo).click();
    await expect(app.rows()).toHaveCount(3);
    await app.row("Case B").getByRole("button", { name: new RegExp(t.delete) }).click();
    await expect(app.rows()).toHaveCount(2);
    expect(Object.values(await app.drafts()).map((d) => d.name).sort()).toEqual(["Case A", copyName]);
    await app.button(t.undo).click();
    await expect(app.row("Case B")).toHaveCount(1);
    await expect(app.amount()).toHaveValue("1.5万");

    // Reopening the app returns to the open case and its step.
    await page.reload();
    await app.mounted();
    await expect(app.amount()).toHaveValue("1.5万");
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`erase everything, behind a confirmation, leaves other keys alone (${lang})`, async ({ browser }) => {
    const { context, page, app } = await newApp(browser, lang);
    await app.open();
    await page.evaluate(() => localStorage.setItem("another-app.setting", "keep me"));
    await app.startStolenCard();
    await app.amount().fill("100");
    await app.openPanel();
    await expect(app.rows()).toHaveCount(1);
    await app.button(app.t.eraseAll).click();
    await expect(page.getByRole("heading", { level: 3, name: app.t.eraseTitle })).toBeFocused();
    await app.expectAccessible("the erase confirmation");
    await app.button(app.t.cancel).click();
    await expect(app.rows()).toHaveCount(1);
    await app.button(app.t.eraseAll).click();
    await app.button(app.t.eraseYes).click();
    await expect(page.getByText(app.t.erased)).toBeVisible();
    const left = await app.storage();
    expect(Object.keys(left).filter((k) => k.startsWith("hosho-navi."))).toEqual([]);
    expect(left["another-app.setting"]).toBe("keep me");
    await expect(app.stepHeading()).toBeFocused();
    await page.reload();
    await app.mounted();
    expect(Object.keys(await app.storage()).filter((k) => k.startsWith("hosho-navi."))).toEqual([]);
    await context.close();
  });

  test(`staff mode: remembered, denser, list first, a note per case, an A4 summary in print (${lang})`, async ({ browser }) => {
    const { context, page, app } = await newApp(browser, lang);
    const t = app.t;
    await app.open();
    await app.completeStolenCard({ amount: "50000" });
    await app.openPanel();
    await app.staffSwitch().click();
    await expect(app.staffSwitch()).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("html")).toHaveAttribute("data-staff", "");
    await page.getByRole("textbox", { name: t.staffNote }).fill("<i>called</i> 10:05");
    await page.reload();
    await app.mounted();
    // Remembered, with the list open first and the note kept with the case.
    await expect(app.staffSwitch()).toHaveAttribute("aria-pressed", "true");
    await expect(app.panelToggle()).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("textbox", { name: t.staffNote })).toHaveValue("<i>called</i> 10:05");
    const listBox = await app.table().boundingBox();
    const stepBox = await app.stepHeading().boundingBox();
    // Before the step in reading order: above it, or on a wide screen in the column to its left
    // (issue 12: the list beside the screen keeps the verdict in the first screenful).
    expect(listBox.y < stepBox.y || listBox.x + listBox.width <= stepBox.x).toBe(true);
    expect(await axe(page, "#hn-drafts")).toEqual([]);

    // The summary exists only for print.
    const summary = page.locator("#hn-summary");
    await expect(summary).toBeHidden();
    await page.emulateMedia({ media: "print" });
    await expect(summary).toBeVisible();
    await expect(page.locator("#hn-screen")).toBeHidden();
    await expect(summary).toContainText(t.summaryTitle);
    await expect(summary).toContainText(t.guidance);
    await expect(summary).toContainText(lang === "ja" ? "2026年11月24日" : "24 Nov 2026");
    await expect(summary).toContainText(lang === "ja" ? "13:00" : "13:00");
    await expect(summary).toContainText(lang === "ja" ? "50,000円" : "¥50,000");
    await expect(summary).toContainText(lang === "ja" ? "2026年12月1日" : "1 Dec 2026");
    await expect(summary).toContainText("☑");
    await app.expectAccessible("the A4 summary in print");
    await expect(summary).toContainText("#9110");
    await expect(summary).toContainText("<i>called</i> 10:05");
    expect(await summary.locator("i").count()).toBe(0);
    await page.screenshot({ path: test.info().outputPath(`staff-summary-print-${lang}.png`), fullPage: true });
    await page.emulateMedia({ media: "screen" });

    // Off again: remembered too; printing shows the normal page.
    await app.staffSwitch().click();
    await page.reload();
    await app.mounted();
    await expect(app.staffSwitch()).toHaveAttribute("aria-pressed", "false");
    await expect(page.locator("html")).not.toHaveAttribute("data-staff");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("#hn-screen")).toBeVisible();
    await expect(page.locator("#hn-summary")).toHaveCount(0);
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`export a case file and import it back: the same case (${lang})`, async ({ browser }) => {
    const { context, page, app } = await newApp(browser, lang);
    await app.open();
    await app.completeStolenCard({ date: "２０２６年１１月１日", amount: "5万円", notified: "2026-11-10" });
    await app.openPanel();
    const download = page.waitForEvent("download");
    await app.button(app.t.export).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^hosho-navi-case-20261124-1300\.json$/);
    const json = JSON.parse(readFileSync(await file.path(), "utf8"));
    expect(json).toMatchObject({
      // Case file v2 (issue 21): it records the pack version the answers were given under.
      version: 2, scheme: "statutory/stolen-card", customer: "individual",
      transactions: [{ date: "2026-11-01", amount_yen: 50000, recovered_yen: 0 }],
      notified_on: "2026-11-10",
    });
    // Staff notes never leave in a file.
    expect(JSON.stringify(json)).not.toContain("staff");

    await page.getByLabel(app.t.importChoose).setInputFiles(await file.path());
    await expect(page.locator("#hn-import-result")).toContainText(app.t.importOk);
    await expect(app.rows()).toHaveCount(2);
    await expect(app.stepHeading()).toHaveText(app.t.calledTitle);
    const stored = await app.currentDraft();
    expect(stored.case.transactions[0]).toMatchObject({ date: "2026-11-01", amount_yen: "50000" });
    expect(stored.case.notified_on).toBe("2026-11-10");
    expect(app.errors).toEqual([]);
    await context.close();
  });
}

for (const lang of ["ja", "en"]) {
  test(`a bank's link to a scheme starts a fresh case and keeps the saved ones (${lang})`, async ({ browser }) => {
    const { context, page, app } = await newApp(browser, lang);
    await app.open();
    await app.startStolenCard();
    await app.amount().fill("4242");
    await app.waitStored((d) => d?.case?.transactions?.[0]?.amount_yen === "4242");
    await page.goto(`/?scheme=statutory/stolen-card${lang === "en" ? "&lang=en" : ""}`);
    await app.mounted();
    await expect(page.getByRole("radio", { name: app.t.individual, exact: true })).not.toBeChecked();
    // Nothing typed yet: nothing new stored; the earlier case is listed and opens as it was.
    await app.openPanel();
    await expect(app.rows()).toHaveCount(1);
    await app.rows().first().getByRole("button", { name: new RegExp(app.t.open) }).click();
    await expect(app.amount()).toHaveValue("4242");
    await context.close();
  });

  test(`two tabs on two cases: a reload returns each tab to its own case (${lang})`, async ({ browser }) => {
    const context = await browser.newContext();
    const a = new DraftsPage(await context.newPage(), lang);
    await a.open();
    await a.startStolenCard();
    await a.amount().fill("111");
    await a.waitStored((d) => d?.case?.transactions?.[0]?.amount_yen === "111");
    const b = new DraftsPage(await context.newPage(), lang);
    await b.open();
    await b.openPanel();
    await b.button(b.t.newCase).click();
    await b.startStolenCard();
    await b.amount().fill("222");
    await b.waitStored((d) => d?.case?.transactions?.[0]?.amount_yen === "222");
    await a.page.reload();
    await a.mounted();
    await expect(a.amount()).toHaveValue("111");
    await b.page.reload();
    await b.mounted();
    await expect(b.amount()).toHaveValue("222");
    // A new tab opens on the start screen, never another tab's case (issue 14); both cases are
    // in its list, and the one changed last opens from there.
    const c = new DraftsPage(await context.newPage(), lang);
    await c.open();
    await expect(c.amount()).toHaveCount(0);
    await c.openPanel();
    await expect(c.rows()).toHaveCount(2);
    await c.rows().first().getByRole("button", { name: new RegExp(c.t.open) }).click();
    await expect(c.amount()).toHaveValue("222");
    await context.close();
  });

  test(`drag and drop a case file onto the drop zone opens it (${lang})`, async ({ browser }) => {
    const { context, page, app } = await newApp(browser, lang);
    await app.open();
    await app.openPanel();
    const text = JSON.stringify({
      // Case file v2 (issue 21): it records the pack version the answers were given under.
      version: 2, scheme: "statutory/stolen-card", customer: "individual",
      transactions: [{ date: "2026-11-01", amount_yen: 1234 }],
    });
    const dt = await page.evaluateHandle((text) => {
      const d = new DataTransfer();
      d.items.add(new File([text], "dropped.json", { type: "application/json" }));
      return d;
    }, text);
    const zone = page.locator(".hn-dropzone");
    await zone.dispatchEvent("dragover", { dataTransfer: dt });
    await expect(zone).toHaveClass(/hn-drop-active/);
    await zone.dispatchEvent("drop", { dataTransfer: dt });
    await expect(page.locator("#hn-import-result")).toContainText("dropped.json");
    await expect(app.row("dropped")).toHaveCount(1);
    expect((await app.currentDraft()).case.transactions[0].amount_yen).toBe("1234");
    // A file dropped anywhere else does not navigate away.
    await page.locator("#hn-screen").dispatchEvent("drop", { dataTransfer: dt });
    await expect(page).toHaveURL(/127\.0\.0\.1/);
    expect(Object.keys(await app.drafts())).toHaveLength(1);
    expect(app.errors).toEqual([]);
    await context.close();
  });
}
