/** Attack suite, part 6: what one run can take from the host beyond its rlimits: CPU share, I/O, kernel memory. */
import { setPriority } from "node:os";
import { expect, it } from "vitest";
import { defaultLimits } from "../../lib/sandbox";
import { describeSandbox, runCode } from "./helpers";

const limits = { wallSeconds: 20 };

describeSandbox("host resources", () => {
  it("runs every process below the web server's CPU and I/O priority", async () => {
    const code =
      "import os, subprocess\nprint(os.getpriority(os.PRIO_PROCESS, 0))\nsubprocess.run(['/usr/bin/ionice', '-p', str(os.getpid())])\nif os.fork() == 0:\n    print(os.getpriority(os.PRIO_PROCESS, 0), flush=True)\n";
    const result = await runCode(code);
    expect(result.processes[0]?.stdout).toBe("10\nbest-effort: prio 7\n10\n");
  });

  // Only root may raise this process's priority back afterwards.
  it.runIf(process.getuid?.() === 0)(
    "keeps a server's own lower priority rather than failing to raise it to 10",
    async () => {
      setPriority(15);
      const running = runCode("import os\nprint(os.getpriority(os.PRIO_PROCESS, 0))\n");
      const result = await running.finally(() => setPriority(0));
      expect(result.processes[0]?.stdout).toBe("15\n");
    },
  );

  it("caps files, directories and links per tmpfs, so empty files cannot pin kernel memory", async () => {
    expect(defaultLimits.tmpInodes).toBe(4096);
    const fill = (dir: string, make: string) =>
      `import os\nopen('${dir}/seed', 'w').close()\nn = 0\ntry:\n    while True:\n        ${make}\n        n += 1\nexcept OSError as e:\n    print(n, e.errno)\n    raise\n`;
    const cases: Array<[string, string]> = [
      ["/tmp", "open('/tmp/f%d' % n, 'w').close()"],
      ["/work", "os.mkdir('/work/d%d' % n)"],
      ["/dev/shm", "os.link('/dev/shm/seed', '/dev/shm/l%d' % n)"],
    ];
    for (const [dir, make] of cases) {
      const result = await runCode(fill(dir, make), { limits });
      const [count, errno] = (result.processes[0]?.stdout ?? "").trim().split(" ").map(Number);
      expect(errno, `${dir}: ${result.processes[0]?.stderr}`).toBe(28); // ENOSPC
      expect(count, dir).toBeGreaterThan(4000);
      expect(count, dir).toBeLessThan(4096);
      expect(result.limit, dir).toBe("disk space");
    }
  });

  it("takes the inode cap from the run's limits", async () => {
    const code =
      "n = 0\ntry:\n    while True:\n        open('/tmp/f%d' % n, 'w').close()\n        n += 1\nexcept OSError:\n    print(n)\n";
    const result = await runCode(code, { limits: { ...limits, tmpInodes: 100 } });
    expect(Number(result.processes[0]?.stdout)).toBe(99); // the mount's root directory is one
  });

  it("hands no capability to the code, though the supervisor had two for its mounts", async () => {
    const code =
      "for pid in ('self', '1'):\n    print(pid, sorted(set(l.split()[1] for l in open('/proc/%s/status' % pid) if l.startswith('Cap'))))\n";
    const result = await runCode(code);
    expect(result.processes[0]?.stdout).toBe("self ['0000000000000000']\n1 ['0000000000000000']\n");
  });
});
