import { describe, expect, it } from "vitest";
import {
  deckReducer,
  initialDeck,
  parseSavedDeck,
  savedOf,
} from "../../components/flashcards/deck-state";

const ids = ["a", "b", "c", "d"];

describe("a flashcard deck kept across reloads", () => {
  it("restores the order, position, sorting and starred filter it saved", () => {
    let s = initialDeck(ids, { c: true });
    s = deckReducer(s, { type: "reorder", ids: ["d", "c", "b", "a"] });
    s = deckReducer(s, { type: "sort", pile: "know" });
    s = deckReducer(s, { type: "sort", pile: "learning" });
    const saved = parseSavedDeck(JSON.stringify(savedOf(s)))!;
    const back = deckReducer(initialDeck(ids, { c: true }), { type: "restore", saved });
    expect(back.ids).toEqual(["d", "c", "b", "a"]);
    expect(back.index).toBe(2);
    expect(back.sorted).toEqual({ d: "know", c: "learning" });
    expect(back.finished).toBe(false);
  });

  it("drops cards since removed and adds new ones at the end", () => {
    const saved = {
      ids: ["x", "b", "a"],
      index: 5,
      sorted: { x: "know" as const },
      starredOnly: false,
    };
    const back = deckReducer(initialDeck(ids, {}), { type: "restore", saved });
    expect(back.ids).toEqual(["b", "a", "c", "d"]);
    expect(back.sorted).toEqual({});
    expect(back.index).toBe(3);
  });

  it("ignores what isn't a saved deck", () => {
    for (const raw of [
      null,
      "",
      "{",
      "[]",
      '{"ids":[1],"index":0,"sorted":{},"starredOnly":false}',
      '{"ids":[],"index":0,"sorted":{"a":"maybe"},"starredOnly":false}',
    ])
      expect(parseSavedDeck(raw)).toBeNull();
  });
});
