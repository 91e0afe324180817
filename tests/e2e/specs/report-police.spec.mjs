// The sheet for the police (issue 15, point 2): the same facts in the order a police desk asks,
// the evidence to bring as a checklist, #9110 and 110 from the advice data with when to use which;
// printable, saved as a text file, accessible.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { AppPage, NOW } from "../pages/app.mjs";
import { R, ReportPage, toResult, toStolenResult } from "../pages/report.mjs";

for (const lang of ["ja", "en"]) {
  test(`the police sheet lists the facts, what to bring and whom to call (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.clock.setFixedTime(NOW);
    const app = new AppPage(page, lang);
    const t = app.t;
    const r = R[lang];
    await toResult(app, lang);
    await app.button(r.openPolice).click();
    const rep = new ReportPage(app);
    await rep.expectTitle(r.policeTitle);
    await expect(rep.sectionTitles()).toHaveText(r.policeSections);
    const rows = await rep.lossRows();
    expect(rows.map((x) => x[1])).toEqual([t.yen(120000), t.yen(50000)]);
    // What to bring: a checklist of six items.
    await expect(page.locator("#hn-rep-evidence li")).toHaveCount(6);
    // #9110 to consult, 110 in an emergency, as telephone links.
    const contacts = page.locator("#hn-rep-contacts");
    await expect(contacts.getByRole("link", { name: "#9110", exact: true })).toHaveAttribute("href", /^tel:/);
    await expect(contacts.getByRole("link", { name: "110", exact: true })).toHaveAttribute("href", "tel:110");
    await app.expectAccessible("police sheet");
    // A 320 px phone: the sheet's table folds into rows, nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });

    const download = page.waitForEvent("download");
    await app.button(r.share).click();
    const d = await download;
    expect(d.suggestedFilename()).toBe(r.policeFile("2026-11-24"));
    const text = readFileSync(await d.path(), "utf8");
    expect(text).toContain("#9110");
    expect(text.indexOf(r.policeSections[1])).toBeLessThan(text.indexOf(r.policeSections[2]));

    await page.emulateMedia({ media: "print" });
    await expect(rep.textbox(r.account)).toBeHidden();
    await app.expectAccessible("police sheet, print");
    await page.emulateMedia({ media: "screen" });
    // Back goes to the result, not into the flow.
    await app.button(r.backToResult).click();
    await expect(page.locator(".hn-result")).toHaveCount(1);
    expect(app.errors).toEqual([]);
    await context.close();
  });
}

// Issue 26 (5): a stolen card is a theft. The sheet sends it to a 交番 or police station (not to
// #9110), and what to bring asks for no card (it was stolen), no SMS and no PC.
for (const lang of ["ja", "en"]) {
  test(`a stolen card: the police sheet reports a theft and asks for no card, SMS or PC (${lang})`, async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    const app = new AppPage(page, lang);
    const r = R[lang];
    await toStolenResult(app);
    await app.button(r.openPolice).click();
    const rep = new ReportPage(app);
    await rep.expectTitle(r.policeTitle);
    await expect(rep.sectionTitles().nth(3)).toHaveText(r.secNoticedStolen);
    const bring = page.locator("#hn-rep-evidence li");
    await expect(bring).toHaveCount(5);
    for (const item of await bring.allTextContents()) expect(item).not.toMatch(r.notToBring);
    const contacts = page.locator("#hn-rep-contacts");
    await expect(contacts).toContainText(r.theftLead);
    await expect(contacts.getByRole("link", { name: "110", exact: true })).toHaveAttribute("href", "tel:110");
    await app.expectAccessible("police sheet, stolen card");
    expect(app.errors).toEqual([]);
  });
}
