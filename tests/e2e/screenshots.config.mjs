// Screenshots for a person to look at (tests/e2e/shots/), outside the test run: the e2e config
// with another folder, run by scripts/screenshots.sh (`make screenshots`).
import { defineConfig } from "@playwright/test";
import base from "./playwright.config.mjs";

export default defineConfig({
  ...base,
  testDir: "./shots",
  testMatch: "**/*.shots.mjs",
  outputDir: "../../target/screenshot-artifacts",
  reporter: [["list"]],
});
