"""Runs one scenario inside the bubblewrap sandbox, as its PID 1, and reports events as JSON lines.

PID 1 of a PID namespace cannot be killed from inside it (kill -1, SIGKILL), and when it exits the
kernel kills everything left, so daemons never outlive the run. Events go to stdout; the Node side
(lib/sandbox/run.ts) sends the config and files as JSON on stdin, builds the result and enforces a
hard wall clock as a backstop. Standard library only: this runs under the system /usr/bin/python3.
Checked by ruff in tests/sandbox/supervisor-lint.test.ts.
"""

from __future__ import annotations

# The json package would add ~3 ms to every sandbox start (it imports re; -X importtime: 2.8-3.1 ms,
# wall-clock median 19.7 vs 23.8 ms for this file's imports, Python 3.11); its C parts do the work.
import _json
import codecs
import ctypes
import enum  # free: signal imports it anyway
import errno
import os
import resource
import selectors
import signal
import sys
import time

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing costs ~3 ms of startup (it imports re): only the type checker reads this
    from typing import Any

    Config = dict[str, Any]
    Field = str | int | bool | None

EXEC_ENV = {
    "PATH": "/usr/bin:/bin",
    "HOME": "/work",
    "LANG": "C.UTF-8",
    "PYTHONDONTWRITEBYTECODE": "1",
}
PR_SET_DUMPABLE = 4  # <linux/prctl.h>
PR_CAPBSET_DROP = 24
PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL = 47, 4
LINUX_CAPABILITY_VERSION_3 = 0x20080522  # <linux/capability.h>
CLONE_NEWNS = 0x00020000  # <linux/sched.h>
MS_NOSUID, MS_NODEV = 2, 4  # <linux/mount.h>
# Below the web server (nice 0) but not starved by it: at 19 a busy host could push a run to the
# wall clock. I/O best-effort at its lowest level rather than idle, which may never get the disk.
SANDBOX_NICE = 10
IOPRIO_WHO_PROCESS, IOPRIO_CLASS_BE, IOPRIO_CLASS_SHIFT, IOPRIO_LOWEST = 1, 2, 13, 7
SYS_IOPRIO_SET = {"x86_64": 251, "aarch64": 30}  # glibc has no wrapper
TCP_LISTEN = "0A"  # the `st` column of /proc/net/tcp for a listening socket (<net/tcp_states.h>)
READY_POLL_S = 0.003  # how often a starting server's port is looked up in /proc/net
RUN_POLL_S = 0.02  # longest wait for output while the clients run
STOP_POLL_S = 0.01  # the same while servers are being stopped
DRAIN_POLL_S = 0.01
MEMORY_POLL_S = 0.02  # how often the resident memory of all processes is summed
REAP_POLL_S = 0.002
STOP_GRACE_S = 0.3  # between SIGTERM and SIGKILL for servers still running when the clients end
DRAIN_S = 0.05  # output still in the pipes after the last process ended
REAP_ALL_S = 1.0
READ_BYTES = 65536
TRUNCATED = "\n[output truncated: the {} KiB limit was reached and the process was killed]\n"


class Clock:
    """Milliseconds since the run arrived, and the run's wall-clock deadline."""

    def __init__(self, wall_seconds: float) -> None:
        self.start = time.monotonic()
        self.deadline = self.start + wall_seconds

    def ms(self) -> int:
        return round((time.monotonic() - self.start) * 1000)

    def expired(self) -> bool:
        return time.monotonic() >= self.deadline


def encode(value: Field) -> str:
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return _json.encode_basestring_ascii(value)


