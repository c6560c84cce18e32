/** Reading Anki packages (schema 11 and 18) into our items, and refusing bad ones with a clear message. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mapPackage } from "@/lib/transfer/import/anki-package/map";
import { readPackage } from "@/lib/transfer/import/anki-package/package";
import { latestApkg, legacyApkg } from "./build-package";
import { sampleDeck } from "./sample";

const kinds = [
  "anki2 (schema 11)",
  "anki21 (schema 11)",
  "anki21b (schema 18, zstd)",
  "real zstd (fixture)",
] as const;
const fixture = path.join(import.meta.dirname, "../../fixtures/anki/networking-zstd.apkg");
const build = (kind: (typeof kinds)[number]) =>
  kind.startsWith("real")
    ? new Uint8Array(readFileSync(fixture))
    : kind.startsWith("anki21b")
      ? latestApkg(sampleDeck())
      : legacyApkg(
          sampleDeck(),
          kind.startsWith("anki21 ") ? "collection.anki21" : "collection.anki2",
        );

describe.each(kinds)("a %s package", (kind) => {
  it("becomes cards, a typed question, cloze cards and a reversed pair, by deck", () => {
    const pkg = readPackage(build(kind));
    const mapped = mapPackage(pkg, { mode: "decks" });
    expect(mapped.course).toEqual({ slug: "networking", title: "Networking" });
    expect(mapped.lessons.map((l) => l.title)).toEqual(["Networking", "TCP"]);
    expect(mapped.notes).toBe(4);
    expect(mapped.cards).toBe(6);
    const [net, tcp] = mapped.lessons;
    const values = net!.items.map((i) => i.value);
    expect(values[0]).toMatchObject({ card: { front: "What is a **socket**?" } });
    expect("card" in values[0]! && values[0].card.back).toMatch(
      /^An endpoint for sending and receiving data\.\n?\\?\n?!\[socket diagram\]\(\/api\/media\/[a-f0-9]{64}\.png\)$/,
    );
    expect(values[1]).toEqual({
      card: { front: "Port 80", back: "HTTP", kind: "card", examples: [] },
    });
    expect(values[2]).toEqual({
      card: { front: "HTTP", back: "Port 80", kind: "card", examples: [] },
    });
    const tcpValues = tcp!.items.map((i) => i.value);
    expect(tcpValues[0]).toMatchObject({ card: { front: "TCP is […]; UDP is connectionless." } });
    expect(tcpValues[1]).toMatchObject({
      card: { front: "TCP is connection-oriented; UDP is [kind]." },
    });
    expect(tcpValues[2]).toMatchObject({
      question: { type: "typed", options: [{ text: "accept", correct: true }] },
    });
    expect(mapped.media.map((m) => [m.name, m.contentType]).sort()).toEqual([
      ["accept.mp3", "audio/mpeg"],
      ["diagram.png", "image/png"],
    ]);
    expect(net!.items[0]!.tags).toEqual(["net", "basics"]);
    // Stable ids from the note guid and the template.
    expect(net!.items.map((i) => i.id)).toEqual([
      expect.stringMatching(/^ak-[0-9a-f]{12}-1$/),
      expect.stringMatching(/-1$/),
      expect.stringMatching(/-2$/),
    ]);
    expect(tcp!.items.map((i) => i.id)).toEqual([
      expect.stringMatching(/^ak-[0-9a-f]{12}-c1$/),
      expect.stringMatching(/-c2$/),
      expect.stringMatching(/^ak-[0-9a-f]{12}-1$/),
    ]);
    expect("question" in tcpValues[2]! && tcpValues[2].question.prompt).toMatch(
      /^Which call accepts a connection\? \[▶ accept\.mp3\]\(\/api\/media\/[a-f0-9]{64}\.mp3\)$/,
    );
  });
});

describe("note types of a person's own", () => {
  const vocab = {
    id: 91,
    name: "Vocab (my own)",
    fields: ["Word", "Meaning", "Example"],
    templates: [
      {
        name: "Recognise",
        qfmt: "<div class=word>{{Word}}</div>",
        afmt: "{{FrontSide}}<hr id=answer>{{Meaning}}{{#Example}}<br><i>{{Example}}</i>{{/Example}}",
      },
    ],
  };
  const tagsOnly = {
    id: 92,
    name: "Odd layout",
    fields: ["Front", "Back"],
    templates: [{ name: "c", qfmt: "{{Tags}}", afmt: "{{Deck}}" }],
  };
  const spec = {
    models: [vocab, tagsOnly],
    decks: [
      { id: 7, name: "Spanish::Verbs" },
      { id: 8, name: "Spanish::Cram (filtered)" },
    ],
    notes: [
      { id: 1, guid: "v1", mid: 91, fields: ["hablar", "to speak", "Hablo español."] },
      { id: 2, guid: "v2", mid: 91, fields: ["comer", "to eat", ""] },
      { id: 3, guid: "o1", mid: 92, fields: ["ser", "to be"] },
    ],
    cards: [
      { id: 1, nid: 1, did: 7, ord: 0 },
      // In a filtered deck for now: it belongs to its original deck.
      { id: 2, nid: 2, did: 8, ord: 0, odid: 7 },
      { id: 3, nid: 3, did: 7, ord: 0 },
    ],
  };

  it("are read through their templates, or by Front/Back when the template shows no field", () => {
    const mapped = mapPackage(readPackage(legacyApkg(spec)), { mode: "decks" });
    expect(mapped.course).toEqual({ slug: "spanish", title: "Spanish" });
    expect(mapped.lessons.map((l) => l.title)).toEqual(["Verbs"]);
    expect(mapped.lessons[0]!.items.map((i) => i.value)).toEqual([
      {
        card: { front: "hablar", back: "to speak\\\n*Hablo español.*", kind: "card", examples: [] },
      },
      { card: { front: "comer", back: "to eat", kind: "card", examples: [] } },
      { card: { front: "ser", back: "to be", kind: "card", examples: [] } },
    ]);
  });
});
