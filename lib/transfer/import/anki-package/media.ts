/**
 * Media from a package: images and sounds only, stored by content (sha-256) and served from
 * `/api/media/<sha256>.<ext>` with the type fixed by the extension (never sniffed from the bytes).
 */
import { createHash } from "node:crypto";

export const MEDIA_TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  svg: "image/svg+xml",
  mp3: "audio/mpeg",
  ogg: "audio/ogg",
  oga: "audio/ogg",
  opus: "audio/ogg",
  wav: "audio/wav",
  m4a: "audio/mp4",
  flac: "audio/flac",
};

export interface MediaFile {
  name: string;
  hash: string;
  ext: string;
  contentType: string;
  bytes: Uint8Array;
}

export const mediaPath = (hash: string, ext: string) => `/api/media/${hash}.${ext}`;

export function extensionOf(name: string): string {
  return /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
}

/** A file we keep, or null for anything else a deck may carry (fonts, scripts, videos). */
export function mediaFile(name: string, bytes: Uint8Array): MediaFile | null {
  const ext = extensionOf(name);
  const contentType = MEDIA_TYPES[ext];
  if (!contentType) return null;
  const hash = createHash("sha256").update(bytes).digest("hex");
  return { name, hash, ext: ext === "jpeg" ? "jpg" : ext, contentType, bytes };
}
