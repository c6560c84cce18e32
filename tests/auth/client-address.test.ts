import { describe, expect, it } from "vitest";
import { clientAddress } from "../../lib/auth/client-address";

describe("client address for the per-address budgets", () => {
  it("takes the last X-Forwarded-For entry: what next start or our own proxy saw", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" })).toBe("203.0.113.7");
    expect(clientAddress({ "x-forwarded-for": "::ffff:192.0.2.1" })).toBe("192.0.2.1");
    expect(clientAddress({})).toBe("unknown");
  });

  it("counts an IPv6 address by its /64, so one host can't rotate through its own prefix", () => {
    const a = clientAddress({ "x-forwarded-for": "2001:db8:1:2::1" });
    const b = clientAddress({ "x-forwarded-for": "2001:0db8:0001:0002:ffff:ffff:ffff:ffff" });
    expect(a).toBe("2001:db8:1:2::/64");
    expect(b).toBe(a);
    expect(clientAddress({ "x-forwarded-for": "2001:db8:1:3::1" })).not.toBe(a);
  });
});
