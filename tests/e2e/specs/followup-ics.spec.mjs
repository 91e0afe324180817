// The follow-up (issue 15, point 3): what happened after the verdict is recorded, the status list
// follows it, and the open steps with a date go into a calendar file, one event each (the deadlines
// that still matter, the documents' due date), never an empty file. Clock: 2026-11-24 13:00 JST.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { AppPage, NOW, showDate } from "../pages/app.mjs";
import { R, toResult, icsEvents } from "../pages/report.mjs";

async function newApp(browser, lang) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  return { context, page, app: new AppPage(page, lang) };
}

async function downloadIcs(page, app, r) {
  const download = page.waitForEvent("download");
  await app.button(r.ics).click();
  return icsEvents(readFileSync(await (await download).path(), "utf8"));
}

for (const lang of ["ja", "en"]) {
  test(`the follow-up records the police report and documents; the calendar holds only open dated steps (${lang})`, async ({ browser }) => {
    const { context, page, app } = await newApp(browser, lang);
    const r = R[lang];
    await toResult(app, lang); // told the bank on 2026-11-20
    await app.button(r.openFollowUp).click();
    await expect(app.stepHeading()).toHaveText(r.fuTitle);
    const status = page.locator("#hn-fu-status li");
    await expect(status.filter({ hasText: r.stNotice })).toContainText(r.done);
    await expect(status.filter({ hasText: r.stPolice })).toContainText(r.open);
    await app.expectAccessible("follow-up");

    // Told the bank, nothing else dated: no file, and it says so.
    let downloads = 0;
    page.on("download", () => downloads++);
    await app.button(r.ics).click();
    await expect(page.locator("#hn-fu-ics-msg")).toHaveText(r.icsNone);
    expect(downloads).toBe(0);

    // The police report, with a date as people say it.
    await page.getByRole("textbox", { name: r.policeStation, exact: true }).fill("三島警察署");
    const policeOn = page.getByRole("textbox", { name: r.policeOn, exact: true });
    await policeOn.fill(lang === "ja" ? "昨日" : "yesterday");
    await expect(page.locator("#hn-fu-police-on-msg")).toHaveText(`${app.t.readAs} ${showDate(lang, "2026-11-23")}`);
    await expect(status.filter({ hasText: r.stPolice })).toContainText(r.done);

    // Documents asked for by 2026-12-01: one event, on that day.
    await page.getByRole("textbox", { name: r.docsAsked, exact: true }).fill("通帳のコピー");
    await page.getByRole("textbox", { name: r.docsDue, exact: true }).fill("2026-12-01");
    await expect(status.filter({ hasText: r.stDocs(showDate(lang, "2026-12-01")) })).toContainText(r.open);
    const events = await downloadIcs(page, app, r);
    expect(events.length).toBe(1);
    expect(events[0]["DTSTART;VALUE=DATE"]).toBe("20261201");
    expect(events[0].SUMMARY).toBe(r.icsDocs(showDate(lang, "2026-12-01")));
    // No personal data in the calendar: the documents' text stays out.
    expect(JSON.stringify(events)).not.toContain("通帳のコピー");

    // Sent: the step is done and nothing dated is left.
    await page.getByRole("textbox", { name: r.docsSent, exact: true }).fill("2026-11-24");
    await expect(status.filter({ hasText: r.stDocs(showDate(lang, "2026-12-01")) })).toContainText(r.done);
    const before = downloads;
    await app.button(r.ics).click();
    await expect(page.locator("#hn-fu-ics-msg")).toHaveText(r.icsNone);
    expect(downloads).toBe(before);
    await app.expectAccessible("follow-up, filled");

    // The records are part of the case: a reload keeps them.
    await page.reload();
    await expect(page.locator("html[data-app='mounted']")).toHaveCount(1);
    await expect(page.getByRole("textbox", { name: r.policeStation, exact: true })).toHaveValue("三島警察署");
    await expect(page.getByRole("textbox", { name: r.docsDue, exact: true })).toHaveValue("2026-12-01");
    // The result moves with the records: the police report answered 003's police question, so its
    // step is done on the result's checklist (it was answered no on the way).
    await app.button(r.backToResult).click();
    await expect(page.locator("#hn-tick-police")).toBeChecked();
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`not yet told the bank: the notice deadlines go into the follow-up calendar (${lang})`, async ({ browser }) => {
    const { context, page, app } = await newApp(browser, lang);
    const r = R[lang];
    await toResult(app, lang, null);
    await app.button(r.openFollowUp).click();
    await expect(page.locator("#hn-fu-status li").filter({ hasText: r.stNotice })).toContainText(r.open);
    await page.getByRole("textbox", { name: r.docsDue, exact: true }).fill("2026-12-01");
    const events = await downloadIcs(page, app, r);
    // 003: 11-10 + 29 = 12-09 and 11-20 + 29 = 12-19, then the documents' day.
    expect(events.map((e) => e["DTSTART;VALUE=DATE"])).toEqual(["20261209", "20261219", "20261201"]);
    expect(app.errors).toEqual([]);
    await context.close();
  });
}

// Issue 22, point 8: a due date lies ahead. Said without its year on 2026-11-24, 「12月20日」 is
// this December, not last; and a due date the calendar cannot hold is said, never dropped.
for (const lang of ["ja", "en"]) {
  test(`a due date said without its year lies ahead; one left out of the calendar is said (${lang})`, async ({ browser }) => {
    const { context, page, app } = await newApp(browser, lang);
    const r = R[lang];
    await toResult(app, lang); // told the bank: no deadline left for the calendar
    await app.button(r.openFollowUp).click();
    const due = page.getByRole("textbox", { name: r.docsDue, exact: true });
    await due.fill(r.dueSaid);
    await expect(page.locator("#hn-fu-docs-due-msg")).toHaveText(`${app.t.readAs} ${showDate(lang, "2026-12-20")}`);
    const events = await downloadIcs(page, app, r);
    expect(events.map((e) => e["DTSTART;VALUE=DATE"])).toEqual(["20261220"]);
    expect(events[0].SUMMARY).toBe(r.icsDocs(showDate(lang, "2026-12-20")));
    await expect(page.locator("#hn-fu-ics-msg")).toHaveText("");

    // A due date already past: no file, and the message names the date left out.
    let downloads = 0;
    page.on("download", () => downloads++);
    await due.fill("2026-11-01");
    await app.button(r.ics).click();
    const msg = page.locator("#hn-fu-ics-msg");
    await expect(msg).toContainText(r.icsLeftOutPast(showDate(lang, "2026-11-01")));
    await expect(msg).toContainText(r.icsNone);
    // Text that is no date: said too.
    await due.fill("来月");
    await app.button(r.ics).click();
    await expect(msg).toContainText(r.icsLeftOutUnread("来月"));
    expect(downloads).toBe(0);
    await app.expectAccessible("follow-up, a due date left out");
    expect(app.errors).toEqual([]);
    await context.close();
  });
}
