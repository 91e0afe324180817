// Issue 14, points 3–5 in the fault-matrix style: what staff see of names and raw drafts, and the
// one set of limits (form, stored draft, case file). Each test fails without its change.
import { test, expect } from "@playwright/test";
import { DraftsPage, seedStorage, fixture, DRAFT_PREFIX } from "../pages/drafts.mjs";

async function newApp(browser, seed) {
  const context = await browser.newContext({ acceptDownloads: true });
  if (seed) await seedStorage(context, seed);
  const page = await context.newPage();
  return { context, page, app: new DraftsPage(page) };
}

/** A stored v1 draft, as the app writes it. */
function v1(id, { name = "", step = "losses", note = "", transactions = [] } = {}) {
  return JSON.stringify({
    draft_version: 1, id, name, rev: 1, tab: "t-seed", updated_ms: 1795395600000,
    case: { scenario: "stolen_card", scheme: "statutory/stolen-card", customer: "individual", transactions,
      notified: null, notified_on: "", stolen_on: "", unavoidable_days: "", already_compensated_yen: "",
      answers: {}, notes: "" },
    ui: { step, question: 0, advice: null, ticks: [], staff_note: note },
  });
}

async function downloaded(page, click) {
  const download = page.waitForEvent("download");
  await click();
  const file = await download;
  const { readFileSync } = await import("node:fs");
  return readFileSync(await file.path(), "utf8");
}

test("raw downloads of an unreadable and a newer-format draft leave the staff note out", async ({ browser }) => {
  const secret = "職員だけのメモ-SECRET";
  // Cut inside the note itself: not JSON, the note unterminated.
  const cut = v1("cut", { name: "切れた案件", note: secret }).slice(0, -3);
  const newer = JSON.parse(fixture("newer-v99.json"));
  newer.ui.staff_note = secret;
  newer.elsewhere = { staff_note: secret };
  const { context, page, app } = await newApp(browser, {
    [DRAFT_PREFIX + "cut"]: cut, [DRAFT_PREFIX + "x9"]: JSON.stringify(newer),
  });
  await app.open();
  await app.openPanel();
  const rawOf = (row) => downloaded(page, () => row.getByRole("button", { name: app.t.downloadRaw }).click());
  const fromCut = await rawOf(app.rows().filter({ hasText: /読み取れません/ }));
  expect(fromCut).toContain("切れた案件");
  expect(fromCut).not.toContain("SECRET");
  const fromNewer = await rawOf(app.row("未来の案件"));
  expect(fromNewer).toContain("losses_v99");
  expect(fromNewer).not.toContain("SECRET");
  // The stored drafts themselves are untouched.
  const s = await app.storage();
  expect(s[DRAFT_PREFIX + "cut"]).toBe(cut);
  await context.close();
});

test("case names lose bidi and zero-width characters, stop at 80 characters, and show in <bdi>", async ({ browser }) => {
  const spoof = "\u202Egnp.exe\u202C\u200B\u2066様\u2069\uFEFF";
  const { context, page, app } = await newApp(browser, {
    [DRAFT_PREFIX + "old"]: v1("old", { name: spoof }),
  });
  await app.open();
  await app.openPanel();
  // A name stored by an older build is shown cleaned and isolated.
  const names = app.table().locator(".hn-draft-name");
  await expect(names).toHaveCount(1);
  await expect(names.locator("bdi")).toHaveText("gnp.exe様");
  expect(await names.locator("bdi").textContent()).toBe("gnp.exe様");
  // A typed name is stored cleaned and capped.
  await app.panelToggle().click();
  await app.startStolenCard();
  await app.openPanel();
  const typed = "\u202B山田\u200D太郎\u200F" + "あ".repeat(100);
  await page.getByRole("textbox", { name: app.t.caseName }).fill(typed);
  const want = ("山田太郎" + "あ".repeat(100)).slice(0, 80);
  await app.waitStored((d) => d !== null && d.name === want, "name stored cleaned");
  const row = app.table().locator(".hn-draft-current .hn-draft-name bdi");
  await expect(row).toHaveText(want);
  await context.close();
});

test("an imported case file's notes are shown with the open case", async ({ browser }) => {
  const { context, page, app } = await newApp(browser);
  await app.open();
  await app.openPanel();
  const file = {
    version: 1, scheme: "statutory/stolen-card", customer: "individual",
    transactions: [{ date: "2026-11-01", amount_yen: 50000 }], notified_on: "2026-11-10",
    notes: "支店で受付、警察届出済み",
  };
  await page.getByLabel(app.t.importChoose).setInputFiles({
    name: "with-notes.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(page.locator("#hn-import-result")).toContainText(app.t.importOk);
  await app.openPanel();
  await expect(page.locator("#hn-file-notes")).toHaveText("支店で受付、警察届出済み");
  await context.close();
});

test("case files over the app's limits are refused, each with its reason", async ({ browser }) => {
  const { context, page, app } = await newApp(browser);
  await app.open();
  await app.openPanel();
  const row = { date: "2026-11-01", amount_yen: 1 };
  const base = { version: 1, scheme: "statutory/stolen-card", customer: "individual" };
  const refuse = async (name, body, text) => {
    await page.getByLabel(app.t.importChoose).setInputFiles({
      name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...base, ...body })),
    });
    await expect(page.locator("#hn-import-result")).toContainText(text);
  };
  await refuse("rows.json", { transactions: Array(501).fill(row) }, "500 件まで");
  // Above the form's own limit (10兆円): it would not survive the next export.
  await refuse("big.json", { transactions: [{ ...row, amount_yen: 1e14 }] }, "transactions[0].amount_yen");
  await refuse("days.json", { transactions: [row], unavoidable_days: 36501 }, "unavoidable_days");
  await context.close();
});

test("the form holds at most 500 losses and says so", async ({ browser }) => {
  const rows = Array.from({ length: 500 }, () => ({ date: "2026-11-01", time: "", amount_yen: "1000", recovered_yen: "" }));
  const { context, page, app } = await newApp(browser, {
    [DRAFT_PREFIX + "many"]: v1("many", { name: "多数の取引", transactions: rows }),
  });
  await app.open();
  await app.openPanel();
  await app.row("多数の取引").getByRole("button", { name: /開く|Open/ }).click();
  await expect(app.stepHeading()).toHaveText(app.t.lossesTitle);
  await expect(page.locator("#hn-loss-cap")).toContainText("500件まで");
  await expect(page.locator("#hn-loss-add")).toHaveCount(0);
  await context.close();
});

test("a date outside 1900–2200 is refused in the form with the years named", async ({ browser }) => {
  const { context, page, app } = await newApp(browser);
  await app.open();
  await app.startStolenCard();
  await app.date().fill("0001-01-01");
  await app.amount().fill("1000");
  await page.getByRole("button", { name: app.t.next, exact: true }).click();
  await expect(page.locator("#hn-step-heading")).toHaveText(app.t.lossesTitle);
  await expect(page.getByText("1900年〜2200年の日付を入力してください").first()).toBeVisible();
  await context.close();
});