class Events:
    """Writes events to stdout as JSON lines, each stamped with the clock's milliseconds."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    def emit(self, event: str, **fields: Field) -> None:
        # One write per event keeps lines whole even when the reader is slow.
        items = {"e": event, "ms": self.clock.ms(), **fields}.items()
        body = ",".join(f'"{key}":{encode(value)}' for key, value in items)
        os.write(1, f"{{{body}}}\n".encode("ascii"))


class JsonContext:
    strict = True
    object_hook = object_pairs_hook = parse_constant = None
    parse_float = float
    parse_int = int


def parse_json(text: str) -> Config:
    value, _ = _json.make_scanner(JsonContext())(text, 0)
    return value


class StopReason(enum.Enum):
    """Why a run ended before its processes did."""

    TIMEOUT = "timeout"
    MEMORY = "memory"


class Stop(Exception):
    def __init__(self, reason: StopReason) -> None:
        super().__init__(reason.value)
        self.reason = reason


class Proc:
    """One process of the scenario: its spec, pid, exit status and how much output it sent."""

    def __init__(self, spec: Config) -> None:
        self.spec = spec
        self.name: str = spec["name"]
        self.server = spec.get("ready") is not None
        self.pid: int | None = None
        self.status: int | None = None
        self.stopped = False
        self.sent = {"stdout": 0, "stderr": 0}
        self.decoders = {s: codecs.getincrementaldecoder("utf-8")("replace") for s in self.sent}

    @property
    def running(self) -> bool:
        return self.pid is not None and self.status is None

    def kill(self, sig: signal.Signals) -> None:
        """Signals the process group, and the process itself if it moved to another group."""
        if self.pid is None:
            return
        try:
            os.killpg(self.pid, sig)
        except ProcessLookupError:
            pass
        try:
            if os.getpgid(self.pid) != self.pid:
                os.kill(self.pid, sig)
        except ProcessLookupError:
            pass


def set_limits(limits: Config) -> None:
    cpu, mem = limits["cpuSeconds"], limits["memoryBytes"]
    nproc, fsize = limits["processes"], limits["fileBytes"]
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
    resource.setrlimit(resource.RLIMIT_NPROC, (nproc, nproc))
    resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))


def port_bound(port: int, protocol: str) -> bool:
    want = f":{port:04X}"
    for suffix in ("", "6"):
        try:
            with open(f"/proc/net/{protocol}{suffix}", encoding="ascii") as f:
                next(f)
                for line in f:
                    cols = line.split()
                    if cols[1].endswith(want) and (protocol == "udp" or cols[3] == TCP_LISTEN):
                        return True
        except FileNotFoundError:
            pass
    return False


def memory_used() -> int:
    total = 0
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if entry.isdigit() and entry != "1":
            try:
                with open(f"/proc/{entry}/statm", encoding="ascii") as f:
                    total += int(f.read().split()[1]) * page
            except (OSError, IndexError, ValueError):
                pass
    return total


class MemoryWatch:
    """Resident memory of all sandboxed processes together, summed at most every MEMORY_POLL_S."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.next_check = 0.0

    def over(self) -> bool:
        now = time.monotonic()
        if now < self.next_check:
            return False
        self.next_check = now + MEMORY_POLL_S
        return memory_used() > self.limit


