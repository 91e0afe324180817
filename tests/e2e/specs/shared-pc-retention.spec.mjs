// Issue 14, point 1, in the fault-matrix style: retention. In staff mode, drafts last changed more
// than 30 days ago (engine/session.rs, the one place a deployment sets it) are erased when the app
// starts, with their backups; newer ones stay. For customers retention is off: nothing is erased.
import { test, expect } from "@playwright/test";
import { seedStorage, BACKUP_PREFIX } from "../pages/drafts.mjs";
import { SharedPcPage, storedDraft, DRAFT_PREFIX, STAFF_KEY } from "../pages/shared-pc.mjs";

function seed(staff) {
  const entries = {
    [DRAFT_PREFIX + "old40"]: storedDraft("old40", { name: "古い案件", daysAgo: 40 }),
    [DRAFT_PREFIX + "old31"]: storedDraft("old31", { name: "31日前", daysAgo: 31 }),
    [DRAFT_PREFIX + "new29"]: storedDraft("new29", { name: "29日前", daysAgo: 29 }),
    [DRAFT_PREFIX + "today"]: storedDraft("today", { name: "今日", daysAgo: 0 }),
    [BACKUP_PREFIX + "old40"]: "{broken",
    "another-app.setting": "keep me",
  };
  if (staff) entries[STAFF_KEY] = "1";
  return entries;
}

async function newApp(browser, lang, staff) {
  const context = await browser.newContext();
  await seedStorage(context, seed(staff));
  const app = new SharedPcPage(await context.newPage(), lang);
  return { context, page: app.page, app };
}

for (const lang of ["ja", "en"]) {
  test(`staff mode: drafts older than 30 days are erased at start, newer ones kept (${lang})`, async ({ browser }) => {
    const { context, page, app } = await newApp(browser, lang, true);
    await app.open();
    await expect(page.getByText(app.s.retention30)).toBeVisible();
    await expect(app.rows()).toHaveCount(2);
    await expect(app.row("29日前")).toHaveCount(1);
    await expect(app.row("今日")).toHaveCount(1);
    const s = await app.storage();
    expect(Object.keys(s).filter((k) => k.startsWith(DRAFT_PREFIX)).sort())
      .toEqual([DRAFT_PREFIX + "new29", DRAFT_PREFIX + "today"]);
    expect(s[BACKUP_PREFIX + "old40"]).toBeUndefined();
    expect(s["another-app.setting"]).toBe("keep me");
    expect(app.errors).toEqual([]);
    await context.close();
  });

  test(`customers: retention is off, no draft is erased however old (${lang})`, async ({ browser }) => {
    const { context, page, app } = await newApp(browser, lang, false);
    await app.open();
    await app.openPanel();
    await expect(app.rows()).toHaveCount(4);
    await expect(page.getByText(app.s.retention30)).toHaveCount(0);
    const s = await app.storage();
    expect(Object.keys(s).filter((k) => k.startsWith(DRAFT_PREFIX))).toHaveLength(4);
    expect(s[BACKUP_PREFIX + "old40"]).toBe("{broken");
    expect(app.errors).toEqual([]);
    await context.close();
  });
}
