/**
 * Anki's sort field and checksum, as rslib computes them (text.rs, notes/mod.rs): the first field with
 * comments, style/script blocks and tags removed (media tags keep their file name, padded with spaces),
 * entities decoded, no-break spaces as spaces, nothing trimmed; csum is sha1's first 8 hex digits.
 */
import { createHash } from "node:crypto";
import { decodeHTML } from "entities";

const MEDIA = /<img[^>]*?src=["']?([^"'\s>]+)["']?[^>]*>|\[sound:([^\]]+)\]/gi;

export function stripHtml(html: string): string {
  const text = html
    .replace(MEDIA, (whole, img?: string) => (img ? ` ${img} ` : whole))
    .replace(/<!--[\s\S]*?-->|<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>|<[^>]*>/gi, "");
  return text.includes("&") ? decodeHTML(text).replace(/\u00a0/g, " ") : text;
}

export function fieldChecksum(field: string): number {
  return Number.parseInt(createHash("sha1").update(stripHtml(field)).digest("hex").slice(0, 8), 16);
}

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
