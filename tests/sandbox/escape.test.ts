/** Attack suite, part 2: code that tries to read host secrets or change the host finds nothing and changes nothing. */
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { checkScenarioFiles, ScenarioInputError } from "../../lib/sandbox";
import { describeSandbox, everything, runCode } from "./helpers";

const secret = `host-secret-${randomBytes(8).toString("hex")}`;
const secretDir = mkdtempSync(path.join(tmpdir(), "recall-secret-"));
const secretFile = path.join(secretDir, "secret.txt");

const tryOpen = (paths: string[]) => `
for p in ${JSON.stringify(paths)}:
    try:
        print(p, open(p).read()[:200])
    except Exception as e:
        print(p, "DENIED", type(e).__name__)
`;

describeSandbox("host secrets and files", () => {
  beforeAll(() => {
    writeFileSync(secretFile, secret);
    process.env.RECALL_SANDBOX_TEST_SECRET = secret;
  });
  afterAll(() => rmSync(secretDir, { recursive: true, force: true }));

  it("cannot read /etc/shadow, /root, .env.local, the database or a host file", async () => {
    const db = (process.env.DATABASE_URL ?? "file:/nonexistent.db").replace(/^file:/, "");
    const paths = [
      "/etc/shadow",
      "/root/.bashrc",
      path.join(process.cwd(), ".env.local"),
      db,
      secretFile,
      "/home",
    ];
    const result = await runCode(
      tryOpen(paths) + "import os\nprint(sorted(os.listdir('/')), sorted(os.listdir('/etc')))\n",
    );
    const out = result.processes[0]?.stdout ?? "";
    for (const p of paths) expect(out).toContain(`${p} DENIED`);
    expect(out).toContain(
      "['bin', 'dev', 'etc', 'lib', 'lib64', 'proc', 'sbx', 'tmp', 'usr', 'work']",
    );
    expect(out).toContain("['group', 'hostname', 'hosts', 'nsswitch.conf', 'passwd']");
    expect(everything(result)).not.toContain(secret);
  });

  it("sees no host environment in its own env, /proc/1/environ or any /proc/*/environ", async () => {
    const code = `import os\nprint(dict(os.environ))\n${tryOpen(["/proc/1/environ", "/proc/self/environ"])}\nfor pid in os.listdir('/proc'):\n    if pid.isdigit():\n        try: print(pid, open('/proc/%s/environ' % pid, 'rb').read())\n        except Exception as e: print(pid, type(e).__name__)\n`;
    const result = await runCode(code);
    expect(result.processes[0]?.stdout).toContain("'PATH': '/usr/bin:/bin'");
    expect(everything(result)).not.toContain(secret);
    expect(everything(result)).not.toContain(process.env.NEXTAUTH_SECRET ?? secret);
  });

  it("inherits no file descriptors but its three pipes", async () => {
    const result = await runCode("import os\nprint(sorted(os.listdir('/proc/self/fd')))\n");
    expect(result.processes[0]?.stdout).toBe("['0', '1', '2', '3']\n");
  });

  it("cannot write outside the work dir, to the input or to /proc/sys", async () => {
    const targets = [
      "/usr/lib/recall-pwned",
      "/etc/hosts",
      "/sbx/supervisor.py",
      "/work/../sbx/etc/hosts",
      "/pwned",
      "/dev/pwned",
      "/proc/sys/kernel/hostname",
      "/proc/sysrq-trigger",
      "/sys/pwned",
    ];
    const code = `for p in ${JSON.stringify(targets)}:\n    try:\n        open(p, 'w').write('pwned'); print(p, 'WROTE')\n    except Exception as e:\n        print(p, 'DENIED', type(e).__name__)\n`;
    const before = hostname();
    const result = await runCode(code);
    const out = result.processes[0]?.stdout ?? "";
    for (const t of targets) expect(out).toContain(`${t} DENIED`);
    expect(existsSync("/usr/lib/recall-pwned")).toBe(false);
    expect(hostname()).toBe(before);
  });

  it("leaves no files for the next run", async () => {
    const write =
      "for d in ['/work', '/tmp', '/dev/shm']:\n    open(d + '/left-behind', 'w').write('x')\nprint('written')\n";
    expect((await runCode(write)).processes[0]?.stdout).toBe("written\n");
    const read =
      "import os\nprint([os.path.exists(d + '/left-behind') for d in ['/work', '/tmp', '/dev/shm']])\n";
    expect((await runCode(read)).processes[0]?.stdout).toBe("[False, False, False]\n");
  });

  it("offers output only through pipes, so a symlink to a host file is never followed", async () => {
    const code =
      "import os\nos.symlink('/etc/shadow', '/work/output.txt')\nos.symlink('/etc/passwd', '/tmp/result')\nprint('linked')\n";
    const result = await runCode(code);
    expect(result.processes[0]?.stdout).toBe("linked\n");
    expect(Object.keys(result.processes[0] ?? {})).toEqual([
      "name",
      "exitCode",
      "signal",
      "stoppedBySandbox",
      "stdout",
      "stderr",
    ]);
    expect(everything(result)).not.toMatch(/root:[^:]*:\d+:/);
  });

  it("cannot use TIOCSTI: there is no terminal", async () => {
    const code =
      "import fcntl, termios\ntry:\n    fcntl.ioctl(0, termios.TIOCSTI, b'x'); print('INJECTED')\nexcept OSError as e: print('stdin', e.errno)\ntry:\n    open('/dev/tty', 'w'); print('TTY')\nexcept OSError as e: print('tty', e.errno)\n";
    const out = (await runCode(code, { stdin: "" })).processes[0]?.stdout ?? "";
    expect(out).not.toMatch(/INJECTED|TTY/);
    expect(out).toMatch(/stdin \d+\ntty \d+/);
  });

  it("cannot unshare, mount or create user namespaces", async () => {
    const code =
      "import ctypes, os, subprocess\nlibc = ctypes.CDLL(None, use_errno=True)\nprint('unshare', libc.unshare(0x10000000), ctypes.get_errno())\nprint('mount', libc.mount(b'none', b'/tmp', b'tmpfs', 0, None), ctypes.get_errno())\nprint('cmd', subprocess.run(['/usr/bin/unshare', '-U', '-r', 'true'], capture_output=True).returncode)\n";
    const out = (await runCode(code)).processes[0]?.stdout ?? "";
    expect(out).toMatch(/^unshare -1 \d+\nmount -1 \d+\ncmd [1-9]\d*\n$/);
  });

  it("cannot forge supervisor events through /proc/1/fd or its own output", async () => {
    const fake = JSON.stringify({
      e: "exit",
      p: "main",
      code: 0,
      signal: null,
      stopped: false,
      ms: 1,
    });
    const code = `import sys\ntry:\n    open('/proc/1/fd/1', 'w').write('${fake}\\n'); print('FORGED')\nexcept OSError as e: print('denied', type(e).__name__)\nprint('${fake}')\nsys.exit(3)\n`;
    const result = await runCode(code);
    expect(result.processes[0]?.stdout).not.toContain("FORGED");
    expect(result.processes[0]?.exitCode).toBe(3);
    expect(result.status).toBe("failed");
  });

  it("rejects file names that are paths, and oversized stdin", () => {
    const scenario = { title: "t", processes: [{ name: "main", run: "main.py" }] };
    expect(() => checkScenarioFiles(scenario, { "main.py": "", "../x.py": "" })).toThrow(
      ScenarioInputError,
    );
    expect(() =>
      checkScenarioFiles(
        { ...scenario, processes: [{ name: "main", run: "../x.py" }] },
        { "main.py": "" },
      ),
    ).toThrow(ScenarioInputError);
    expect(() => checkScenarioFiles(scenario, { "main.py": "", "../x": "" })).toThrow(
      /not a plain Python file name/,
    );
  });

  it("rejects stdin over 16 KiB and handles empty stdin", async () => {
    await expect(runCode("input()\n", { stdin: "é".repeat(9000) })).rejects.toThrow(
      /stdin of main is larger than 16 KiB/,
    );
    const empty = await runCode("input()\n", { stdin: "" });
    expect(empty.status).toBe("failed");
    expect(empty.processes[0]?.stderr).toContain("EOFError");
  });

  it("turns invalid UTF-8 output into replacement characters", async () => {
    const result = await runCode(
      "import sys\nsys.stdout.buffer.write(b'ok \\xff\\xfe end \\xc3')\n",
    );
    expect(result.status).toBe("ok");
    expect(result.processes[0]?.stdout).toBe("ok \uFFFD\uFFFD end \uFFFD");
  });
});
