// Hoshō Navi on a bank's help page: the host page's few lines, served by the app's own origin
// (/embed.js; see examples/embed/index.html and the README, "Embedding on a bank's help page").
//
//   <iframe data-hosho-navi src="https://hosho-navi.example-bank.jp/index.html?scheme=…" title="…"></iframe>
//   <script src="https://hosho-navi.example-bank.jp/embed.js" defer></script>
//
// It sizes each such frame to its content (one scroll area: the page's) and scrolls the page so a
// new step's heading is in view. It listens to the app's origin only (this script's own origin)
// and to the frame's own window only; the app posts nothing but a height and a position.
(function () {
  "use strict";
  var me = document.currentScript;
  if (!me || !me.src) return;
  var APP = new URL(me.src).origin;
  var MAX = 100000;

  function frameOf(source) {
    var list = document.querySelectorAll("iframe[data-hosho-navi]");
    for (var i = 0; i < list.length; i++) {
      var f = list[i];
      if (f.contentWindow !== source) continue;
      try {
        if (new URL(f.src, location.href).origin === APP) return f;
      } catch (e) { /* not a URL */ }
    }
    return null;
  }

  function num(v) {
    return typeof v === "number" && isFinite(v) && v >= 0 && v <= MAX;
  }

  // The frame may have sent its height before this script ran: ask again, now and on each load.
  function hello(f) {
    try { f.contentWindow.postMessage({ hn: "hosho-navi", type: "hello" }, APP); } catch (e) { /* not loaded */ }
  }
  // Still the initial about:blank (readable from here) until the app's page has arrived.
  function crossOrigin(f) {
    try {
      return !f.contentWindow || (void f.contentWindow.location.href, false);
    } catch (e) {
      return true;
    }
  }
  var own = document.querySelectorAll("iframe[data-hosho-navi]");
  for (var i = 0; i < own.length; i++) {
    own[i].addEventListener("load", hello.bind(null, own[i]));
    if (crossOrigin(own[i])) hello(own[i]);
  }

  window.addEventListener("message", function (e) {
    if (e.origin !== APP) return;
    var d = e.data;
    if (!d || typeof d !== "object" || d.hn !== "hosho-navi") return;
    var f = frameOf(e.source);
    if (!f) return;
    if (d.type === "height" && num(d.height)) {
      f.style.height = Math.ceil(d.height) + "px";
    } else if (d.type === "into-view" && num(d.top)) {
      // Only when that point is off screen: focus inside the frame never jumps the page otherwise.
      var y = f.getBoundingClientRect().top + d.top;
      if (y < 0 || y > window.innerHeight - 48) {
        var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        window.scrollTo({ top: Math.max(0, window.scrollY + y - 8), behavior: reduce ? "auto" : "smooth" });
      }
    }
  });
})();
