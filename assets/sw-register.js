// Registers the service worker and handles updates. A new version never takes over by itself
// (old and new files must not mix): when one is waiting, a banner offers "reload"; only then is
// the new worker activated and the page reloaded. Plain JS so it works even if the wasm fails.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator)) return;
  var TEXT = {
    ja: { msg: "新しいバージョンがあります。", btn: "再読み込みして更新" },
    en: { msg: "An update is available.", btn: "Reload to update" },
  };
  var userAsked = false;

  function showBanner(reg) {
    if (document.getElementById("hn-update")) return;
    var t = TEXT[document.documentElement.lang === "en" ? "en" : "ja"];
    var box = document.createElement("div");
    box.id = "hn-update";
    box.className = "hn-update";
    box.setAttribute("role", "status");
    var p = document.createElement("span");
    p.textContent = t.msg;
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = t.btn;
    b.addEventListener("click", function () {
      userAsked = true;
      if (reg.waiting) reg.waiting.postMessage("skip-waiting");
    });
    box.appendChild(p);
    box.appendChild(b);
    document.body.appendChild(box);
    document.documentElement.setAttribute("data-update", "available");
  }

  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (userAsked) location.reload();
  });

  // Registered once the app has started (its loader fires "hn-app-started"), or 10 s after load if
  // it never does: the worker's precache then finds the wasm in the HTTP cache instead of
  // downloading it a second time beside the page's own request on a slow line.
  function whenAppStarted(cb) {
    if (document.documentElement.getAttribute("data-app") === "mounted") return cb();
    var done = false;
    function go() {
      if (done) return;
      done = true;
      cb();
    }
    window.addEventListener("hn-app-started", go);
    setTimeout(go, 10000);
  }

  // The loader adds this script after the first paint, which may be after "load".
  if (document.readyState === "complete") whenAppStarted(register);
  else window.addEventListener("load", function () { whenAppStarted(register); });

  function register() {
    navigator.serviceWorker.register("./sw.js").then(function (reg) {
      if (reg.waiting && navigator.serviceWorker.controller) showBanner(reg);
      reg.addEventListener("updatefound", function () {
        var w = reg.installing;
        if (!w) return;
        w.addEventListener("statechange", function () {
          if (w.state === "installed" && navigator.serviceWorker.controller) showBanner(reg);
        });
      });
    }).catch(function () { /* no worker: the app still works online */ });
  }
})();
