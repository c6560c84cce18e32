/** Attack suite, part 3: the sandbox's network is its own loopback; nothing on the host or outside is reachable. */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type AddressInfo, type Server } from "node:net";
import { networkInterfaces } from "node:os";
import { afterAll, beforeAll, expect, it } from "vitest";
import { NOBODY } from "../../lib/sandbox/bwrap";
import { describeSandbox, runCode, runPair } from "./helpers";

const hostAddresses = Object.values(networkInterfaces())
  .flat()
  .filter((a) => a && a.family === "IPv4" && !a.internal)
  .map((a) => a?.address ?? "");

describeSandbox("network isolation and processes", () => {
  let listener: Server;
  let connections = 0;
  beforeAll(async () => {
    listener = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => listener.listen(0, "0.0.0.0", resolve));
  });
  afterAll(() => listener.close());

  it("cannot reach a host port, the host's addresses or the outside", async () => {
    const port = (listener.address() as AddressInfo).port;
    const targets = [
      ["127.0.0.1", port],
      ...hostAddresses.map((a) => [a, port]),
      ["1.1.1.1", 80],
      ["8.8.8.8", 53],
    ];
    const code = `import socket\nfor host, port in ${JSON.stringify(targets)}:\n    try:\n        socket.create_connection((host, port), timeout=1); print(host, 'CONNECTED')\n    except OSError as e:\n        print(host, 'blocked', type(e).__name__)\n`;
    const out = (await runCode(code)).processes[0]?.stdout ?? "";
    expect(out).not.toContain("CONNECTED");
    expect(out.match(/blocked/g)?.length).toBe(targets.length);
    expect(connections).toBe(0);
  });

  it("has only a loopback interface, seen through netlink, and no raw sockets", async () => {
    const code =
      "import socket\nprint(socket.if_nameindex())\nfor fam, kind, proto in [(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP), (socket.AF_PACKET, socket.SOCK_RAW, 0)]:\n    try:\n        socket.socket(fam, kind, proto); print('RAW')\n    except OSError as e:\n        print('raw denied', type(e).__name__)\nn = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, socket.NETLINK_ROUTE)\nprint('netlink ok')\n";
    const out = (await runCode(code)).processes[0]?.stdout ?? "";
    expect(out).toBe(
      "[(1, 'lo')]\nraw denied PermissionError\nraw denied PermissionError\nnetlink ok\n",
    );
  });

  it("resolves its own hostname and localhost to loopback", async () => {
    const code =
      "import socket\nprint(socket.gethostname(), socket.gethostbyname(socket.gethostname()), socket.gethostbyname('localhost'))\n";
    expect((await runCode(code)).processes[0]?.stdout).toBe("sandbox 127.0.0.1 127.0.0.1\n");
  });

  it("kills a double-fork daemon with the run", async () => {
    const code =
      "import os\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n        os.execv('/usr/bin/sleep', ['sleep', '4242.4242'])\n    os._exit(0)\nprint('parent exits')\n";
    const result = await runCode(code);
    expect(result.status).toBe("ok");
    await expect.poll(() => hostProcesses("sleep 4242.4242"), { timeout: 10_000 }).toEqual([]);
  });

  it("contains kill -1 and killing its parent, and leaves host processes alive", async () => {
    const bystander = spawn("/usr/bin/sleep", ["4343.4343"], {
      uid: process.getuid?.() === 0 ? NOBODY : undefined,
      gid: process.getuid?.() === 0 ? NOBODY : undefined,
    });
    try {
      const server =
        "import socket\ns = socket.socket()\ns.bind(('127.0.0.1', 12000))\ns.listen()\ns.accept()\n";
      const client =
        "import os, signal\nos.kill(os.getppid(), signal.SIGKILL)\nos.kill(1, signal.SIGKILL)\nos.kill(-1, signal.SIGKILL)\nprint('still here')\n";
      const result = await runPair(server, client, 12000);
      expect(result.processes[1]).toMatchObject({
        name: "client",
        exitCode: 0,
        stdout: "still here\n",
      });
      expect(result.processes[0]?.signal).toBe("SIGKILL");
      expect(bystander.exitCode).toBeNull();
      expect(readFileSync(`/proc/${bystander.pid}/stat`, "utf8")).toMatch(/^\d+ \(sleep\) S /);
    } finally {
      bystander.kill("SIGKILL");
    }
  });
});

/** Host pids whose command line is exactly `cmdline`. */
function hostProcesses(cmdline: string): string[] {
  return readdirSync("/proc")
    .filter((e) => /^\d+$/.test(e))
    .filter((pid) => {
      try {
        return (
          readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim() === cmdline
        );
      } catch {
        return false;
      }
    });
}
