/** Finds bubblewrap, checks the kernel lets an unprivileged user use it, and builds the bwrap command line. */
import { execFile } from "node:child_process";
import { access, constants } from "node:fs/promises";
import { SandboxUnavailableError } from "./errors";
import { etcFileNames, SANDBOX_HOSTNAME, SANDBOX_UID, sandboxRoot } from "./input";
import { defaultLimits, type SandboxLimits } from "./limits";

export const BWRAP = "/usr/bin/bwrap";
export const PYTHON = "/usr/bin/python3";
/** The host uid bwrap runs under when we are root: RLIMIT_NPROC does not bind root. */
export const NOBODY = 65534;

/** uid/gid to spawn bwrap with: drop root to nobody; an unprivileged caller stays who it is. */
export function sandboxUser(): { uid: number; gid: number } | undefined {
  return process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : undefined;
}

let checked: Promise<void> | undefined;

/** Resolves when sandboxing works here; rejects with SandboxUnavailableError saying what to fix. Cached. */
export function checkSandbox(): Promise<void> {
  checked ??= probe();
  checked.catch(() => (checked = undefined));
  return checked;
}

async function probe(): Promise<void> {
  await access(BWRAP, constants.X_OK).catch(() => {
    throw new SandboxUnavailableError("bubblewrap is not installed", "apt-get install bubblewrap");
  });
  await access(PYTHON, constants.X_OK).catch(() => {
    throw new SandboxUnavailableError(`${PYTHON} is missing`, "apt-get install python3");
  });
  // The real command line with an empty stdin: the supervisor exits 0 at once, so this checks flags, namespaces and python.
  const args = bwrapArgs(await sandboxRoot(), defaultLimits);
  await new Promise<void>((resolve, reject) => {
    const child = execFile(
      BWRAP,
      args,
      { env: {} as NodeJS.ProcessEnv, timeout: 5000, ...sandboxUser() },
      (error, _stdout, stderr) => {
        if (!error) return resolve();
        reject(
          new SandboxUnavailableError(
            `bubblewrap cannot create a sandbox: ${stderr.trim() || error.message}`,
            "install bubblewrap 0.8 or newer and enable unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1, user.max_user_namespaces>0)",
          ),
        );
      },
    );
    child.stdin?.end();
  });
}

/** One sandbox: own user, PID, network (loopback only), IPC and UTS namespaces; only /usr from the host. */
export function bwrapArgs(rootDir: string, limits: SandboxLimits): string[] {
  const etc = etcFileNames.flatMap((name) => [
    "--ro-bind",
    `${rootDir}/etc/${name}`,
    `/etc/${name}`,
  ]);
  return [
    "--unshare-all",
    "--unshare-user",
    "--disable-userns",
    "--uid",
    String(SANDBOX_UID),
    "--gid",
    String(SANDBOX_UID),
    "--hostname",
    SANDBOX_HOSTNAME,
    "--cap-drop",
    "ALL",
    // Only for the supervisor's own mounts (tmpfs with nr_inodes, which bwrap cannot set): it drops
    // every capability, bounding set included, before it reads anything from the host or runs code.
    "--cap-add",
    "CAP_SYS_ADMIN",
    "--cap-add",
    "CAP_SETPCAP",
    "--die-with-parent",
    "--new-session",
    "--clearenv",
    "--as-pid-1",
    "--ro-bind",
    "/usr",
    "/usr",
    "--symlink",
    "usr/bin",
    "/bin",
    "--symlink",
    "usr/lib",
    "/lib",
    "--symlink",
    "usr/lib64",
    "/lib64",
    "--proc",
    "/proc",
    "--dev",
    "/dev",
    "--dir",
    "/dev/shm",
    "--remount-ro",
    "/dev",
    "--dir",
    "/tmp",
    "--dir",
    "/work",
    "--ro-bind",
    rootDir,
    "/sbx",
    ...etc,
    "--remount-ro",
    "/",
    "--chdir",
    "/work",
    "--setenv",
    "PATH",
    "/usr/bin:/bin",
    "--setenv",
    "LANG",
    "C.UTF-8",
    "--setenv",
    "HOME",
    "/work",
    PYTHON,
    "-I",
    "-S",
    "/sbx/supervisor.py",
    // The supervisor mounts these tmpfs, size and inode count capped, in a mount namespace of its own.
    String(limits.tmpInodes),
    `/tmp=${limits.tmpBytes}`,
    `/dev/shm=${limits.tmpBytes}`,
    `/work=${limits.workBytes}`,
  ];
}
