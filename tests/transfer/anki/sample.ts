/** A small deck as Anki would export it: Basic, reversed, cloze, type-in, tags, subdecks, an image and a sound. */
import { BASIC, CLOZE, REVERSED, TYPED, type PackageSpec } from "./build-package";

// A 1×1 PNG.
export const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64",
  ),
);
export const MP3 = Uint8Array.from([0xff, 0xfb, 0x90, 0x64, 1, 2, 3, 4, 5, 6, 7, 8]);

export const DECK_NET = 1_700_000_000_100;
export const DECK_TCP = 1_700_000_000_200;

export function sampleDeck(): PackageSpec {
  return {
    models: [BASIC, REVERSED, CLOZE, TYPED],
    decks: [
      { id: DECK_NET, name: "Networking" },
      { id: DECK_TCP, name: "Networking::TCP" },
    ],
    notes: [
      {
        id: 1001,
        guid: "Ab1+x/Yz9",
        mid: BASIC.id,
        tags: ["net", "basics"],
        fields: [
          "What is a <b>socket</b>?",
          'An endpoint for sending and receiving data.<br><img src="diagram.png" alt="socket diagram">',
        ],
      },
      {
        id: 1002,
        guid: "Rev#2!abc",
        mid: REVERSED.id,
        tags: ["ports"],
        fields: ["Port 80", "HTTP"],
      },
      {
        id: 1003,
        guid: "Clz`3~xyz",
        mid: CLOZE.id,
        tags: [],
        fields: [
          "TCP is {{c1::connection-oriented}}; UDP is {{c2::connectionless::kind}}.",
          "Transport layer",
        ],
      },
      {
        id: 1004,
        guid: "Typ$4%klm",
        mid: TYPED.id,
        tags: ["tcp"],
        fields: ["Which call accepts a connection? [sound:accept.mp3]", "accept"],
      },
    ],
    cards: [
      { id: 2001, nid: 1001, did: DECK_NET, ord: 0 },
      { id: 2002, nid: 1002, did: DECK_NET, ord: 0 },
      { id: 2003, nid: 1002, did: DECK_NET, ord: 1 },
      { id: 2004, nid: 1003, did: DECK_TCP, ord: 0 },
      { id: 2005, nid: 1003, did: DECK_TCP, ord: 1 },
      { id: 2006, nid: 1004, did: DECK_TCP, ord: 0 },
    ],
    media: { "diagram.png": PNG, "accept.mp3": MP3 },
  };
}
