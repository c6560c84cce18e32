/** Packages we refuse: each with a message naming what is wrong, before anything is written. */
import Database from "better-sqlite3";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { PackageError } from "@/lib/transfer/import/anki-package/errors";
import { mapPackage } from "@/lib/transfer/import/anki-package/map";
import { readPackage } from "@/lib/transfer/import/anki-package/package";
import { LIMITS, unzstd } from "@/lib/transfer/import/anki-package/unzip";
import { BASIC, latestApkg, legacyApkg, schema11, zstdRaw } from "./build-package";
import { sampleDeck } from "./sample";

const read = (bytes: Uint8Array, limits = LIMITS) =>
  mapPackage(readPackage(bytes, limits), { mode: "decks" });

function refused(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PackageError);
    return (error as Error).message;
  }
  throw new Error("expected the package to be refused");
}

describe("packages that are not Anki packages", () => {
  it.each([
    ["plain text", strToU8("front\tback\n")],
    ["a PDF", strToU8("%PDF-1.7 ...")],
    ["an empty file", new Uint8Array()],
  ])("%s is not a zip", (_name, bytes) => {
    expect(refused(() => read(bytes))).toMatch(/not a zip file, so not an Anki package/);
  });

  it("a damaged zip says so", () => {
    const zip = legacyApkg(sampleDeck());
    expect(refused(() => read(zip.subarray(0, zip.length - 30)))).toMatch(/zip file is damaged/);
  });

  it.each([
    ["nothing", {}],
    ["a stray file", { "notes.txt": strToU8("hello") }],
  ])("a zip with %s but no collection names what it found", (_n, files) => {
    expect(refused(() => read(zipSync({ ...files, media: strToU8("{}") })))).toMatch(
      /holds no Anki collection \(collection\.anki2, \.anki21 or \.anki21b\); found /,
    );
  });

  it("a package whose meta says zstd but has no collection.anki21b", () => {
    const zip = zipSync({
      meta: Uint8Array.from([8, 3]),
      "collection.anki2": schema11({ models: [BASIC], decks: [], notes: [], cards: [] }),
    });
    expect(refused(() => read(zip))).toMatch(/holds no Anki collection/);
  });
});

describe("collections we can't read", () => {
  it.each([7, 10, 12, 19])("schema version %i is named, with what we read", (ver) => {
    const zip = legacyApkg({ ...sampleDeck(), ver });
    expect(refused(() => read(zip))).toMatch(
      new RegExp(`collection\\.anki2 has schema version ${ver}; Recall Lab reads 11 .* and 18`),
    );
  });

  it.each([
    ["random bytes", Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)],
    ["a truncated database", schema11(sampleDeck()).subarray(0, 2048)],
  ])("%s as collection.anki2 is a damaged collection", (_n, bytes) => {
    expect(
      refused(() => read(zipSync({ "collection.anki2": bytes, media: strToU8("{}") }))),
    ).toMatch(/collection\.anki2 (is damaged or not an Anki collection|is not an SQLite database)/);
  });

  it("an SQLite database without Anki's tables", () => {
    const sqlite = new Database(":memory:");
    sqlite.exec("CREATE TABLE things (id integer)");
    const bytes = new Uint8Array(sqlite.serialize());
    expect(refused(() => read(zipSync({ "collection.anki2": bytes })))).toMatch(
      /has no Anki tables/,
    );
  });

  it("zstd that isn't zstd", () => {
    const zip = zipSync({
      meta: Uint8Array.from([8, 3]),
      "collection.anki21b": strToU8("not zstd at all, honestly"),
    });
    expect(refused(() => read(zip))).toMatch(/"collection\.anki21b" is not valid zstd data/);
  });

  it("a note type we can't map names it and its cards", () => {
    const occlusion = {
      id: 77,
      name: "Image Occlusion",
      cloze: true,
      fields: ["Occlusion", "Image", "Header"],
      templates: [
        {
          name: "IO",
          qfmt: "{{cloze:Occlusion}}<div>image-occlusion</div>",
          afmt: "{{cloze:Occlusion}}",
        },
      ],
    };
    const deck = sampleDeck();
    deck.models.push(occlusion);
    deck.notes.push({
      id: 1005,
      guid: "io-1",
      mid: 77,
      fields: ["{{c1::image-occlusion:rect:left=.1}}", "<img src=x.png>", ""],
    });
    deck.cards.push({ id: 2007, nid: 1005, did: 1, ord: 0 });
    expect(refused(() => read(latestApkg(deck)))).toMatch(
      /can't map the note type "Image Occlusion" \(1 card: image occlusion cards .*\); change those notes to Basic/,
    );
  });

  it("a note type with one field and no usable template is named", () => {
    const odd = {
      id: 78,
      name: "Vocab (audio only)",
      fields: ["Audio", "Meaning"],
      templates: [{ name: "c", qfmt: "{{Audio}}", afmt: "{{FrontSide}}" }],
    };
    const zip = legacyApkg({
      models: [odd],
      decks: [{ id: 5, name: "Words" }],
      notes: [{ id: 1, guid: "g", mid: 78, fields: ["", "hello"] }],
      cards: [{ id: 1, nid: 1, did: 5, ord: 0 }],
    });
    expect(refused(() => read(zip))).toMatch(
      /note type "Vocab \(audio only\)" \(1 card: its fields are not a front and a back\)/,
    );
  });
});

