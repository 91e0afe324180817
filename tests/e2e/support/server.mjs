// A second nginx for the PWA specs: serves a copy of dist/ that a test can swap for a "newer
// build" while the browser keeps the same origin.
import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, readdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(new URL("../../..", import.meta.url).pathname);
const DIST = join(ROOT, "dist");

export class TestServer {
  constructor(port) {
    this.port = port;
    this.dir = mkdtempSync(join(tmpdir(), "hn-pwa-"));
    // nginx workers run unprivileged: the mkdtemp dir (0700) must be readable to them.
    chmodSync(this.dir, 0o755);
    this.site = join(this.dir, "site");
    this.run = join(this.dir, "run");
    cpSync(DIST, this.site, { recursive: true });
  }

  get url() {
    return `http://127.0.0.1:${this.port}/`;
  }

  start() {
    const conf = execFileSync("bash", [join(ROOT, "scripts/nginx-conf.sh"), this.site, `127.0.0.1:${this.port}`, this.run]);
    writeFileSync(join(this.dir, "nginx.conf"), conf);
    execFileSync("nginx", ["-c", join(this.dir, "nginx.conf"), "-e", join(this.run, "error.log"), "-g", "daemon on;"]);
  }

  stop() {
    const pid = join(this.run, "nginx.pid");
    if (existsSync(pid)) {
      try { process.kill(Number(readFileSync(pid, "utf8").trim())); } catch { /* already gone */ }
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** The copy as built with FRAME_ANCESTORS="origins": the app's list and the header's (call before start). */
  allowParents(origins) {
    const index = join(this.site, "index.html");
    const html = readFileSync(index, "utf8");
    const meta = /<meta name="hn-frame-parents" content="[^"]*">/;
    if (!meta.test(html)) throw new Error("dist/index.html has no hn-frame-parents meta tag");
    writeFileSync(index, html.replace(meta, `<meta name="hn-frame-parents" content="${origins.join(" ")}">`));
    writeFileSync(join(this.site, "frame-ancestors.txt"), origins.join(" ") + "\n");
    for (const f of readdirSync(this.site)) {
      if (/^index\.html\.(br|gz)$/.test(f)) rmSync(join(this.site, f));
    }
  }

  /** Turns the served copy into a newer build: a marked index.html and a new cache version. */
  publishNewerBuild(marker) {
    const index = join(this.site, "index.html");
    writeFileSync(index, readFileSync(index, "utf8").replace("<head>", `<head>\n  <meta name="hn-build" content="${marker}">`));
    const sw = join(this.site, "sw.js");
    writeFileSync(sw, readFileSync(sw, "utf8").replace(/const CACHE = "hosho-navi-[^"]*";/, `const CACHE = "hosho-navi-${marker}";`));
    for (const f of readdirSync(this.site)) {
      if (/^(index\.html|sw\.js)\.(br|gz)$/.test(f)) rmSync(join(this.site, f));
    }
  }
}
