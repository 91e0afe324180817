// Playwright drives Debian's Chromium (never a downloaded browser) against the release dist/
// served by nginx (scripts/test.sh starts it and sets BASE_URL).
import { defineConfig } from "@playwright/test";

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

// Staff mode exists only in the staff deployment (dist-staff/, served at STAFF_BASE_URL by
// scripts/test.sh): the specs that switch it on run there; every other spec runs against the
// customers' dist/ (BASE_URL).
const STAFF_SPECS = [
  "deadline-direction", "drafts-faults", "drafts-list", "export-label", "privacy", "shared-pc-idle",
  "shared-pc-new-tab", "shared-pc-next-customer", "shared-pc-retention", "staff-layout", "summary-agrees",
].map((n) => `${n}.spec.mjs`);

export default defineConfig({
  testDir: "./specs",
  outputDir: "../../target/e2e-artifacts",
  // A stray `test.only` fails the whole run instead of quietly running one test.
  forbidOnly: true,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: process.env.PW_JSON || "../../target/e2e.json" }]],
  use: {
    baseURL: process.env.BASE_URL || "http://127.0.0.1:8181",
    browserName: "chromium",
    timezoneId: "Asia/Tokyo",
    locale: "ja-JP",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "customer", testIgnore: STAFF_SPECS },
    { name: "staff", testMatch: STAFF_SPECS, use: { baseURL: process.env.STAFF_BASE_URL || "http://127.0.0.1:8182" } },
  ],
});
