/** Issue 15: the web app manifest (app/manifest.ts) names icons that exist at the sizes it says. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import manifest from "../../app/manifest";
import { pngSize } from "../helpers/png";

describe("web app manifest", () => {
  const m = manifest();

  it("opens the review in its own window, with the app's colours", () => {
    expect(m).toMatchObject({ name: "Recall Lab", start_url: "/review", display: "standalone" });
    expect(m.short_name!.length).toBeLessThanOrEqual(12);
    expect(m.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(m.background_color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("has 192 and 512 px icons and a maskable one, each a PNG of its stated size in public/", () => {
    const icons = m.icons ?? [];
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
      expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]),
    );
    for (const icon of icons) {
      const file = readFileSync(path.join(import.meta.dirname, "../../public", icon.src));
      const size = pngSize(file);
      expect(size && `${size.width}x${size.height}`, icon.src).toBe(icon.sizes);
      expect(icon.type).toBe("image/png");
    }
  });
});
