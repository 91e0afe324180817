// Generated at build time by scripts/post-build.mjs: do not edit dist/sw.js.
// Precache-first: every file of this build, by its hashed name, in a cache named by the build's
// content hash. A new build waits until the page asks it to take over (see sw-register.js).
const CACHE = "hosho-navi-__VERSION__";
const FILES = __FILES__;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)));
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
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === "navigate") {
    // Any navigation inside the scope is the app: answer with this build's index.html.
    event.respondWith(caches.open(CACHE).then((c) => c.match("./index.html")).then((r) => r || fetch(req)));
    return;
  }
  event.respondWith(caches.open(CACHE).then((c) => c.match(req, { ignoreSearch: true })).then((r) => r || fetch(req)));
});
