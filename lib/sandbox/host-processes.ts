/**
 * The host processes of the sandboxes one server process started: its bwrap processes (their command
 * line names its /sbx dir) and everything below them. Nothing else of the machine counts, so another
 * server's runs or an unrelated process of uid 65534 (an nginx worker) is never taken for a leak.
 */
import { readdirSync, readFileSync } from "node:fs";
import { sandboxRootMarker } from "./input";

interface HostProcess {
  pid: number;
  ppid: number;
  cmdline: string;
}

/** "pid: command line" of each process of `ownerPid`'s sandboxes still alive. */
export function sandboxProcessesOf(ownerPid: number = process.pid): string[] {
  const all = hostProcesses();
  const marker = sandboxRootMarker(ownerPid);
  const ours = new Set(all.filter((p) => p.cmdline.includes(marker)).map((p) => p.pid));
  // Children are listed before or after their parent: repeat until no new descendant turns up.
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) {
      if (ours.has(p.pid) || !ours.has(p.ppid)) continue;
      ours.add(p.pid);
      grew = true;
    }
  }
  return all.filter((p) => ours.has(p.pid)).map((p) => `${p.pid}: ${p.cmdline}`);
}

function hostProcesses(): HostProcess[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        // The command name in parentheses may hold spaces or ")": the fields after the last ")" are fixed.
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim();
        return [{ pid: Number(pid), ppid, cmdline }];
      } catch {
        return []; // it ended while we looked
      }
    });
}