class Run:
    """One scenario: start, wait for the clients, stop the servers, drain; then kill the rest."""

    def __init__(self, cfg: Config, clock: Clock) -> None:
        self.limits: Config = cfg["limits"]
        self.cap: int = self.limits["outputBytes"]
        self.procs = [Proc(spec) for spec in cfg["processes"]]
        self.clock = clock
        self.events = Events(clock)
        self.memory = MemoryWatch(self.limits["totalMemoryBytes"])
        self.sel = selectors.DefaultSelector()
        self.limit: str | None = None  # the first limit hit, reported with "done"

    def execute(self) -> None:
        try:
            self.start_processes()
            self.wait_for_clients()
            self.stop_servers()
            self.drain()
        except Stop as stop:
            if stop.reason is StopReason.TIMEOUT:
                self.events.emit("timeout")
            for p in self.procs:
                if p.running:
                    p.stopped = True
                    p.kill(signal.SIGKILL)
        self.finish()

    def start_processes(self) -> None:
        """Phase 1: start the processes in order, each server only once the last one is ready."""
        for p in self.procs:
            self.spawn(p)
            ready = p.spec.get("ready")
            if ready is None:
                continue
            while p.status is None and not port_bound(ready["port"], ready["protocol"]):
                self.step(READY_POLL_S)
            if p.status is None:
                self.events.emit("ready", p=p.name)

    def wait_for_clients(self) -> None:
        """Phase 2: run until every client has ended (or every process, if all are servers)."""
        clients = [p for p in self.procs if not p.server] or self.procs
        while any(p.status is None for p in clients):
            self.step(RUN_POLL_S)

    def stop_servers(self) -> None:
        """Phase 3: SIGTERM whatever still runs, then SIGKILL after STOP_GRACE_S."""
        kill_at = time.monotonic() + STOP_GRACE_S
        for p in self.procs:
            if p.status is None:
                p.stopped = True
                p.kill(signal.SIGTERM)
        while any(p.status is None for p in self.procs):
            if time.monotonic() >= kill_at:
                for p in self.procs:
                    if p.status is None:
                        p.kill(signal.SIGKILL)
            self.step(STOP_POLL_S)

    def drain(self) -> None:
        """Phase 4: grandchildren may still hold the pipes open; take what is already there."""
        until = time.monotonic() + DRAIN_S
        while self.sel.get_map() and time.monotonic() < until:
            self.pump(DRAIN_POLL_S)

    def finish(self) -> None:
        try:
            os.kill(-1, signal.SIGKILL)  # whatever is left (daemons, strays) dies with the run
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + REAP_ALL_S
        while any(p.running for p in self.procs) and time.monotonic() < deadline:
            self.reap()
            time.sleep(REAP_POLL_S)
        self.events.emit("done", limit=self.limit)

    def step(self, timeout: float) -> None:
        self.pump(timeout)
        self.reap()
        if self.clock.expired():
            raise Stop(StopReason.TIMEOUT)
        if self.memory.over():
            self.hit_limit(None, "memory")
            raise Stop(StopReason.MEMORY)

    def hit_limit(self, p: Proc | None, kind: str) -> None:
        self.limit = self.limit or kind
        self.events.emit("limit", p=p.name if p else None, kind=kind)

    def spawn(self, p: Proc) -> None:
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        stdin: str | None = p.spec.get("stdin")
        in_r, in_w = os.pipe() if stdin is not None else (os.open("/dev/null", os.O_RDONLY), None)
        pid = os.fork()
        if pid == 0:
            try:
                os.setpgid(0, 0)
                os.dup2(in_r, 0)
                os.dup2(out_w, 1)
                os.dup2(err_w, 2)
                os.closerange(3, 65536)
                set_limits(self.limits)
                argv = ["python3", "-u", p.spec["run"], *p.spec.get("args", [])]
                os.execve("/usr/bin/python3", argv, EXEC_ENV)
            finally:
                os._exit(127)
        p.pid = pid
        for fd in (out_r, err_r):
            os.set_blocking(fd, False)
        self.sel.register(out_r, selectors.EVENT_READ, (p, "stdout"))
        self.sel.register(err_r, selectors.EVENT_READ, (p, "stderr"))
        os.close(out_w)
        os.close(err_w)
        os.close(in_r)
        if in_w is not None:
            # At most 16 KiB, below the pipe buffer: this never blocks.
            os.write(in_w, stdin.encode("utf-8"))
            os.close(in_w)
        self.events.emit("start", p=p.name, pid=pid)

    def pump(self, timeout: float) -> None:
        for key, _ in self.sel.select(timeout):
            p, stream = key.data
            try:
                data = os.read(key.fd, READ_BYTES)
            except BlockingIOError:
                continue
            if data:
                self.on_output(p, stream, data, key.fd)
            else:
                # An incomplete UTF-8 sequence at the end.
                tail = p.decoders[stream].decode(b"", final=True)
                if tail:
                    self.events.emit("out", p=p.name, s=stream, d=tail)
                self.close_stream(key.fd)

    def on_output(self, p: Proc, stream: str, data: bytes, fd: int) -> None:
        """Passes output on up to the cap; the first byte past it truncates, kills and closes."""
        kept = data[: self.cap - p.sent[stream]]
        p.sent[stream] += len(kept)
        over = len(kept) < len(data)
        text = p.decoders[stream].decode(kept, final=over)
        if over:
            text += TRUNCATED.format(self.cap // 1024)
            self.hit_limit(p, "output")
            p.kill(signal.SIGKILL)
            # Writers outside the process group (their own session) now get EPIPE instead of
            # being read and dropped until the run ends.
            self.close_stream(fd)
        if text:
            self.events.emit("out", p=p.name, s=stream, d=text)

    def close_stream(self, fd: int) -> None:
        self.sel.unregister(fd)
        os.close(fd)

    def reap(self) -> None:
        by_pid = {p.pid: p for p in self.procs if p.pid is not None}
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            p = by_pid.get(pid)
            if p is None:
                continue  # an orphan re-parented to us: reap it and move on
            p.status = status
            code = os.waitstatus_to_exitcode(status)
            exit_code, sig = (code, None) if code >= 0 else (None, -code)
            self.events.emit("exit", p=p.name, code=exit_code, signal=sig, stopped=p.stopped)


def check(result: int, what: str) -> None:
    if result != 0:
        code = ctypes.get_errno()
        raise OSError(code, f"{what}: {os.strerror(code)}")


def mount_tmpfs(libc: ctypes.CDLL, inodes: int, mounts: list[str]) -> None:
    """Mounts each `path=bytes` as a tmpfs capped in size and in inodes, which bwrap cannot set.

    Empty files cost no size but ~800 bytes of kernel memory each: 263,000 of them pinned 200 MB.
    bwrap's mount namespace belongs to its outer user namespace, so mount in one of our own.
    """
    check(libc.unshare(CLONE_NEWNS), "unshare(CLONE_NEWNS)")
    for mount in mounts:
        path, size = mount.split("=")
        options = f"size={int(size)},nr_inodes={inodes},mode=0755".encode("ascii")
        flags = MS_NOSUID | MS_NODEV
        check(libc.mount(b"tmpfs", path.encode("ascii"), b"tmpfs", flags, options), path)
    os.chdir("/work")  # bwrap's --chdir entered the directory now under the mount


def drop_capabilities(libc: ctypes.CDLL) -> None:
    """Gives up the capabilities bwrap left us for the mounts: bounding set, ambient, the rest."""
    cap = 0
    while libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) == 0:
        cap += 1
    if ctypes.get_errno() != errno.EINVAL:  # EINVAL: past the last capability, all dropped
        check(-1, "PR_CAPBSET_DROP")
    check(libc.prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0), "PR_CAP_AMBIENT")
    header = (ctypes.c_uint32 * 2)(LINUX_CAPABILITY_VERSION_3, 0)
    check(libc.capset(header, (ctypes.c_uint32 * 6)()), "capset")


