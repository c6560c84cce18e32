/**
 * Who is asking, for per-address budgets. `next start` fills X-Forwarded-For with the socket's address
 * when the request has none; a reverse proxy appends the address it saw. So the last entry is the one
 * this app (or its own proxy) saw. A client talking to `next start` directly can still send its own
 * header: the global budgets cap what that buys (docs/decisions/0009-throttling.md).
 */
type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/** An IPv6 address's /64 prefix (one household or server gets a whole /64), else the address. */
function network(address: string): string {
  const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (v4) return v4[1]!;
  if (!address.includes(":")) return address;
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

export function clientAddress(headers: HeaderSource): string {
  const forwarded = header(headers, "x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded ? network(forwarded.replace(/^\[|\]$/g, "").slice(0, 64)) : "unknown";
}
