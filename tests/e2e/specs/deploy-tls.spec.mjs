// Issue 14, point 6: the production nginx configuration (scripts/nginx-conf.sh with a certificate
// and key) passes `nginx -t`, serves the app over TLS 1.2+/HTTP/2 with HSTS, and port 80 only
// redirects; without a certificate it is plain HTTP on loopback only (what the e2e run uses).
import { test, expect, request as pwRequest } from "@playwright/test";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, chmodSync, readFileSync, writeFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(new URL("../../..", import.meta.url).pathname);
const CONF = join(ROOT, "scripts/nginx-conf.sh");
const TLS_PORT = Number(process.env.TLS_PORT || 8453);
const HTTP_PORT = Number(process.env.TLS_HTTP_PORT || 8480);
const hasOpenssl = spawnSync("openssl", ["version"]).status === 0;

function render(args, env = {}) {
  return spawnSync("bash", [CONF, join(ROOT, "dist"), ...args], { env: { ...process.env, ...env }, encoding: "utf8" });
}

test("without a certificate: plain HTTP, loopback only, no TLS lines", () => {
  const dir = mkdtempSync(join(tmpdir(), "hn-plain-"));
  const plain = render([`127.0.0.1:${HTTP_PORT}`, join(dir, "run")]);
  expect(plain.status).toBe(0);
  expect(plain.stdout).toContain(`listen 127.0.0.1:${HTTP_PORT};`);
  expect(plain.stdout).not.toMatch(/listen [^;]* ssl|ssl_|http2|Strict-Transport-Security|return 301/);
  // The README's old example (all interfaces, no certificate) is refused.
  const open = render(["0.0.0.0:443", join(dir, "run")]);
  expect(open.status).not.toBe(0);
  expect(open.stderr).toContain("plain HTTP only on loopback");
  rmSync(dir, { recursive: true, force: true });
});

test.describe("with a certificate", () => {
  test.skip(!hasOpenssl, "openssl is not installed");
  let dir;
  let run;
  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "hn-tls-"));
    chmodSync(dir, 0o755);
    run = join(dir, "run");
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
      "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem"), "-subj", "/CN=127.0.0.1",
      "-addext", "subjectAltName=IP:127.0.0.1"], { stdio: "ignore" });
    const r = render([`127.0.0.1:${TLS_PORT}`, run, join(dir, "cert.pem"), join(dir, "key.pem"), `127.0.0.1:${HTTP_PORT}`]);
    expect(r.status, r.stderr).toBe(0);
    writeFileSync(join(dir, "nginx.conf"), r.stdout);
    execFileSync("nginx", ["-t", "-q", "-c", join(dir, "nginx.conf"), "-e", join(run, "error.log")]);
    execFileSync("nginx", ["-c", join(dir, "nginx.conf"), "-e", join(run, "error.log"), "-g", "daemon on;"]);
  });
  test.afterAll(() => {
    const pid = join(run, "nginx.pid");
    if (existsSync(pid)) {
      try { process.kill(Number(readFileSync(pid, "utf8").trim())); } catch { /* gone */ }
    }
    rmSync(dir, { recursive: true, force: true });
  });

  test("the rendered configuration names TLS 1.2/1.3 only, HTTP/2, the certificate and HSTS", () => {
    const conf = readFileSync(join(dir, "nginx.conf"), "utf8");
    expect(conf).toMatch(new RegExp(`listen 127\\.0\\.0\\.1:${TLS_PORT} ssl( http2)?;`));
    expect(conf).toMatch(/http2 on;|ssl http2;/);
    expect(conf).toContain("ssl_protocols TLSv1.2 TLSv1.3;");
    expect(conf).not.toMatch(/TLSv1(\.1)?[ ;]/);
    expect(conf).toContain(`ssl_certificate ${join(dir, "cert.pem")};`);
    expect(conf).toContain(`ssl_certificate_key ${join(dir, "key.pem")};`);
    expect(conf).toContain('Strict-Transport-Security "max-age=31536000" always;');
  });

  test("the app over HTTPS with HTTP/2 and HSTS; HTTP only redirects", async ({ browser }) => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const res = await page.goto(`https://127.0.0.1:${TLS_PORT}/`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()["strict-transport-security"]).toBe("max-age=31536000");
    await expect(page.locator("html[data-app='mounted']")).toHaveCount(1);
    const proto = await page.evaluate(() => performance.getEntriesByType("navigation")[0].nextHopProtocol);
    expect(proto).toBe("h2");
    const api = await pwRequest.newContext({ ignoreHTTPSErrors: true });
    const redirect = await api.get(`http://127.0.0.1:${HTTP_PORT}/index.html?lang=en`, { maxRedirects: 0 });
    expect(redirect.status()).toBe(301);
    expect(redirect.headers().location).toBe(`https://127.0.0.1:${TLS_PORT}/index.html?lang=en`);
    expect(redirect.headers()["content-security-policy"]).toBeUndefined();
    await api.dispose();
    await context.close();
  });
});
