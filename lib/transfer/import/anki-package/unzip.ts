/**
 * Opens an Anki package (a zip) safely: the central directory is read first and every entry's
 * declared size is checked before anything is inflated (total, per file and compression ratio, so
 * a zip bomb is refused), and each file is inflated into a buffer of exactly its declared size, so
 * a lying header cannot make it grow. zstd data (newer packages) is decompressed as a stream and
 * stops at the same limits.
 */
import { unzipSync, type UnzipFileInfo } from "fflate";
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

/** Every entry of the zip, uncompressed, after the size checks. */
export function unzipPackage(bytes: Uint8Array, limits: Limits = LIMITS): Map<string, Uint8Array> {
  if (!isZip(bytes))
    throw new PackageError(
      "this is not a zip file, so not an Anki package; export a deck from Anki as .apkg (or the collection as .colpkg)",
    );
  const entries: UnzipFileInfo[] = [];
  let total = 0;
  const check = (file: UnzipFileInfo) => {
    if (file.name.endsWith("/")) return false;
    entries.push(file);
    if (entries.length > limits.files)
      throw new PackageError(`the package has more than ${limits.files} files`);
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
    return true;
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: check });
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw new PackageError(
      `the zip file is damaged (${(error as Error).message}); export the deck from Anki again`,
    );
  }
  return new Map(Object.entries(files));
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
