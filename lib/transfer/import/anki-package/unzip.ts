/**
 * Opens an Anki package (a zip) safely: the central directory is read first and every entry's
 * declared size is checked before anything is inflated (total, per file and compression ratio, so
 * a zip bomb is refused), and each file is inflated by zlib with its declared size as the most it
 * may produce, so a lying header stops the inflate instead of growing it. zstd data (newer
 * packages) is decompressed as a stream and stops at the same limits.
 */
import { inflateRawSync } from "node:zlib";
import { Decompress } from "fzstd";
import { PackageError } from "./errors";

export const LIMITS = {
  /** All files together, uncompressed. */
  totalBytes: 256 * 1024 * 1024,
  /** Any one file, uncompressed. */
  fileBytes: 128 * 1024 * 1024,
  /** Uncompressed ÷ compressed for one file above 1 MB (text and SQLite compress ~10×; bombs ~1000×). */
  ratio: 200,
  files: 20_000,
};
export type Limits = typeof LIMITS;

const MB = 1024 * 1024;
const mb = (n: number) => (n < MB ? `${Math.ceil(n / 1024)} KB` : `${Math.round(n / MB)} MB`);

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

interface Entry {
  name: string;
  method: number;
  size: number;
  originalSize: number;
  offset: number;
}

const damaged = (why: string) =>
  new PackageError(`the zip file is damaged (${why}); export the deck from Anki again`);

/** The central directory: every entry's name, method, sizes and where its local header is. */
function entries(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) {
    if (bytes.length - end > 65_557) break;
    end--;
  }
  if (end < 0 || view.getUint32(end, true) !== 0x06054b50)
    throw damaged("no end of central directory");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const list: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
      throw damaged("a central directory entry is cut off");
    const nameLength = view.getUint16(at + 28, true);
    const entry = {
      method: view.getUint16(at + 10, true),
      size: view.getUint32(at + 20, true),
      originalSize: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (
      entry.size === 0xffffffff ||
      entry.originalSize === 0xffffffff ||
      entry.offset === 0xffffffff
    )
      throw new PackageError("the package is a ZIP64 archive (over 4 GB); split the deck");
    list.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return list;
}

/** One entry's bytes: stored, or inflated by zlib, which stops at the size the entry declares. */
function extract(bytes: Uint8Array, e: Entry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.offset + 30 > bytes.length || view.getUint32(e.offset, true) !== 0x04034b50)
    throw damaged(`"${e.name}" has no local header`);
  const start =
    e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
  const data = bytes.subarray(start, start + e.size);
  if (data.length < e.size) throw damaged(`"${e.name}" is cut off`);
  if (e.method === 0) {
    if (e.size !== e.originalSize) throw damaged(`"${e.name}" has two different sizes`);
    return data;
  }
  if (e.method !== 8)
    throw new PackageError(
      `"${e.name}" uses zip compression method ${e.method}; Anki uses deflate`,
    );
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.originalSize) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
      throw new PackageError(
        `"${e.name}" inflates to more than the ${e.originalSize} bytes it declares, which only a forged zip does; nothing was read`,
      );
    throw damaged(`"${e.name}": ${(error as Error).message}`);
  }
  if (out.length !== e.originalSize) throw damaged(`"${e.name}" is not the size it declares`);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** Every entry of the zip, uncompressed, after the size checks. */
export function unzipPackage(bytes: Uint8Array, limits: Limits = LIMITS): Map<string, Uint8Array> {
  if (!isZip(bytes))
    throw new PackageError(
      "this is not a zip file, so not an Anki package; export a deck from Anki as .apkg (or the collection as .colpkg)",
    );
  const files = entries(bytes).filter((e) => !e.name.endsWith("/"));
  if (files.length > limits.files)
    throw new PackageError(`the package has more than ${limits.files} files`);
  let total = 0;
  for (const file of files) {
    total += file.originalSize;
    if (file.originalSize > limits.fileBytes)
      throw new PackageError(
        `"${file.name}" would be ${mb(file.originalSize)} uncompressed, over the ${mb(limits.fileBytes)} limit for one file`,
      );
    if (total > limits.totalBytes)
      throw new PackageError(
        `the package would be over ${mb(limits.totalBytes)} uncompressed; split the deck`,
      );
    if (file.originalSize > MB && file.originalSize > file.size * limits.ratio)
      throw new PackageError(
        `"${file.name}" compresses ${Math.round(file.originalSize / Math.max(1, file.size))}:1, which only a zip bomb does; nothing was read`,
      );
  }
  return new Map(files.map((f) => [f.name, extract(bytes, f)]));
}

/** zstd (Anki 2.1.50+ packages), stopped as soon as the output passes `max` bytes. */
export function unzstd(data: Uint8Array, name: string, max: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const stream = new Decompress((chunk) => {
    size += chunk.length;
    if (size > max)
      throw new PackageError(
        `"${name}" would be over ${mb(max)} uncompressed, past the limit; nothing was read`,
      );
    chunks.push(chunk);
  });
  try {
    stream.push(data, true);
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw new PackageError(`"${name}" is not valid zstd data (${(error as Error).message})`);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