describe("media names that could leave the media folder", () => {
  it.each([
    "../escape.png",
    "/etc/passwd",
    "..",
    "dir/inner.png",
    "back\\slash.png",
    "C:evil.png",
    "nul\0.png",
  ])("%j is refused (legacy map)", (name) => {
    const deck = sampleDeck();
    const zip = legacyApkg({ ...deck, media: { [name]: strToU8("x") } });
    expect(refused(() => read(zip))).toMatch(/media file name ".*" is not a plain file name/);
  });

  it("in the newer protobuf media map too", () => {
    const zip = latestApkg({ ...sampleDeck(), media: { "../../x.mp3": strToU8("x") } });
    expect(refused(() => read(zip))).toMatch(/"\.\.\/\.\.\/x\.mp3" is not a plain file name/);
  });
});

describe("zip bombs", () => {
  const zeros = (n: number) => new Uint8Array(n);

  it("a file that compresses like a bomb is refused before it is inflated", () => {
    const zip = legacyApkg({ ...sampleDeck(), media: { "big.png": zeros(8 * 1024 * 1024) } });
    expect(refused(() => read(zip))).toMatch(/"\d+" compresses \d+:1, which only a zip bomb does/);
  });

  it.each([
    [
      "the total",
      { ...LIMITS, totalBytes: 64 * 1024, ratio: 1e9 },
      /the package would be over 64 KB uncompressed; split the deck/,
    ],
    [
      "one file",
      { ...LIMITS, fileBytes: 64 * 1024, ratio: 1e9 },
      /"0" would be 100 KB uncompressed, over the 64 KB limit for one file/,
    ],
    ["the file count", { ...LIMITS, files: 3 }, /more than 3 files/],
  ])("over %s limit", (_n, limits, message) => {
    const zip = legacyApkg({
      ...sampleDeck(),
      media: { "a.png": zeros(100 * 1024), "b.png": zeros(10) },
    });
    expect(refused(() => read(zip, limits))).toMatch(message);
  });

  it("an entry that declares a small size but inflates to more is stopped at the declared size", () => {
    const zip = legacyApkg({ ...sampleDeck(), media: { "big.png": zeros(20 * 1024 * 1024) } });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const name = new TextEncoder().encode("0");
    // Rewrite the central directory's and the local header's uncompressed size of entry "0" (big.png).
    for (let i = 0; i + 46 < zip.length; i++) {
      const central =
        view.getUint32(i, true) === 0x02014b50 &&
        zip[i + 46] === name[0] &&
        view.getUint16(i + 28, true) === 1;
      const local =
        view.getUint32(i, true) === 0x04034b50 &&
        zip[i + 30] === name[0] &&
        view.getUint16(i + 26, true) === 1;
      if (central) view.setUint32(i + 24, 1000, true);
      if (local) view.setUint32(i + 22, 1000, true);
    }
    const started = performance.now();
    expect(refused(() => read(zip))).toMatch(
      /"0" inflates to more than the 1000 bytes it declares, which only a forged zip does/,
    );
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("zstd output is cut off at the limit while it streams", () => {
    const frame = zstdRaw(zeros(1024 * 1024));
    expect(refused(() => unzstd(frame, "collection.anki21b", 64 * 1024))).toMatch(
      /"collection\.anki21b" would be over 64 KB uncompressed, past the limit; nothing was read/,
    );
    expect(unzstd(frame, "collection.anki21b", 1024 * 1024)).toHaveLength(1024 * 1024);
  });
});
