// Holds the app's wasm back until the test lets it go: what the page shows and does before the
// app can act (the prerendered screen, a tap made meanwhile).
export async function holdWasm(page) {
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route(/\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}
