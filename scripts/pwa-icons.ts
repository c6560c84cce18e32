/**
 * Draws the install icons in public/ from app/icon.svg's design (the committed PNGs are its output;
 * run `npx tsx scripts/pwa-icons.ts` after changing the icon). sharp comes with Next.js.
 * "any" icons keep the rounded square; the maskable one fills the canvas and keeps the letters
 * inside the central 80 % circle that launchers may crop to.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const root = path.resolve(import.meta.dirname, "..");
const icon = readFileSync(path.join(root, "app/icon.svg"), "utf8");
const BRAND = "#2f54d8";

const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BRAND}"/><text x="16" y="19.7" font-family="system-ui,sans-serif" font-size="10" font-weight="700" fill="#fff" text-anchor="middle">RL</text></svg>`;

const outputs: [string, string, number][] = [
  ["icon-192.png", icon, 192],
  ["icon-512.png", icon, 512],
  ["icon-maskable-512.png", maskable, 512],
  ["apple-touch-icon.png", maskable, 180],
];

for (const [file, svg, size] of outputs) {
  await sharp(Buffer.from(svg), { density: (72 * size) / 32 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(path.join(root, "public", file));
  console.log(`public/${file} ${size}×${size}`);
}
