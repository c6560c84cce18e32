/** Issue 9 items 3 and 4: the proxy's server-action refusals and the Content-Security-Policy. */
import { describe, expect, it } from "vitest";
import { pagePolicy } from "../../lib/http/csp";
import { ACTION_BODY_LIMIT_BYTES, refuseUnsafeAction } from "../../lib/http/request-guard";
import { isSameSiteRequest } from "../../lib/http/site";

const action = (headers: Record<string, string>, method = "POST") =>
  new Request("http://127.0.0.1:3000/courses/x/quiz", {
    method,
    headers: { host: "127.0.0.1:3000", "next-action": "abc123", ...headers },
  });

describe("server actions are refused with a 4xx and a message Next's client shows", () => {
  it("another site's Origin → 403 text/plain", async () => {
    for (const origin of ["http://127.0.0.1:4000", "https://evil.example", "null"]) {
      const res = refuseUnsafeAction(action({ origin }))!;
      expect(res.status, origin).toBe(403);
      // Next's action reducer shows the body only for exactly "text/plain".
      expect(res.headers.get("content-type")).toBe("text/plain");
      expect(await res.text()).toMatch(/another site/);
    }
    expect(refuseUnsafeAction(action({ "sec-fetch-site": "same-site" }))?.status).toBe(403);
  });

  it("a body over the limit → 413, an unsized (chunked) body → 411", async () => {
    const over = refuseUnsafeAction(
      action({
        origin: "http://127.0.0.1:3000",
        "content-length": String(ACTION_BODY_LIMIT_BYTES + 1),
      }),
    )!;
    expect(over.status).toBe(413);
    expect(await over.text()).toMatch(/too large.*1 MB/);
    const chunked = action({ origin: "http://127.0.0.1:3000", "transfer-encoding": "chunked" });
    expect(refuseUnsafeAction(chunked)?.status).toBe(411);
  });

  it("our own forms and every GET go on", () => {
    const own = { origin: "http://127.0.0.1:3000", "content-length": "300" };
    expect(refuseUnsafeAction(action(own))).toBeNull();
    expect(
      refuseUnsafeAction(action({ "content-length": String(ACTION_BODY_LIMIT_BYTES) })),
    ).toBeNull();
    expect(refuseUnsafeAction(action({ origin: "https://evil.example" }, "GET"))).toBeNull();
  });
});

describe("this site is the host the request was sent to, on any port or behind a proxy", () => {
  const from = (url: string, headers: Record<string, string>) =>
    isSameSiteRequest(new Request(url, { method: "POST", headers }));

  it("matches Origin against Host, X-Forwarded-Host and the URL, ports included", () => {
    expect(from("http://127.0.0.1:41234/x", { origin: "http://127.0.0.1:41234" })).toBe(true);
    expect(from("http://127.0.0.1:41234/x", { origin: "http://127.0.0.1:41235" })).toBe(false);
    // Behind a TLS proxy: the app sees http://127.0.0.1:3000, the browser says https://learn.example.org.
    const proxied = { host: "127.0.0.1:3000", "x-forwarded-host": "learn.example.org" };
    expect(
      from("http://127.0.0.1:3000/x", { ...proxied, origin: "https://learn.example.org" }),
    ).toBe(true);
    expect(from("http://127.0.0.1:3000/x", { ...proxied, origin: "https://evil.example" })).toBe(
      false,
    );
    // Default ports are the same host written two ways.
    const tls = { host: "learn.example.org:443", origin: "https://learn.example.org" };
    expect(from("https://learn.example.org/x", tls)).toBe(true);
  });

  it("without Origin, trusts only same-origin and user-typed requests; malformed Origins are foreign", () => {
    const at = "http://127.0.0.1:3000/x";
    expect(from(at, { "sec-fetch-site": "same-origin" })).toBe(true);
    expect(from(at, { "sec-fetch-site": "none" })).toBe(true);
    expect(from(at, { "sec-fetch-site": "same-site" })).toBe(false);
    expect(from(at, { "sec-fetch-site": "cross-site" })).toBe(false);
    expect(from(at, { origin: "not a url" })).toBe(false);
  });
});

describe("the page CSP", () => {
  const directives = (policy: string) =>
    new Map(policy.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));
  const base = { nonce: "bm9uY2U=", dev: false, https: false, imageHosts: [] };

  it("scripts need this response's nonce; no eval, no framing, images from self and data: only", () => {
    const csp = directives(pagePolicy(base));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'nonce-bm9uY2U='"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("worker-src")).toEqual(["'self'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
    expect(pagePolicy(base)).not.toMatch(/unsafe-eval/);
  });

  it("development adds eval for React's dev tools; https upgrades; listed image hosts are allowed", () => {
    expect(directives(pagePolicy({ ...base, dev: true })).get("script-src")).toContain(
      "'unsafe-eval'",
    );
    expect(directives(pagePolicy({ ...base, https: true })).has("upgrade-insecure-requests")).toBe(
      true,
    );
    const withHosts = directives(pagePolicy({ ...base, imageHosts: ["img.example.org"] }));
    expect(withHosts.get("img-src")).toEqual(["'self'", "data:", "https://img.example.org"]);
  });
});
