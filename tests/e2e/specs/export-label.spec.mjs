// Case files carry a label (issue 15, point 5): staff export with the case's name by default
// (「補償ナビ_案件名_2026-11-24.json」, the date in Japan time, an unsafe name made safe), customers
// without it unless they tick the box; the export says which; a re-import keeps the name.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { DraftsPage } from "../pages/drafts.mjs";

// 2026-11-23 20:00 in Los Angeles: already the 24th in Japan.
const NOW = new Date("2026-11-24T04:00:00Z");
const LABEL = {
  ja: { box: "案件名をファイルに含める", withLabel: "案件名を含めました。", without: "案件名は含めていません。", prefix: "補償ナビ" },
  en: { box: "Include the case name in the file", withLabel: "The case name is included.", without: "The case name is not included.", prefix: "hosho-navi" },
};

async function newApp(browser, lang) {
  const context = await browser.newContext({ timezoneId: "America/Los_Angeles", acceptDownloads: true });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  return { context, page, app: new DraftsPage(page, lang) };
}

async function exportFile(page, app) {
  const download = page.waitForEvent("download");
  await app.button(app.t.export).click();
  const file = await download;
  return { name: file.suggestedFilename(), path: await file.path() };
}

for (const lang of ["ja", "en"]) {
  test(`staff export carries the case name, customers' does not, re-import keeps it (${lang})`, async ({ browser }) => {
    const { context, page, app } = await newApp(browser, lang);
    const L = LABEL[lang];
    await app.open();
    await app.completeStolenCard();
    await app.openPanel();
    await page.getByRole("textbox", { name: app.t.caseName, exact: true }).fill("山田様 / 11:00 来店");
    const box = page.getByRole("checkbox", { name: L.box, exact: true });

    // A customer: off by default, and the file says nothing of whose case it is.
    await expect(box).not.toBeChecked();
    let f = await exportFile(page, app);
    expect(f.name).toBe("hosho-navi-case-20261124-1300.json");
    expect(JSON.parse(readFileSync(f.path, "utf8")).label).toBeUndefined();
    await expect(page.locator("#hn-export-msg")).toContainText(L.without);

    // Staff: on by default; the name is in the file and, made safe, in its name.
    await app.staffSwitch().click();
    await expect(box).toBeChecked();
    f = await exportFile(page, app);
    expect(f.name).toBe(`${L.prefix}_山田様_11_00_来店_2026-11-24.json`);
    const json = JSON.parse(readFileSync(f.path, "utf8"));
    expect(json.label).toBe("山田様 / 11:00 来店");
    await expect(page.locator("#hn-export-msg")).toContainText(L.withLabel);
    await expect(page.locator("#hn-export-msg")).toContainText(f.name);

    // Staff can leave it out.
    await box.uncheck();
    const g = await exportFile(page, app);
    expect(g.name).toBe("hosho-navi-case-20261124-1300.json");

    // Re-import: the case opens under the name the file carries (not the file's name).
    await page.getByLabel(app.t.importChoose).setInputFiles(f.path);
    await expect(page.locator("#hn-import-result")).toContainText(app.t.importOk);
    await expect(page.getByRole("textbox", { name: app.t.caseName, exact: true })).toHaveValue("山田様 / 11:00 来店");
    await app.expectAccessible("drafts panel with the export label box");
    expect(app.errors).toEqual([]);
    await context.close();
  });
}
