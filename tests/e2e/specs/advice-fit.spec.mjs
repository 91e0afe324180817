// Issue 12 (6): the steps under 「必ず」 fit the case, and the 出典 list names exactly the
// documents the result cites. A stolen card gets no PC or password step; a 三島 WEB-banking result
// cites neither the data-leak Q&A (001) nor 東日本銀行's FAQ (002), nor does the furikome page.
import { test, expect } from "@playwright/test";
import { AppPage, NOW, NO_FAULT_003 } from "../pages/app.mjs";

const T = {
  ja: {
    always: "補償の有無にかかわらず、必ず",
    sources: "出典",
    citePrefix: "根拠：",
    pcOrPassword: /パソコン|パスワード/,
    stopCard: "盗まれたカードを止めてもらう",
    mishima: "三島信用金庫 WEBバンキング",
    furikome: "振り込め詐欺救済法の案内を見る",
  },
  en: {
    always: "Always, whether covered or not",
    sources: "Sources",
    citePrefix: "Source: ",
    pcOrPassword: /\bPC\b|password/i,
    stopCard: "Have the stolen card stopped",
    mishima: "Mishima Shinkin Bank: WEB banking",
    furikome: "See the Furikome Fraud Relief Act advice",
  },
};

/** The document ids the page cites ("根拠：003 重大な過失(1)" → "003"), folded notes included. */
async function citedDocs(page, prefix) {
  const texts = (await page.locator(".hn-cite, summary").allTextContents()).map((s) => s.trim());
  return [...new Set(texts.filter((s) => s.startsWith(prefix)).map((s) => s.slice(prefix.length).split(" ")[0]))].sort();
}

/** The document ids the 出典 list names (each item starts with its id). */
async function listedDocs(page, name) {
  const items = await page.getByRole("list", { name, exact: true }).getByRole("listitem").allInnerTexts();
  return items.map((s) => s.split(" ")[0]).sort();
}

for (const lang of ["ja", "en"]) {
  test(`stolen card: no PC or password step under 必ず; 出典 lists exactly what is cited (${lang})`, async ({ page }) => {
    const x = T[lang];
    await page.clock.setFixedTime(NOW);
    const app = new AppPage(page, lang);
    await app.open();
    await app.chooseScenario("stolen");
    await app.chooseCustomer("individual");
    await app.fillLoss(1, { date: "2026-11-20", amount: "50000" });
    await app.next();
    await app.notice(null);
    await app.answerAll({}, "no");
    const always = page.getByRole("region", { name: x.always });
    await expect(always).toContainText(x.stopCard);
    await expect(always.getByRole("listitem").filter({ hasText: x.pcOrPassword })).toHaveCount(0);
    const listed = await listedDocs(page, x.sources);
    expect(listed).toEqual(await citedDocs(page, x.citePrefix));
    expect(listed).toContain("預金者保護法");
    for (const doc of ["001", "002", "003"]) expect(listed).not.toContain(doc);
    await app.expectAccessible("stolen card result: 必ず steps and sources");
    expect(app.errors).toEqual([]);
  });

  test(`三島 WEB banking: 出典 is 003 and the case's own documents, never 001 or 002; the furikome page neither (${lang})`, async ({ page }) => {
    const x = T[lang];
    await page.clock.setFixedTime(NOW);
    const app = new AppPage(page, lang);
    await app.open();
    await app.chooseScenario("ib");
    await app.chooseScheme(x.mishima);
    await app.chooseCustomer("individual");
    await app.fillLoss(1, { date: "2026-11-20", amount: "120000" });
    await app.next();
    await app.notice(null);
    await app.answerAll(NO_FAULT_003, "no");
    const listed = await listedDocs(page, x.sources);
    expect(listed).toEqual(await citedDocs(page, x.citePrefix));
    expect(listed).toContain("003");
    for (const doc of ["001", "002"]) expect(listed).not.toContain(doc);
    await app.expectAccessible("三島 result: sources");
    await app.button(x.furikome).click();
    const page2 = await listedDocs(page, x.sources);
    expect(page2).toContain("振り込め詐欺救済法");
    for (const doc of ["001", "002", "003"]) expect(page2).not.toContain(doc);
    await app.expectAccessible("furikome advice page: sources");
    expect(app.errors).toEqual([]);
  });
}