def lower_priority(libc: ctypes.CDLL) -> None:
    """CPU and I/O priority below the web server's, inherited by every process of the run."""
    # Never above the server's own nice value: lowering it back would need CAP_SYS_NICE.
    nice = max(SANDBOX_NICE, os.getpriority(os.PRIO_PROCESS, 0))
    os.setpriority(os.PRIO_PROCESS, 0, nice)
    number = SYS_IOPRIO_SET.get(os.uname().machine)
    if number is not None:
        ioprio = IOPRIO_CLASS_BE << IOPRIO_CLASS_SHIFT | IOPRIO_LOWEST
        check(libc.syscall(number, IOPRIO_WHO_PROCESS, 0, ioprio), "ioprio_set")


def protect_self(libc: ctypes.CDLL) -> None:
    # Non-dumpable: sandboxed code (same uid) cannot open /proc/1/fd/1 to forge events or ptrace us.
    check(libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0), "PR_SET_DUMPABLE")
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def write_files(files: dict[str, str]) -> None:
    for name, text in files.items():
        if os.path.basename(name) == name:  # checked on the host too; never write outside /work
            with open(os.path.join("/work", name), "w", encoding="utf-8") as f:
                f.write(text)


def main() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    mount_tmpfs(libc, int(sys.argv[1]), sys.argv[2:])
    drop_capabilities(libc)
    protect_self(libc)
    lower_priority(libc)
    Events(Clock(0)).emit("waiting")
    # A warm spare sandbox waits here until a run arrives (lib/sandbox/pool.ts).
    data = sys.stdin.buffer.read().decode("utf-8")
    if not data:
        return  # a spare sandbox being closed: exit cleanly so bwrap reaps us
    cfg = parse_json(data)
    os.close(0)
    clock = Clock(cfg["limits"]["wallSeconds"])  # the run's clock starts when it arrives
    write_files(cfg["files"])
    Run(cfg, clock).execute()


if __name__ == "__main__":
    main()
