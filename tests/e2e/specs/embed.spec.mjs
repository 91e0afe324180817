// Issue 24: the app on a bank's help page. The demo page (examples/embed/) on one origin frames
// the customers' app (dist/ as built with FRAME_ANCESTORS naming that page) on another: the frame is
// as tall as its content after each step (one scroll area), a new step is brought into view, a
// message from any other origin is ignored, a page the build does not name cannot frame it; a
// bank's link paints that bank's number from the first response, before any wasm; staff mode
// exists in the staff deployment only; axe on the framed app. Both languages.
import { test, expect } from "@playwright/test";
import { TestServer } from "../support/server.mjs";
import { holdWasm } from "../support/hold-wasm.mjs";
import { EmbedPage, HostServer, BANK, LINE, WHERE, HOLDER } from "../pages/embed.mjs";
import { NOW } from "../pages/app.mjs";
import { DraftsPage, T } from "../pages/drafts.mjs";

const PORT = Number(process.env.EMBED_PORT || 8195);
const STAFF_BASE_URL = process.env.STAFF_BASE_URL || "http://127.0.0.1:8182";
const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true };

let app;
let host;
let stranger;
test.beforeAll(async () => {
  // Three origins: the app, the bank's page it allows, and a page it does not.
  host = new HostServer("127.0.0.2", PORT);
  stranger = new HostServer("127.0.0.3", PORT);
  app = new TestServer(PORT);
  app.allowParents([host.origin]);
  app.start();
  await host.start();
  await stranger.start();
});
test.afterAll(async () => {
  app?.stop();
  await host?.stop();
  await stranger?.stop();
});

async function framed(browser, lang, options = PHONE) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  return { context, page, embed: new EmbedPage(page, lang, host.origin, app.url) };
}

