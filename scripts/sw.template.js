// Generated at build time by scripts/post-build.mjs: do not edit dist/sw.js.
// Precache-first: every file of this build, by its hashed name, in a cache named by the build's
// content hash. A new build waits until the page asks it to take over (see sw-register.js).
const CACHE = "hosho-navi-__VERSION__";
const FILES = __FILES__;

// The worker answers only for this app: its own files and its own page (the start URL and
// index.html). Any other page in its scope, and anything else those pages load, goes to the
// network untouched, so on a shared origin no other page ever becomes the app.
const SCOPE = new URL(self.registration.scope).pathname;
const OWN = new Set(FILES.map((f) => new URL(f, self.location).pathname));
const PAGES = new Set([SCOPE, SCOPE + "index.html"]);

// What each file must arrive as. A missing file answered by a fallback page (200 text/html), a
// login or error page, or a redirect elsewhere fails the install: the running version stays.
const TYPES = {
  html: "text/html", js: "javascript", wasm: "application/wasm", css: "text/css",
  json: "application/json", webmanifest: "application/manifest+json", png: "image/png",
  svg: "image/svg+xml", ics: "text/calendar", txt: "text/plain",
};

async function precache() {
  const responses = await Promise.all(FILES.map(async (f) => {
    const res = await fetch(f);
    const want = TYPES[new URL(f, self.location).pathname.split(".").pop()];
    const type = (res.headers.get("content-type") || "").toLowerCase();
    if (!res.ok || res.redirected || (want && !type.includes(want))) {
      throw new Error(`precache refused ${f}: ${res.status} ${type}`);
    }
    return [f, res];
  }));
  const cache = await caches.open(CACHE);
  await Promise.all(responses.map(([f, res]) => cache.put(f, res)));
}

self.addEventListener("install", (event) => {
  // A refused file leaves no half-filled cache behind.
  event.waitUntil(precache().catch((e) => caches.delete(CACHE).then(() => { throw e; })));
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("hosho-navi-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== self.location.origin) return;
  if (req.mode === "navigate") {
    if (!PAGES.has(url.pathname)) return;
    event.respondWith(caches.open(CACHE).then((c) => c.match("./index.html")).then((r) => r || fetch(req)));
    return;
  }
  if (!OWN.has(url.pathname)) return;
  event.respondWith(caches.open(CACHE).then((c) => c.match(req, { ignoreSearch: true })).then((r) => r || fetch(req)));
});
