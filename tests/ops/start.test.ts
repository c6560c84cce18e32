/**
 * `npm start` next to one already running, and where it serves: one line when the port is taken
 * (a real process), 127.0.0.1 unless HOST says otherwise, NEXTAUTH_URL following PORT.
 */
import { existsSync, mkdtempSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "../../lib/env";
import { portProblem, publicUrl, serverArgs } from "../../scripts/serve-address";
import { lines, runScript } from "./helpers";

/** A server on 127.0.0.1 standing in for the Recall Lab already running. */
const first = net.createServer();
await new Promise<void>((resolve) => first.listen({ host: "127.0.0.1", port: 0 }, resolve));
const busyPort = (first.address() as net.AddressInfo).port;
afterAll(() => new Promise<void>((resolve) => first.close(() => resolve())));

describe("npm start", () => {
  it("a second start on a port in use prints one line saying so and how to fix it, and does nothing else", async () => {
    // Its own folder: nothing of the repo's .env.local, data/ or .next is touched.
    const cwd = mkdtempSync(path.join(os.tmpdir(), "recall-start-"));
    const { code, stdout, stderr } = await runScript(
      "scripts/start.ts",
      { PORT: String(busyPort), HOST: undefined, NEXTAUTH_URL: undefined },
      cwd,
    ).done;
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(lines(stderr)).toEqual([
      `Port ${busyPort} on 127.0.0.1 is in use, probably by a Recall Lab already running: stop that one (Ctrl-C in its terminal), or start this one on another port with PORT=${busyPort + 1} npm start.`,
    ]);
    expect(existsSync(path.join(cwd, "data"))).toBe(false);
  });

  it("listens on 127.0.0.1 unless HOST is set, and refuses a HOST that is not an address", () => {
    const { HOST, PORT } = parseEnv({});
    expect(serverArgs(HOST, PORT)).toEqual([
      "next",
      "start",
      "--hostname",
      "127.0.0.1",
      "--port",
      "3000",
    ]);
    expect(serverArgs(parseEnv({ HOST: "0.0.0.0" }).HOST, 8080)).toContain("0.0.0.0");
    for (const host of ["::", "192.168.1.20", "box.lan"])
      expect(parseEnv({ HOST: host }).HOST).toBe(host);
    for (const host of ["", "http://0.0.0.0", "two words"])
      expect(() => parseEnv({ HOST: host }), host).toThrow(EnvError);
    expect(() => parseEnv({ HOST: "no way" })).toThrow(/HOST: must be an address/);
  });

  it("checks the port on the address it will listen on", async () => {
    expect(await portProblem("127.0.0.1", busyPort)).toMatch(/is in use/);
    const free = net.createServer();
    await new Promise<void>((resolve) => free.listen({ host: "127.0.0.1", port: 0 }, resolve));
    const port = (free.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => free.close(() => resolve()));
    expect(await portProblem("127.0.0.1", port)).toBeNull();
    expect(await portProblem("203.0.113.7", port)).toMatch(/HOST=203.0.113.7 is not an address/);
  });

  it("NEXTAUTH_URL follows this start's PORT unless the person set it", () => {
    expect(publicUrl("127.0.0.1", 4001, undefined)).toBe("http://localhost:4001");
    expect(publicUrl("127.0.0.1", 4002, undefined)).toBe("http://localhost:4002");
    expect(publicUrl("0.0.0.0", 3000, undefined)).toBe("http://localhost:3000");
    expect(publicUrl("192.168.1.20", 3000, undefined)).toBe("http://192.168.1.20:3000");
    expect(publicUrl("fd00::7", 3000, undefined)).toBe("http://[fd00::7]:3000");
    expect(publicUrl("127.0.0.1", 4001, "https://recall.example")).toBe("https://recall.example");
  });
});
