// Issue 12 (4): questions people can answer. No question points at items off the screen
// (「上の(1)〜(8)」), none is a double negative (「…していなかったのですか」「…していませんでしたか」),
// every question keeps its clause one tap away, every answer states its fact (issue 21, point 4:
// never a bare はい／いいえ), and what only the bank can establish (what it has proved) is never
// asked: the result lists it under 「銀行が判断すること」.
import { test, expect } from "@playwright/test";
import { AppPage, NOW } from "../pages/app.mjs";

const T = {
  ja: {
    mishima: "三島信用金庫 WEBバンキング",
    offScreen: /上の|above/,
    doubleNegative: /なかったのですか|ませんでしたか/,
    showClause: "原文を見る",
    bank: "銀行が判断すること",
    bankItems: ["払戻しが預金者本人の故意によると、銀行が証明するか", "銀行が、払戻しについて自らが善意で過失がないことを証明するか"],
    bare: /^(はい|いいえ)$/,
  },
  en: {
    mishima: "Mishima Shinkin Bank: WEB banking",
    offScreen: /上の|above/,
    doubleNegative: /^(were|was|had|did|have) (you )?not\b/i,
    showClause: "Show the clause",
    bank: "What the bank will decide",
    bankItems: ["Whether the bank proves the withdrawals were made by the depositor's own intent", "Whether the bank proves it acted in good faith"],
    bare: /^(yes|no)$/i,
  },
};

/** Walks the question screens answering わからない, checking each question on the way. */
async function walk(app, x, asked) {
  await app.answerAll({}, "unknown", async () => {
    const groups = app.page.locator("fieldset.hn-question");
    for (let i = 0; i < (await groups.count()); i++) {
      const g = groups.nth(i);
      const legend = (await g.locator("legend").innerText()).split("\n").pop();
      asked.push(legend);
      expect(legend).not.toMatch(x.offScreen);
      expect(legend).not.toMatch(x.doubleNegative);
      await expect(g.getByText(x.showClause, { exact: true })).toBeVisible();
      // Each answer states its fact (issue 21, point 4): no bare yes/no whose meaning flips
      // with the question's polarity.
      const labels = await g.locator(".hn-choice-title").allInnerTexts();
      expect(labels.length).toBeGreaterThanOrEqual(3);
      for (const label of labels) expect(label.trim()).not.toMatch(x.bare);
    }
  });
}

for (const lang of ["ja", "en"]) {
  test(`三島 WEB banking: every question is a plain fact to confirm, its clause one tap away (${lang})`, async ({ page }) => {
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
    const asked = [];
    await walk(app, x, asked);
    expect(asked.length).toBeGreaterThan(20);
    await app.expectAccessible("三島 result after わからない everywhere");
    expect(app.errors).toEqual([]);
  });

  test(`stolen card: what the bank must prove is not asked but listed as the bank's to decide (${lang})`, async ({ page }) => {
    const x = T[lang];
    await page.clock.setFixedTime(NOW);
    const app = new AppPage(page, lang);
    await app.open();
    await app.chooseScenario("stolen");
    await app.chooseCustomer("individual");
    await app.fillLoss(1, { date: "2026-11-20", amount: "50000" });
    await app.next();
    await app.notice(null);
    const asked = [];
    await walk(app, x, asked);
    for (const item of x.bankItems) expect(asked.join("\n")).not.toContain(item);
    await app.openAllParts();
    const bank = page.getByRole("list", { name: x.bank });
    for (const item of x.bankItems) await expect(bank.getByRole("listitem").filter({ hasText: item })).toHaveCount(1);
    await app.expectAccessible("stolen card result: what the bank will decide");
    expect(app.errors).toEqual([]);
  });
}
