/**
 * An Anki package (.apkg deck or .colpkg collection) read into memory: which collection file it
 * holds (Anki 23+'s zstd `collection.anki21b` when `meta` says so, else `collection.anki21`, else
 * `collection.anki2`), its media by file name (the legacy JSON map or the newer protobuf one), and
 * Recall Lab's own `recall-lab.json` when the package is one of our exports.
 */
import { readCollection, type AnkiCollection } from "./collection";
import { PackageError } from "./errors";
import { messages, num, readMessage, text } from "./protobuf";
import { LIMITS, unzipPackage, unzstd, type Limits } from "./unzip";

export interface AnkiPackage {
  collectionFile: string;
  collection: AnkiCollection;
  media: Map<string, Uint8Array>;
  /** `recall-lab.json`, untrusted until parsed (./ours.ts). */
  ours: unknown;
}

const LATEST = 3;

/** Anki media names are plain file names; anything that could leave the media folder is refused. */
export function checkMediaName(name: string): void {
  const bad =
    !name ||
    name.includes("/") ||
    name.includes("\\") ||
    name.includes("\0") ||
    name === "." ||
    name === ".." ||
    /^[A-Za-z]:/.test(name) ||
    name.length > 255;
  if (bad)
    throw new PackageError(
      `the media file name "${name.slice(0, 80)}" is not a plain file name (it has a path, "..", a drive or a backslash); nothing was read`,
    );
}

function metaVersion(files: Map<string, Uint8Array>): number {
  const meta = files.get("meta");
  if (!meta) return 0;
  try {
    return num(readMessage(meta), 1);
  } catch {
    throw new PackageError("the package's meta file is damaged");
  }
}

function mediaNames(files: Map<string, Uint8Array>, latest: boolean, limits: Limits) {
  const map = files.get("media");
  if (!map) return new Map<string, string>();
  if (latest) {
    const entries = messages(readMessage(unzstd(map, "media", limits.fileBytes)), 1);
    // Newer packages name each file by its index in the list.
    return new Map(entries.map((e, i) => [String(i), text(e, 1)]));
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(map));
  } catch {
    throw new PackageError("the package's media list is not valid JSON");
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw new PackageError("the package's media list is not a map of file names");
  return new Map(Object.entries(json).map(([k, v]) => [k, String(v)]));
}

export function readPackage(bytes: Uint8Array, limits: Limits = LIMITS): AnkiPackage {
  const files = unzipPackage(bytes, limits);
  const latest = metaVersion(files) >= LATEST;
  const collectionFile = latest
    ? "collection.anki21b"
    : (["collection.anki21b", "collection.anki21", "collection.anki2"].find((f) => files.has(f)) ??
      null);
  if (!collectionFile || !files.has(collectionFile))
    throw new PackageError(
      `the zip holds no Anki collection (collection.anki2, .anki21 or .anki21b); found ${
        [...files.keys()].slice(0, 5).join(", ") || "nothing"
      }`,
    );
  const raw = files.get(collectionFile)!;
  const sqlite = collectionFile.endsWith("b") ? unzstd(raw, collectionFile, limits.fileBytes) : raw;
  const collection = readCollection(sqlite, collectionFile);
  const media = new Map<string, Uint8Array>();
  for (const [entry, name] of mediaNames(files, latest, limits)) {
    checkMediaName(name);
    const data = files.get(entry);
    if (!data) continue; // Anki lists media it could not find; so do we, in the preview.
    media.set(name, latest ? unzstd(data, name, limits.fileBytes) : data);
  }
  let ours: unknown = null;
  const sidecar = files.get("recall-lab.json");
  if (sidecar) {
    try {
      ours = JSON.parse(new TextDecoder().decode(sidecar));
    } catch {
      ours = null;
    }
  }
  return { collectionFile, collection, media, ours };
}