for (const lang of ["ja", "en"]) {
  test(`framed: as tall as its content after each step, a new step brought into view (${lang})`, async ({ browser }) => {
    const { context, page, embed } = await framed(browser, lang);
    await embed.open(`?scheme=${BANK}`);
    await embed.mounted();
    await expect(embed.stepHeading()).toHaveText(HOLDER[lang]);
    const first = await embed.expectFitted("bank link, account holder");
    // The saved cases open below the screen: the frame grows, and shrinks back when they close.
    const toggle = embed.frame.getByRole("button", { name: T[lang].panel });
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(await embed.expectFitted("saved cases open")).toBeGreaterThan(first);
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(await embed.expectFitted("saved cases closed")).toBe(first);
    // From the bottom of the page, the next step's heading comes into view, focused in the frame.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await embed.app.chooseCustomer("individual");
    await expect(embed.stepHeading()).toBeFocused();
    await embed.expectFitted("losses");
    await expect.poll(async () => {
      const y = await embed.topInPage(embed.stepHeading());
      return y >= 0 && y < 667;
    }, { message: "the new step's heading is in the page's viewport" }).toBe(true);
    await embed.app.fillLoss(1, { date: "2026-11-20", amount: "120000" });
    await embed.app.next();
    await expect(embed.stepHeading()).toBeFocused();
    await embed.expectFitted("notice");
    await embed.app.notice("2026-11-21");
    await embed.expectFitted("result");
    expect(embed.errors).toEqual([]);
    await context.close();
  });

  test(`framed: a message from any other origin is ignored; an unnamed page cannot frame it (${lang})`, async ({ browser }) => {
    const { context, page, embed } = await framed(browser, lang, { viewport: { width: 1280, height: 900 } });
    await context.route("http://evil.invalid/**", (route) => route.fulfill({
      contentType: "text/html",
      body: `<script>parent.postMessage({ hn: "hosho-navi", type: "height", height: 9 }, "*");
        parent.postMessage({ hn: "hosho-navi", type: "into-view", top: 99999 }, "*");</script>`,
    }));
    await embed.open();
    await embed.mounted();
    const fitted = await embed.expectFitted("start screen, desktop");
    // The page itself and a third origin's frame post the app's own message shapes.
    await page.evaluate(() => window.postMessage({ hn: "hosho-navi", type: "height", height: 7 }, "*"));
    await page.evaluate(() => new Promise((ok) => {
      const f = document.createElement("iframe");
      f.title = "other";
      f.onload = ok;
      f.src = "http://evil.invalid/";
      document.body.append(f);
    }));
    await page.waitForTimeout(300);
    expect((await embed.sizes()).frame).toBe(fitted);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await context.close();

    // The same app framed by a page its build does not name: the browser refuses it (CSP
    // frame-ancestors, the list the app posts to).
    const other = await browser.newContext();
    const p2 = await other.newPage();
    const e2 = new EmbedPage(p2, lang, stranger.origin, app.url);
    await e2.open();
    await p2.waitForTimeout(500);
    expect(await e2.frame.locator("#hn-app").count()).toBe(0);
    await other.close();
  });

  test(`a bank's link paints its number from the first response, before the wasm, framed or not (${lang})`, async ({ browser }) => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const release = await holdWasm(page);
    const q = `?scheme=${BANK}${lang === "en" ? "&lang=en" : ""}`;
    const res = await page.goto(new URL("index.html" + q, app.url).href);
    expect(await res.text()).toContain(LINE.tel);
    const line = page.locator("#hn-first-hour");
    const tel = line.getByRole("link", { name: LINE.tel, exact: true });
    await expect(tel).toBeVisible();
    await expect(tel).toHaveAttribute("href", LINE.href);
    await expect(tel).toBeInViewport({ ratio: 1 });
    await expect(line).toContainText(LINE[lang].name);
    await expect(line).toContainText(LINE[lang].hours);
    await expect(page.locator("html[data-app='mounted']")).toHaveCount(0);
    // The app takes over the same node: still there, still the only copy of the number.
    await tel.evaluate((a) => (a.dataset.seen = "before-wasm"));
    release();
    await expect(page.locator("html[data-app='mounted']")).toHaveCount(1);
    await expect(page.locator("#hn-step-heading")).toHaveText(HOLDER[lang]);
    await expect(tel).toHaveAttribute("data-seen", "before-wasm");
    await expect(tel).toBeVisible();
    await expect(page.getByRole("link", { name: LINE.tel, exact: true })).toHaveCount(1);
    // Without a bank: where the number is, for a stolen card too (never the card).
    const plain = await context.newPage();
    const release2 = await holdWasm(plain);
    await plain.goto(new URL("index.html" + (lang === "en" ? "?lang=en" : ""), app.url).href);
    await expect(plain.locator("#hn-t-tell-hint")).toHaveText(WHERE[lang]);
    await expect(plain.locator("#hn-fh-bank")).toBeHidden();
    release2();
    await expect(plain.locator("html[data-app='mounted']")).toHaveCount(1);
    await expect(plain.locator("#hn-t-tell-hint")).toHaveText(WHERE[lang]);
    await context.close();

    // Framed: the same, in the frame, the wasm held back.
    const f = await framed(browser, lang);
    const release3 = await holdWasm(f.page);
    await f.embed.open(`?scheme=${BANK}`);
    const ftel = f.embed.frame.locator("#hn-first-hour").getByRole("link", { name: LINE.tel, exact: true });
    await expect(ftel).toBeVisible();
    await expect(ftel).toHaveAttribute("href", LINE.href);
    await expect(f.embed.frame.locator("html[data-app='mounted']")).toHaveCount(0);
    release3();
    await f.embed.mounted();
    await expect(ftel).toBeVisible();
    await f.context.close();
  });

  test(`staff mode: none in the customers' deployment, whatever is stored or asked; there in the staff one (${lang})`, async ({ browser }) => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const customer = new DraftsPage(page, lang);
    await customer.openFresh();
    await page.evaluate(() => localStorage.setItem("hosho-navi.staff", "1"));
    await customer.open("?staff=1&mode=staff");
    await customer.openPanel();
    await expect(customer.staffSwitch()).toHaveCount(0);
    await expect(page.locator("html")).not.toHaveAttribute("data-staff");
    await expect(page.getByText(T[lang].staff, { exact: true })).toHaveCount(0);
    // Saved cases: one compact control after the screen, never above the first question.
    await customer.panelToggle().click();
    const choice = page.locator("#hn-screen").getByRole("button").first();
    const toggleBox = await customer.panelToggle().boundingBox();
    expect(toggleBox.y).toBeGreaterThan((await choice.boundingBox()).y);
    expect(toggleBox.height).toBeLessThan(60);
    await context.close();

    const staffContext = await browser.newContext({ baseURL: STAFF_BASE_URL });
    const sp = await staffContext.newPage();
    const staff = new DraftsPage(sp, lang);
    await staff.openFresh();
    await staff.openPanel();
    await staff.staffSwitch().click();
    await expect(staff.staffSwitch()).toHaveAttribute("aria-pressed", "true");
    await expect(sp.locator("html")).toHaveAttribute("data-staff", "");
    await staffContext.close();
  });

  test(`axe on the framed app: a bank's link and the start screen (${lang})`, async ({ browser }) => {
    const { context, embed } = await framed(browser, lang);
    await embed.open(`?scheme=${BANK}`);
    await embed.mounted();
    await embed.expectFitted("bank link");
    await embed.expectAccessible("framed app, bank link");
    await embed.open();
    await embed.mounted();
    await embed.expectAccessible("framed app, start screen");
    expect(embed.errors).toEqual([]);
    await context.close();
  });
}
