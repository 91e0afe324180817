// Nothing leaves the device: every request of a full run (new case, questions, result, export,
// import, print, staff mode) is recorded; none may go to another origin, none after load may
// carry case data, and any Content-Security-Policy violation fails the run.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { DraftsPage } from "../pages/drafts.mjs";

// What the user types in this run: none of it may appear in any request.
const CASE_DATA = ["2026-10-25", "1.5万", "15000", "2026-11-20", "Yamada-7Q2", "NOTE-93KX", "imported-77X1"];

/** Collects CSP violations (init script: runs before any page script). */
async function watchCsp(context) {
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
      console.error("CSP violation: " + e.violatedDirective + " " + e.blockedURI);
    });
  });
}

async function walkToResult(page, app) {
  const t = app.t;
  await page.getByRole("button", { name: lang(app, "インターネットバンキングで勝手に送金された", "Money was transferred from my internet banking without my consent") }).click();
  await page.getByRole("radio", { name: /三島|Mishima/ }).first().check();
  await page.getByRole("button", { name: t.next, exact: true }).click();
  await page.getByRole("radio", { name: t.individual, exact: true }).check();
  await page.getByRole("button", { name: t.next, exact: true }).click();
  await app.date().fill("2026-10-25");
  await app.amount().fill("1.5万");
  await page.getByRole("button", { name: t.next, exact: true }).click();
  await page.getByRole("radio", { name: t.notifiedYes }).check();
  await page.getByRole("textbox", { name: t.notifiedOn }).fill("2026-11-20");
  await page.getByRole("button", { name: t.seeResult, exact: true }).click();
  // The result comes first; its questions refine it: answer "no" (by value) to the first question of each
  // screen, then move on, back to the result.
  await expect(page.locator(".hn-result")).toHaveCount(1);
  await page.getByRole("button", { name: lang(app, "質問に答える", "Answer the questions"), exact: true }).click();
  await expect(page).toHaveURL(/step=questions/);
  for (let i = 0; i < 60; i++) {
    if (await page.locator(".hn-result").count()) break;
    // Each answer is labelled with its fact: "no" by its value, whatever that states.
    const no = page.locator("fieldset.hn-question input[type=radio][value=no]").first();
    if (await no.count()) await no.check();
    const see = page.getByRole("button", { name: t.seeResult });
    if (await see.count()) await see.click();
    else await page.getByRole("button", { name: t.next, exact: true }).click();
  }
  // Told the bank on 11-20: the result is written for after the notice.
  await expect(app.stepHeading()).toHaveText(t.calledTitle);
}

function lang(app, ja, en) {
  return app.lang === "ja" ? ja : en;
}

for (const l of ["ja", "en"]) {
  test(`nothing leaves the device over a full run (${l})`, async ({ browser, baseURL }) => {
    const context = await browser.newContext();
    await watchCsp(context);
    const origin = new URL(baseURL).origin;
    const requests = [];
    let loaded = false;
    context.on("request", (r) => requests.push({
      url: r.url(), method: r.method(), body: r.postData() ?? "", afterLoad: loaded,
      headers: r.headers(),
    }));
    const page = await context.newPage();
    const app = new DraftsPage(page, l);

    // The page and the header it is served with.
    const response = await page.goto(l === "en" ? "/?lang=en" : "/");
    const csp = response.headers()["content-security-policy"] ?? "";
    for (const part of ["default-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "'wasm-unsafe-eval'"]) {
      expect(csp).toContain(part);
    }
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toContain("'unsafe-eval'");
    await expect(page.locator("meta[http-equiv='Content-Security-Policy']")).toHaveAttribute("content", /default-src 'self'/);
    await app.mounted();
    await page.waitForLoadState("networkidle");
    loaded = true;

    // New case, questions, result.
    await walkToResult(page, app);
    await app.openPanel();
    await page.getByRole("textbox", { name: app.t.caseName }).fill("Yamada-7Q2");
    // Export.
    const download = page.waitForEvent("download");
    await app.button(app.t.export).click();
    const file = await (await download).path();
    // Import (a file the user has, with its own data).
    const imported = JSON.parse(readFileSync(file, "utf8"));
    imported.notes = "imported-77X1";
    await page.getByLabel(app.t.importChoose).setInputFiles({
      name: "case.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(imported)),
    });
    await expect(page.locator("#hn-import-result")).toContainText(app.t.importOk);
    // Staff mode, a note, print (the print dialog is a no-op headless; the print CSS is applied).
    await app.staffSwitch().click();
    await page.getByRole("textbox", { name: app.t.staffNote }).fill("NOTE-93KX");
    await app.button(app.t.printSummary).click();
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("#hn-summary")).toContainText("NOTE-93KX");
    await page.emulateMedia({ media: "screen" });
    // A reload (back to the same case).
    await page.reload();
    await app.mounted();
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500);

    // Every request: this origin only (blob: downloads never reach a network).
    const network = requests.filter((r) => !r.url.startsWith("blob:") && !r.url.startsWith("data:"));
    expect(network.length).toBeGreaterThan(0);
    for (const r of network) {
      expect(new URL(r.url).origin, r.url).toBe(origin);
    }
    // After load: no body, no case data anywhere in a request, only GETs of the app's own files
    // or the page itself (whose query holds only step, question, scheme and language).
    for (const r of network.filter((r) => r.afterLoad)) {
      expect(r.method, r.url).toBe("GET");
      expect(r.body, r.url).toBe("");
      const text = decodeURIComponent(r.url) + JSON.stringify(r.headers);
      for (const v of CASE_DATA) expect(text, r.url).not.toContain(v);
      for (const k of new URL(r.url).searchParams.keys()) expect(["step", "q", "scheme", "lang"]).toContain(k);
    }
    // No cookies of any kind.
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe("");
    // No CSP violation at any point.
    expect(await page.evaluate(() => window.__csp)).toEqual([]);
    expect(app.errors).toEqual([]);
    await context.close();
  });
}

test("a CSP violation is caught by the listener (the watcher works)", async ({ browser }) => {
  const context = await browser.newContext();
  await watchCsp(context);
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html[data-app='mounted']")).toHaveCount(1);
  // An inline script is exactly what the policy forbids.
  await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__ran = true";
    document.body.appendChild(s);
  });
  await expect.poll(() => page.evaluate(() => window.__csp.length)).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.__ran)).toBeUndefined();
  await context.close();
});
