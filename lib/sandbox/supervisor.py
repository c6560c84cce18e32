"""Runs one scenario inside the bubblewrap sandbox, as its PID 1, and reports events as JSON lines.

PID 1 of a PID namespace cannot be killed from inside it (kill -1, SIGKILL), and when it exits the
kernel kills everything left, so daemons never outlive the run. Events go to stdout; the Node side
(lib/sandbox/run.ts) sends the config and files as JSON on stdin, builds the result and enforces a hard wall clock as a backstop.
Standard library only: this runs under the system /usr/bin/python3.
"""
import _json
import codecs
import ctypes
import os
import resource
import selectors
import signal
import sys
import time

T0 = time.monotonic()
EXEC_ENV = {"PATH": "/usr/bin:/bin", "HOME": "/work", "LANG": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1"}
STOP_GRACE_S = 0.3
DRAIN_S = 0.05
TRUNCATED = "\n[output truncated: the {} KiB limit was reached and the process was killed]\n"


def ms():
    return round((time.monotonic() - T0) * 1000)


def encode(value):
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return _json.encode_basestring_ascii(value)


def emit(event, **fields):
    # The json package costs ~8 ms of startup (re, enum); its C encoder does the escaping.
    # One write per event keeps lines whole even when the reader is slow.
    body = ",".join('"%s":%s' % (k, encode(v)) for k, v in {"e": event, "ms": ms(), **fields}.items())
    os.write(1, ("{%s}\n" % body).encode())


class JsonContext:
    strict = True
    object_hook = object_pairs_hook = parse_constant = None
    parse_float = float
    parse_int = int


def parse_json(text):
    value, _ = _json.make_scanner(JsonContext())(text, 0)
    return value


class Proc:
    def __init__(self, spec):
        self.spec = spec
        self.name = spec["name"]
        self.server = spec.get("ready") is not None
        self.pid = None
        self.status = None
        self.stopped = False
        self.sent = {"stdout": 0, "stderr": 0}
        self.decoders = {s: codecs.getincrementaldecoder("utf-8")("replace") for s in self.sent}


def set_limits(limits):
    cpu, mem, nproc, fsize = limits["cpuSeconds"], limits["memoryBytes"], limits["processes"], limits["fileBytes"]
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
    resource.setrlimit(resource.RLIMIT_NPROC, (nproc, nproc))
    resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))


def spawn(p, limits, sel):
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    stdin = p.spec.get("stdin")
    in_r, in_w = os.pipe() if stdin is not None else (os.open("/dev/null", os.O_RDONLY), None)
    pid = os.fork()
    if pid == 0:
        try:
            os.setpgid(0, 0)
            os.dup2(in_r, 0)
            os.dup2(out_w, 1)
            os.dup2(err_w, 2)
            os.closerange(3, 65536)
            set_limits(limits)
            argv = ["python3", "-u", p.spec["run"], *p.spec.get("args", [])]
            os.execve("/usr/bin/python3", argv, EXEC_ENV)
        finally:
            os._exit(127)
    p.pid = pid
    for fd in (out_r, err_r):
        os.set_blocking(fd, False)
    sel.register(out_r, selectors.EVENT_READ, (p, "stdout"))
    sel.register(err_r, selectors.EVENT_READ, (p, "stderr"))
    os.close(out_w)
    os.close(err_w)
    os.close(in_r)
    if in_w is not None:
        os.write(in_w, stdin.encode())  # at most 16 KiB, below the pipe buffer, so this never blocks
        os.close(in_w)
    emit("start", p=p.name, pid=pid)


def kill_group(p, sig):
    try:
        os.killpg(p.pid, sig)
    except ProcessLookupError:
        pass


