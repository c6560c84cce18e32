/** Attack suite, part 1: code that tries to exhaust processes, memory, CPU, time, output or disk is stopped. */
import { expect, it } from "vitest";
import { describeSandbox, runCode, runPair, sandboxProcesses } from "./helpers";

const quick = { wallSeconds: 4 };

describeSandbox("resource limits", () => {
  it("stops a fork bomb at the process limit", async () => {
    const result = await runCode("import os\nwhile True:\n    os.fork()\n", { limits: quick });
    expect(result.status).toBe("limit");
    expect(result.limit).toBe("processes");
    expect(result.durationMs).toBeLessThan(6000);
  });

  it("stops a fork bomb that swallows the errors, at the wall clock", async () => {
    const result = await runCode(
      "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n",
      { limits: { wallSeconds: 2 } },
    );
    expect(result.status).toBe("timeout");
    expect(result.durationMs).toBeLessThan(5000);
  });

  it("keeps a fork bomb's process budget to its own sandbox: a concurrent run still starts", async () => {
    // This bomb keeps all the processes it may have for its whole wall clock (it swallows EAGAIN).
    const bomb = runCode(
      "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n",
      { limits: { wallSeconds: 8 } },
    );
    // Until it holds most of its budget (64 processes by default), seen from the host.
    await expect
      .poll(() => sandboxProcesses().length, { timeout: 8000, interval: 50 })
      .toBeGreaterThan(50);
    const other = await runCode(
      "import subprocess\nfor i in range(8):\n    subprocess.run(['/usr/bin/python3', '-c', 'pass'], check=True)\nprint('forked 8')\n",
      { limits: quick },
    );
    expect(other.status).toBe("ok");
    expect(other.processes[0]?.stdout).toBe("forked 8\n");
    expect((await bomb).status).toBe("timeout");
  });

  it("stops a thread bomb", async () => {
    const result = await runCode(
      "import threading, time\nwhile True:\n    threading.Thread(target=time.sleep, args=(60,), daemon=True).start()\n",
      { limits: quick },
    );
    expect(result.status).toBe("limit");
    expect(result.limit).toBe("processes");
  });

  it("stops a thread bomb whose threads keep the process alive, at the wall clock", async () => {
    const result = await runCode(
      "import threading, time\nwhile True:\n    threading.Thread(target=time.sleep, args=(60,)).start()\n",
      { limits: { wallSeconds: 2 } },
    );
    expect(result.status).toBe("timeout");
    expect(result.processes[0]?.stderr).toContain("can't start new thread");
  });

  it("stops a memory bomb in one process at 256 MiB", async () => {
    const result = await runCode("x = bytearray(1 << 30)\n", { limits: quick });
    expect(result.status).toBe("limit");
    expect(result.limit).toBe("memory");
  });

  it("stops a memory bomb spread over children", async () => {
    const code =
      "import os, time\nfor i in range(30):\n    if os.fork() == 0:\n        x = bytearray(200 << 20)\n        time.sleep(30)\ntime.sleep(30)\n";
    const result = await runCode(code, { limits: quick });
    expect(result.status).toBe("limit");
    expect(result.limit).toBe("memory");
  });

  it("stops a busy loop at the CPU limit", async () => {
    const result = await runCode("while True:\n    pass\n", { limits: { cpuSeconds: 1 } });
    expect(result.status).toBe("limit");
    expect(result.limit).toBe("cpu");
    expect(result.processes[0]?.signal).toBe("SIGXCPU");
  });

  it("stops code that sleeps forever at the default 10 s wall clock", async () => {
    const result = await runCode("import time\nprint('sleeping', flush=True)\ntime.sleep(10**6)\n");
    expect(result.status).toBe("timeout");
    expect(result.durationMs).toBeGreaterThanOrEqual(10_000);
    expect(result.durationMs).toBeLessThan(12_500);
    expect(result.processes[0]?.stdout).toBe("sleeping\n");
  });

  it("stops a server blocked in accept() once its client is done, even if it ignores SIGTERM", async () => {
    const server =
      "import socket, signal\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\ns = socket.socket()\ns.bind(('127.0.0.1', 12000))\ns.listen()\nwhile True:\n    s.accept()\n";
    const result = await runPair(server, "print('client done')\n", 12000);
    expect(result.status).toBe("ok");
    expect(result.processes[0]).toMatchObject({
      name: "server",
      signal: "SIGKILL",
      stoppedBySandbox: true,
    });
    expect(result.durationMs).toBeLessThan(3000);
  });

  it("truncates an output flood at 64 KiB and kills the process", async () => {
    const result = await runCode("while True:\n    print('x' * 1000)\n");
    expect(result.status).toBe("limit");
    expect(result.limit).toBe("output");
    const stdout = result.processes[0]?.stdout ?? "";
    expect(stdout).toContain("[output truncated");
    expect(stdout.length).toBeLessThan(64 * 1024 + 200);
  });

  it("caps /tmp and the work dir", async () => {
    const fill = (dir: string) =>
      `i = 0\nwhile True:\n    open('${dir}/f%d' % i, 'wb').write(b'x' * 1000000)\n    i += 1\n`;
    for (const dir of ["/tmp", "/work", "/dev/shm"]) {
      const result = await runCode(fill(dir), { limits: quick });
      expect(result.status, dir).toBe("limit");
      expect(result.limit, dir).toBe("disk space");
    }
  });

  it("caps a single file at 1 MiB", async () => {
    const result = await runCode("open('big', 'wb').write(b'x' * (2 << 20))\n", { limits: quick });
    expect(result.status).toBe("limit");
    expect(result.limit).toBe("file size");
  });
});
