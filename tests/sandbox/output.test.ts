/** Attack suite, part 5: every way of writing past the 64 KiB output cap stops the writer, before the wall clock. */
import { expect, it } from "vitest";
import { describeSandbox, runCode, runPair } from "./helpers";

const CAP = 64 * 1024;
// Generous on a busy machine: only the output limit can end these runs before it.
const limits = { wallSeconds: 20 };
const note = "[output truncated: the 64 KiB limit was reached and the process was killed]";

describeSandbox("output limit", () => {
  const floods: Array<[string, string, "stdout" | "stderr"]> = [
    [
      "8 KiB writes to stdout",
      'import sys\nwhile True:\n    sys.stdout.write("A" * 8192)\n',
      "stdout",
    ],
    [
      "8 KiB writes to stderr",
      'import sys\nwhile True:\n    sys.stderr.write("A" * 8192)\n',
      "stderr",
    ],
    ["raw 64 KiB writes", 'import os\nwhile True:\n    os.write(1, b"A" * 65536)\n', "stdout"],
    [
      "a 1 MiB buffer that never flushes until full (blocked on the pipe)",
      'out = open(1, "wb", buffering=1 << 20, closefd=False)\nwhile True:\n    out.write(b"A" * 4096)\n',
      "stdout",
    ],
    [
      "four processes of one group on one pipe",
      'import os\nfor _ in range(3):\n    if os.fork() == 0:\n        break\nwhile True:\n    os.write(1, b"B" * 8192)\n',
      "stdout",
    ],
    [
      "a process that left its own process group",
      // The child says (through a pipe) when its own group exists: a fixed 50 ms wait was too short
      // at load 10, and joining a group not made yet fails with EPERM.
      'import os, time\nr, w = os.pipe()\nchild = os.fork()\nif child == 0:\n    os.setpgid(0, 0)\n    os.write(w, b"x")\n    time.sleep(60)\nos.read(r, 1)\nos.setpgid(0, child)\nwhile True:\n    os.write(1, b"C" * 1000)\n',
      "stdout",
    ],
  ];

  it.each(floods)("stops %s with limit output and a note", async (_label, code, stream) => {
    const result = await runCode(code, { limits });
    expect(result.status, JSON.stringify(result.processes[0]).slice(-300)).toBe("limit");
    expect(result.limit).toBe("output");
    const proc = result.processes[0]!;
    expect(proc.signal).toBe("SIGKILL");
    expect(proc[stream].endsWith(`\n${note}\n`)).toBe(true);
    expect(proc[stream].length).toBe(CAP + note.length + 2);
  });

  it("keeps exactly 64 KiB written in 8 KiB pieces, without a note, when the writer then ends", async () => {
    const result = await runCode(
      'import sys\nfor _ in range(8):\n    sys.stdout.write("A" * 8192)\n',
      {
        limits,
      },
    );
    expect(result.status).toBe("ok");
    expect(result.processes[0]?.stdout).toBe("A".repeat(CAP));
  });

  it("caps a server and a client that both flood, each with its own note", async () => {
    const server =
      "import socket, sys\ns = socket.socket()\ns.bind(('127.0.0.1', 12000))\ns.listen()\nwhile True:\n    sys.stdout.write('S' * 8192)\n";
    const client = "import sys\nwhile True:\n    sys.stderr.write('K' * 8192)\n";
    const result = await runPair(server, client, 12000, limits);
    expect(result.status).toBe("limit");
    expect(result.limit).toBe("output");
    expect(result.processes[0]?.stdout.endsWith(`${note}\n`)).toBe(true);
    expect(result.processes[1]?.stderr.endsWith(`${note}\n`)).toBe(true);
  });

  it("closes the capped pipe, so a writer in its own session gets EPIPE instead of running on", async () => {
    // The flooder escapes the server's process group; once its pipe is closed it tells the client.
    const server = `import os, socket, sys, time
s = socket.socket()
s.bind(('127.0.0.1', 12000))
s.listen()
if os.fork() == 0:
    os.setsid()
    try:
        while True:
            os.write(1, b'F' * 8192)
    except BrokenPipeError:
        while True:
            try:
                socket.create_connection(('127.0.0.1', 13000)).sendall(b'writer got EPIPE')
                break
            except ConnectionRefusedError:
                time.sleep(0.01)
time.sleep(60)
`;
    const client = `import socket
s = socket.socket()
s.bind(('127.0.0.1', 13000))
s.listen()
print(s.accept()[0].recv(100).decode())
`;
    const result = await runPair(server, client, 12000, limits);
    expect(result.limit).toBe("output");
    expect(result.processes[1]?.stdout).toBe("writer got EPIPE\n");
    expect(result.processes[0]?.stdout.endsWith(`${note}\n`)).toBe(true);
  });
});