def on_output(p, stream, data, cap, state):
    room = cap - p.sent[stream]
    if room <= 0:
        return
    chunk = data[:room]
    p.sent[stream] += len(chunk)
    text = p.decoders[stream].decode(chunk, final=len(data) > room)
    if len(data) > room:
        text += TRUNCATED.format(cap // 1024)
        state["limit"] = state["limit"] or "output"
        emit("limit", p=p.name, kind="output")
        kill_group(p, signal.SIGKILL)
    if text:
        emit("out", p=p.name, s=stream, d=text)


def pump(sel, timeout, cap, state):
    for key, _ in sel.select(timeout):
        p, stream = key.data
        try:
            data = os.read(key.fd, 65536)
        except BlockingIOError:
            continue
        if data:
            on_output(p, stream, data, cap, state)
        else:
            tail = p.decoders[stream].decode(b"", final=True)  # an incomplete UTF-8 sequence at the end
            if tail and p.sent[stream] < cap:
                emit("out", p=p.name, s=stream, d=tail)
            sel.unregister(key.fd)
            os.close(key.fd)


def reap(procs):
    by_pid = {p.pid: p for p in procs if p.pid is not None}
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
        emit("exit", p=p.name, code=exit_code, signal=sig, stopped=p.stopped)


def port_bound(port, protocol):
    want = ":%04X" % port
    for suffix in ("", "6"):
        try:
            with open("/proc/net/%s%s" % (protocol, suffix)) as f:
                next(f)
                for line in f:
                    cols = line.split()
                    if cols[1].endswith(want) and (protocol == "udp" or cols[3] == "0A"):
                        return True
        except FileNotFoundError:
            pass
    return False


def memory_used():
    total = 0
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if entry.isdigit() and entry != "1":
            try:
                with open("/proc/%s/statm" % entry) as f:
                    total += int(f.read().split()[1]) * page
            except (OSError, IndexError, ValueError):
                pass
    return total


class Clock:
    def __init__(self, limits):
        self.deadline = T0 + limits["wallSeconds"]
        self.mem_limit = limits["totalMemoryBytes"]
        self.next_mem = 0.0

    def expired(self):
        return time.monotonic() >= self.deadline

    def over_memory(self):
        now = time.monotonic()
        if now < self.next_mem:
            return False
        self.next_mem = now + 0.02
        return memory_used() > self.mem_limit


def step(sel, procs, clock, cap, state, timeout):
    pump(sel, timeout, cap, state)
    reap(procs)
    if clock.expired():
        raise Stop("timeout")
    if clock.over_memory():
        state["limit"] = state["limit"] or "memory"
        emit("limit", p=None, kind="memory")
        raise Stop("limit")


class Stop(Exception):
    pass


def run(cfg):
    limits, cap = cfg["limits"], cfg["limits"]["outputBytes"]
    sel = selectors.DefaultSelector()
    procs = [Proc(spec) for spec in cfg["processes"]]
    state = {"limit": None}
    clock = Clock(limits)
    try:
        for p in procs:
            spawn(p, limits, sel)
            while p.server and p.status is None and not port_bound(p.spec["ready"]["port"], p.spec["ready"]["protocol"]):
                step(sel, procs, clock, cap, state, 0.003)
            if p.server and p.status is None:
                emit("ready", p=p.name)
        clients = [p for p in procs if not p.server] or procs
        while any(p.status is None for p in clients):
            step(sel, procs, clock, cap, state, 0.02)
        stop_at = time.monotonic() + STOP_GRACE_S
        for p in procs:
            if p.status is None:
                p.stopped = True
                kill_group(p, signal.SIGTERM)
        while any(p.status is None for p in procs):
            if time.monotonic() >= stop_at:
                for p in procs:
                    if p.status is None:
                        kill_group(p, signal.SIGKILL)
            step(sel, procs, clock, cap, state, 0.01)
        # Grandchildren may still hold the pipes open; take what is already there, then move on.
        drain_until = time.monotonic() + DRAIN_S
        while sel.get_map() and time.monotonic() < drain_until:
            pump(sel, 0.01, cap, state)
    except Stop as stop:
        if str(stop) == "timeout":
            emit("timeout")
        for p in procs:
            if p.pid is not None and p.status is None:
                p.stopped = True
                kill_group(p, signal.SIGKILL)
    try:
        os.kill(-1, signal.SIGKILL)  # whatever is left (daemons, strays) dies with the run
    except ProcessLookupError:
        pass
    reap_all(procs)
    emit("done", limit=state["limit"])


def reap_all(procs):
    deadline = time.monotonic() + 1
    while any(p.pid is not None and p.status is None for p in procs) and time.monotonic() < deadline:
        reap(procs)
        time.sleep(0.002)


def protect_self():
    # Non-dumpable: sandboxed code (same uid) cannot open /proc/1/fd/1 to forge events or ptrace us.
    ctypes.CDLL(None).prctl(4, 0, 0, 0, 0)
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def main():
    global T0
    protect_self()
    emit("waiting")
    # A warm spare sandbox waits here until a run arrives (lib/sandbox/pool.ts); the clock starts now.
    data = sys.stdin.buffer.read().decode()
    if not data:
        return  # a spare sandbox being closed: exit cleanly so bwrap reaps us
    cfg = parse_json(data)
    os.close(0)
    T0 = time.monotonic()
    for name, text in cfg["files"].items():
        if os.path.basename(name) == name:  # checked on the host too; never write outside /work
            with open(os.path.join("/work", name), "w") as f:
                f.write(text)
    run(cfg)


if __name__ == "__main__":
    main()
