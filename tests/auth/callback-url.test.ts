import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "../../lib/auth/callback-url";

const origin = "http://localhost:3000";

/** Where a browser on our sign-in page ends up after `location.assign(path)`. */
const landsOn = (path: string) => new URL(path, origin);

// Each shape as it reaches the page: searchParams are already percent-decoded once.
const leaving = [
  "/\\evil.example/x",
  "/\t/evil.example/x",
  "/\\t/evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\\\\evil.example",
  "//evil.example",
  "///evil.example",
  "/.//evil.example",
  "  //evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "https://evil.example",
  "HTTPS://evil.example/x",
  "http://localhost:3000@evil.example/",
  "http://localhost:3001/",
  "ftp://localhost:3000/",
  "javascript:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  decodeURIComponent("/%09/evil.example/x"),
  decodeURIComponent("/%5C%5Cevil.example/x"),
  decodeURIComponent("%2F%2Fevil.example"),
  "/%2F/evil.example",
  "/%5C/evil.example",
];

describe("callbackUrl after sign-in", () => {
  it.each(leaving)("%j stays on this origin", (value) => {
    const path = safeCallbackPath(value, origin);
    expect(path).toMatch(/^\/(?![/\\])/);
    expect(landsOn(path).origin).toBe(origin);
  });

  it("keeps same-origin paths, query and hash; absolute URLs on this origin become paths", () => {
    expect(safeCallbackPath("/courses/sockets?x=1#part", origin)).toBe("/courses/sockets?x=1#part");
    expect(safeCallbackPath("http://localhost:3000/review", origin)).toBe("/review");
    expect(safeCallbackPath(undefined, origin)).toBe("/");
    expect(safeCallbackPath("https://evil.example/review", origin)).toBe("/");
    expect(safeCallbackPath("/\\evil.example/x", origin)).toBe("/");
  });
});
