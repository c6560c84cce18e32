import { describe, expect, it } from "vitest";
import { shortTitle, splitTitle } from "../../lib/format/title";

describe("display titles", () => {
  it("drops a long prefix before the colon: the course is on screen already", () => {
    expect(shortTitle("Socket Programming: Client-Server Model")).toBe("Client-Server Model");
    expect(splitTitle("CIS 345 Socket Quiz: Terms and the Echo Program")).toEqual({
      eyebrow: "CIS 345 Socket Quiz",
      main: "Terms and the Echo Program",
    });
  });

  it("keeps a short prefix that names the thing, and titles without a colon", () => {
    expect(shortTitle("Lab V: Socket Programming")).toBe("Lab V: Socket Programming");
    expect(shortTitle("Socket Programming with TCP and UDP")).toBe(
      "Socket Programming with TCP and UDP",
    );
    expect(shortTitle("A long prefix of a title: ")).toBe("A long prefix of a title: ");
  });
});
