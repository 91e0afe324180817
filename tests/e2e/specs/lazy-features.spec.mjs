// Features loaded on use (issue 23): each one opens from its own wasm module on a cold cache, and
// offline after one visit (the service worker precaches every module), in both languages.
import { test, expect } from "@playwright/test";
import { R, ReportPage, toResult } from "../pages/report.mjs";
import { AppPage, visitInstalled } from "../pages/app.mjs";
import { DraftsPage, DRAFT_PREFIX, CURRENT_KEY, fixture } from "../pages/drafts.mjs";
import { BrokeragePage } from "../pages/brokerage.mjs";
import { LazyPage, MODULE, STAFF_MODULES } from "../pages/lazy.mjs";
import { StaffPage } from "../pages/summary.mjs";
import { SharedPcPage, IDLE_KEY } from "../pages/shared-pc.mjs";

const IMPORT_TITLE = { ja: "ケースファイルを開く", en: "Open a case file" };
const LIST_TITLE = { ja: "この端末に保存した案件（新しい順）", en: "Cases saved on this device, newest first" };

/** Opens every lazy feature in turn and checks each one is the real feature: the brokerage
 * screens in `page`, the rest in a new tab (a tab keeps its own open case). */
async function openEach(page, lang) {
  const brk = new BrokeragePage(page, lang);
  await brk.start();
  await new LazyPage(brk).expectNoBusy();
  expect(brk.errors).toEqual([]);
  page = await page.context().newPage();
  const app = new AppPage(page, lang);
  const drafts = new DraftsPage(page, lang);
  const r = R[lang];
  const rep = new ReportPage(app);
  await toResult(app, lang);
  await app.button(r.openBank).click();
  await rep.expectTitle(r.bankTitle);
  await app.button(r.backToResult).click();
  await app.button(r.openPolice).click();
  await rep.expectTitle(r.policeTitle);
  await app.button(r.backToResult).click();
  await app.button(r.openFollowUp).click();
  await rep.expectTitle(r.fuTitle);
  // The saved-cases panel: the open case and import are their own module.
  await drafts.openPanel();
  await expect(page.getByRole("textbox", { name: drafts.t.caseName })).toBeVisible();
  await expect(page.getByRole("heading", { name: IMPORT_TITLE[lang] })).toBeVisible();
  // The saved cases and "erase everything" come with the panel's module.
  await expect(page.getByRole("heading", { name: LIST_TITLE[lang], exact: true })).toBeVisible();
  await expect(drafts.button(drafts.t.eraseAll)).toBeVisible();
  await new LazyPage(app).expectNoBusy();
  // What the store found (here an unreadable draft, in a new tab) is a module of its own.
  await page.evaluate(([k, v, current]) => {
    localStorage.setItem(k, v);
    localStorage.setItem(current, "cut");
  }, [DRAFT_PREFIX + "cut", fixture("corrupt-truncated.json"), CURRENT_KEY]);
  const found = new DraftsPage(await page.context().newPage(), lang);
  await found.open();
  await expect(found.page.getByText(found.t.corrupt)).toBeVisible();
  await new LazyPage(found).expectNoBusy();
  return app;
}

/** The staff deployment's lazy features: the A4 summary (staff mode, in print) and the idle
 * cover (a shortened idle time, the documented test setting), which takes focus and gives the
 * case back on "continue". */
async function openStaffEach(page, lang) {
  const app = new StaffPage(page, lang);
  const pc = new SharedPcPage(page, lang);
  await pc.open();
  await pc.mounted();
  await app.staffOn();
  await page.emulateMedia({ media: "print" });
  await expect(app.summary()).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await expect(pc.idleHeading()).toBeVisible({ timeout: 15_000 });
  await expect(pc.idleHeading()).toBeFocused();
  await pc.continueButton().click();
  await expect(pc.idleHeading()).toHaveCount(0);
  await new LazyPage(app).expectNoBusy();
  return app;
}

/** A context on the staff deployment (dist-staff/), its idle time shortened to `seconds`. */
async function staffContext(browser, seconds, options = {}) {
  const context = await browser.newContext({ baseURL: process.env.STAFF_BASE_URL || "http://127.0.0.1:8182", ...options });
  await context.addInitScript(([k, v]) => localStorage.setItem(k, v), [IDLE_KEY, seconds]);
  return context;
}

/** The names in `table` whose module (its path pattern) the server answered in `context`. */
function fetchedModules(context, table) {
  const fetched = new Set();
  context.on("requestfinished", (req) => {
    for (const [name, re] of Object.entries(table)) if (re.test(new URL(req.url()).pathname)) fetched.add(name);
  });
  return fetched;
}

for (const lang of ["ja", "en"]) {
  test(`every lazy feature opens from its own module on a cold cache (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    const fetched = fetchedModules(context, MODULE);
    const app = await openEach(page, lang);
    // Each feature came in its own module, fetched from the server.
    expect([...fetched].sort()).toEqual(Object.keys(MODULE).sort());
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`every lazy feature opens offline after one visit (${lang})`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await visitInstalled(page, lang === "en" ? "/?lang=en" : "/");
    await context.setOffline(true);
    const app = await openEach(page, lang);
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`the staff summary and the idle cover open from their own module on a cold cache (${lang})`, async ({ browser }) => {
    const context = await staffContext(browser, "5", { serviceWorkers: "block" });
    const page = await context.newPage();
    const fetched = fetchedModules(context, STAFF_MODULES);
    const app = await openStaffEach(page, lang);
    expect([...fetched].sort()).toEqual(Object.keys(STAFF_MODULES).sort());
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`the staff summary and the idle cover open offline after one visit (${lang})`, async ({ browser }) => {
    const context = await staffContext(browser, "5");
    const page = await context.newPage();
    await visitInstalled(page, lang === "en" ? "/?lang=en" : "/");
    await context.setOffline(true);
    const app = await openStaffEach(page, lang);
    expect(app.errors).toEqual([]);
    await context.close();
  });
}
