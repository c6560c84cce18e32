/** Sending a package to the Anki upload routes: the file as base64 inside JSON (routes take JSON only). */

export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export type RouteAnswer<T> = ({ ok: true } & T) | { ok: false; error: string };

export async function postPackage<T>(url: string, body: unknown): Promise<RouteAnswer<T>> {
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = (await res.json().catch(() => null)) as RouteAnswer<T> | null;
    if (json && typeof json === "object" && "ok" in json) return json;
    return { ok: false, error: `The server answered ${res.status}; try again.` };
  } catch {
    return { ok: false, error: "Could not reach the server; check your connection and try again." };
  }
}

export const MAX_PACKAGE_BYTES = 45 * 1024 * 1024;
