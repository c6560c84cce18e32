/** Issue 9 item 3: Markdown images from other hosts are refused (shown as links), listed hosts allowed. */
import { afterAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.MARKDOWN_IMAGE_HOSTS = "img.example.org";
});
// lib/env.ts reads the variable once, and the unit files share a module cache (isolate: false):
// a fresh env and renderer here, and none with this host for the files after this one.
vi.resetModules();
const { renderMarkdown } = await import("../../lib/content/render");
afterAll(() => {
  delete process.env.MARKDOWN_IMAGE_HOSTS;
  vi.resetModules();
});

describe("Markdown images", () => {
  it("an image on another host becomes a link saying where it is, and no <img>", async () => {
    for (const src of [
      "https://tracker.example/pixel.png",
      "//tracker.example/pixel.png",
      "http://img.example.org/diagram.png",
    ]) {
      const html = await renderMarkdown(`See ![the handshake](${src}) here.`);
      expect(html, src).not.toMatch(/<img/);
      expect(html).toMatch(/<a href="[^"]*pixel\.png|<a href="[^"]*diagram\.png/);
      expect(html).toMatch(
        /the handshake \(image on (tracker\.example|img\.example\.org), not shown\)/,
      );
    }
  });

  it("images from this site, and https images from a listed host, are kept", async () => {
    const own = await renderMarkdown("![diagram](/diagrams/handshake.png)");
    expect(own).toContain('<img src="/diagrams/handshake.png" alt="diagram">');
    const listed = await renderMarkdown("![diagram](https://img.example.org/handshake.png)");
    expect(listed).toContain('<img src="https://img.example.org/handshake.png" alt="diagram">');
  });

  it("data: and javascript: sources are still dropped by the sanitizer", async () => {
    const html = await renderMarkdown("![x](data:image/png;base64,AAAA) ![y](javascript:alert(1))");
    expect(html).not.toMatch(/data:|javascript:/);
  });
});
