// The report for the bank (issue 15, point 1): reached from the result, every figure the result's,
// the user's own account and the recipients in it, the other language on request, printable (axe
// on the print view) and saved as a text file made in the browser; the entries survive a reload.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { AppPage, NOW, showDate } from "../pages/app.mjs";
import { R, ReportPage, toResult, toStolenResult } from "../pages/report.mjs";

for (const lang of ["ja", "en"]) {
  test(`the report for the bank carries the result's figures (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.clock.setFixedTime(NOW);
    const app = new AppPage(page, lang);
    const t = app.t;
    const r = R[lang];
    await toResult(app, lang);
    // What the result says.
    const amount = await app.amount().innerText();
    const resultRows = app.lossTable().locator("tbody tr");
    await expect(resultRows).toHaveCount(2);
    const nets = [];
    for (let i = 0; i < 2; i++) nets.push(await resultRows.nth(i).locator("td.hn-num").innerText());
    const resultDates = await resultRows.locator("th").allInnerTexts();

    await app.button(r.openBank).click();
    const rep = new ReportPage(app);
    await rep.expectTitle(r.bankTitle);
    await expect(rep.sectionTitles()).toHaveText(r.bankSections);
    // The same figures: the estimate, each loss's date, time and amount, the total of the nets.
    await expect(page.locator("#hn-rep-estimate")).toContainText(amount);
    const rows = await rep.lossRows();
    expect(rows.length).toBe(2);
    expect(rows[0].slice(0, 3)).toEqual([`${showDate(lang, "2026-11-10")} ${lang === "ja" ? "9:30" : "09:30"}`, t.yen(120000), t.yen(1000)]);
    expect(rows[1].slice(0, 3)).toEqual([showDate(lang, "2026-11-20"), t.yen(50000), t.yen(0)]);
    for (let i = 0; i < 2; i++) expect(resultDates[i]).toContain(rows[i][0]);
    const toYen = (s) => Number(s.replace(/[^0-9]/g, ""));
    await expect(page.locator("#hn-rep-total")).toHaveText(t.yen(nets.map(toYen).reduce((a, b) => a + b, 0)));
    await expect(page.locator("#hn-rep-notice")).toContainText(showDate(lang, "2026-11-20"));
    // The user's entries go into the document.
    const account = lang === "ja" ? "SMSのリンクを開き、\nパスワードを入力した" : "I opened a link in a text message\nand typed my password";
    await rep.textbox(r.account).fill(account);
    await rep.textbox(r.noticeRef).fill("A-2026-0042");
    await rep.textbox(r.recipient(2)).fill("ヤマダ タロウ 1234567");
    await expect(page.locator("#hn-rep-account")).toContainText(account.split("\n")[1]);
    await expect(page.locator("#hn-rep-notice")).toContainText("A-2026-0042");
    expect((await rep.lossRows())[1][3]).toBe("ヤマダ タロウ 1234567");
    expect((await rep.lossRows())[0][3]).toBe(r.unknown);
    await app.expectAccessible("report for the bank");

    // Saved as a file: named for what it is, with today's date in Japan.
    const download = page.waitForEvent("download");
    await app.button(r.share).click();
    const d = await download;
    expect(d.suggestedFilename()).toBe(r.bankFile("2026-11-24"));
    const text = readFileSync(await d.path(), "utf8");
    expect(text).toContain(r.bankTitle);
    expect(text).toContain(amount);
    expect(text).toContain(t.yen(120000));
    expect(text).toContain("A-2026-0042");
    expect(text).toContain("ヤマダ タロウ 1234567");

    // The other language on request, then back.
    await app.button(r.showOther).click();
    await expect(rep.document()).toHaveAttribute("lang", lang === "ja" ? "en" : "ja");
    await expect(rep.document()).toContainText(r.otherTitle);
    await app.expectAccessible("report for the bank, other language");
    await app.button(r.showOwn).click();
    await expect(rep.document()).toHaveAttribute("lang", lang);

    // The print view: the document alone, accessible.
    await page.emulateMedia({ media: "print" });
    await expect(rep.textbox(r.account)).toBeHidden();
    await expect(rep.document()).toBeVisible();
    await app.expectAccessible("report for the bank, print");
    await page.emulateMedia({ media: "screen" });

    // The entries are part of the case: a reload keeps them.
    await page.reload();
    await expect(page.locator("html[data-app='mounted']")).toHaveCount(1);
    await rep.expectTitle(r.bankTitle);
    await expect(rep.textbox(r.account)).toHaveValue(account);
    await expect(rep.textbox(r.recipient(2))).toHaveValue("ヤマダ タロウ 1234567");
    await app.button(r.backToResult).click();
    await expect(app.amount()).toHaveText(amount);
    expect(app.errors).toEqual([]);
    await context.close();
  });
}

// Issue 26 (5): the report for the bank of an ATM theft asks when and where the card was lost,
// and neither a recipient (振込先) nor where a password leaked.
for (const lang of ["ja", "en"]) {
  test(`a stolen card: the report asks when and where the card was lost, no recipient or password (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.clock.setFixedTime(NOW);
    const app = new AppPage(page, lang);
    const r = R[lang];
    await toStolenResult(app);
    await app.button(r.openBank).click();
    const rep = new ReportPage(app);
    await rep.expectTitle(r.bankTitle);
    const noticed = rep.textbox(r.noticedStolen);
    await expect(noticed).toBeVisible();
    await expect(rep.textbox(r.recipient(1))).toHaveCount(0);
    await expect(page.locator("#hn-rep-in-account-hint")).not.toHaveText(r.password);
    await expect(rep.document().getByRole("columnheader", { name: r.colRecipient })).toHaveCount(0);
    await expect(rep.document().getByRole("heading", { name: r.secNoticedStolen })).toHaveCount(1);
    await noticed.fill(lang === "ja" ? "11月20日の朝、駅で財布ごと盗まれた" : "Stolen with my wallet at the station on Nov 20");
    await expect(page.locator("#hn-rep-noticed")).toContainText(lang === "ja" ? "駅で財布ごと" : "at the station");
    await app.expectAccessible("report for the bank, stolen card");
    const download = page.waitForEvent("download");
    await app.button(r.share).click();
    const text = readFileSync(await (await download).path(), "utf8");
    expect(text).toContain(r.secNoticedStolen);
    expect(text).not.toContain(r.colRecipient);
    expect(app.errors).toEqual([]);
    await context.close();
  });
}
