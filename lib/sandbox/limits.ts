/** Resource limits of one sandbox run; the defaults are the ones the sandbox issue asks for (override with SANDBOX_* env). */
import { env } from "../env";
const KiB = 1024;
const MiB = 1024 * KiB;

export interface SandboxLimits {
  /** Wall clock for the whole run, all processes together. */
  wallSeconds: number;
  /** RLIMIT_CPU per process. */
  cpuSeconds: number;
  /** RLIMIT_AS per process. */
  memoryBytes: number;
  /** Resident memory of all sandboxed processes together (no delegated cgroup here, so the supervisor polls). */
  totalMemoryBytes: number;
  /** RLIMIT_NPROC: processes and threads in the sandbox. */
  processes: number;
  /** RLIMIT_FSIZE: largest file a process may write. */
  fileBytes: number;
  /** Output kept per process and stream before truncating and killing. */
  outputBytes: number;
  stdinBytes: number;
  /** Size caps of the tmpfs mounts at /tmp and /work (and /dev/shm). */
  tmpBytes: number;
  workBytes: number;
  /** Files, directories and links per tmpfs mount (nr_inodes): each pins kernel memory no size cap counts. */
  tmpInodes: number;
}

export const defaultLimits: SandboxLimits = {
  wallSeconds: env.SANDBOX_WALL_SECONDS,
  cpuSeconds: env.SANDBOX_CPU_SECONDS,
  memoryBytes: env.SANDBOX_MEMORY_MB * MiB,
  totalMemoryBytes: 2 * env.SANDBOX_MEMORY_MB * MiB,
  processes: env.SANDBOX_MAX_PROCESSES,
  fileBytes: 1 * MiB,
  outputBytes: 64 * KiB,
  stdinBytes: 16 * KiB,
  tmpBytes: 16 * MiB,
  workBytes: 16 * MiB,
  tmpInodes: 4096,
};

/** Files offered to one run: kept small so a request cannot fill the host's disk. */
export const fileLimits = { maxFiles: 16, maxFileBytes: 64 * KiB } as const;
