/**
 * The environment, parsed once with zod. A bad value stops the app at start-up with a
 * message naming the variable, instead of failing later in some request.
 */
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:|postgres(ql)?:\/\/)/,
      'must be a SQLite file URL like "file:./data/recall-lab.db" or a PostgreSQL URL like "postgresql://user:password@host:5432/recall_lab"',
    )
    .default("file:./data/recall-lab.db"),
  NEXTAUTH_SECRET: z
    .string()
    .min(32, "must be at least 32 characters (npm start generates one into .env.local)")
    .optional(),
  NEXTAUTH_URL: z.url("must be an absolute URL like http://localhost:3000").optional(),
  /**
   * Salts Server Action ids at build time and encrypts their bound values: the same on every
   * process of a deployment, or a form posted to another process is refused (decision 0018).
   */
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
    .string()
    .refine(
      (k) =>
        /^[A-Za-z0-9+/]+={0,2}$/.test(k) && [16, 24, 32].includes(Buffer.from(k, "base64").length),
      "must be 16, 24 or 32 random bytes in base64: make one with `openssl rand -base64 32`",
    )
    .optional(),
  /** On SIGTERM, how long requests in flight may take before the process gives up and exits 1. */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  SEED_DEMO_USERS: z.enum(["0", "1"]).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Where `npm start` listens: this machine only unless set, e.g. 0.0.0.0 for every interface. */
  HOST: z
    .string()
    .trim()
    .refine(
      (h) =>
        z.ipv4().safeParse(h).success ||
        z.ipv6().safeParse(h).success ||
        /^(?=.{1,253}$)[\w]([\w-]*[\w])?(\.[\w]([\w-]*[\w])?)*$/.test(h),
      "must be an address or host name to listen on, like 127.0.0.1 (this machine) or 0.0.0.0 (every interface)",
    )
    .default("127.0.0.1"),
  /** Optional: an OpenAI-compatible endpoint and model for Chat to Lesson answers. */
  LLM_BASE_URL: z.url("must be an absolute URL like http://127.0.0.1:8080/v1").optional(),
  LLM_MODEL: z.string().min(1).optional(),
  /** Hosts whose https images lesson Markdown may show (CSP img-src too); see lib/content/remote-images.ts. */
  MARKDOWN_IMAGE_HOSTS: z
    .string()
    .default("")
    .transform((s) =>
      s
        .split(",")
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(
            /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?$/,
            'must list host names like "img.example.org", comma separated',
          ),
      ),
    ),
  // Sandbox limits (issue defaults); see lib/sandbox/limits.ts.
  SANDBOX_WALL_SECONDS: z.coerce.number().int().min(1).max(120).default(10),
  SANDBOX_CPU_SECONDS: z.coerce.number().int().min(1).max(120).default(5),
  SANDBOX_MEMORY_MB: z.coerce.number().int().min(32).max(8192).default(256),
  SANDBOX_MAX_PROCESSES: z.coerce.number().int().min(4).max(4096).default(64),
  /** Runs in flight at once before the rest queue; default: the number of cores. */
  SANDBOX_CONCURRENCY: z.coerce.number().int().min(1).max(256).optional(),
  SANDBOX_RUNS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** Parses an environment object; throws EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new EnvError(
    `Invalid environment configuration:\n${lines.join("\n")}\nFix these in .env.local or the shell environment.`,
  );
}

/** What every process of a several-process (PostgreSQL) deployment must share, and how to make each. */
export const SHARED_SETTINGS = {
  NEXTAUTH_SECRET: "make one with `openssl rand -base64 32`",
  NEXTAUTH_URL: "the public address learners open, e.g. https://recall.example.org",
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "make one with `openssl rand -base64 32`",
} as const;

/**
 * With PostgreSQL (several app processes possible), the settings that must be the same on every
 * process can't be generated per process: a message naming each missing one and how to make it,
 * or null when all are set (or the database is SQLite, where `npm start` generates them).
 */
export function sharedSettingsProblem(source: Record<string, string | undefined>): string | null {
  if (!/^postgres(ql)?:\/\//.test(source.DATABASE_URL ?? "")) return null;
  const missing = (Object.keys(SHARED_SETTINGS) as (keyof typeof SHARED_SETTINGS)[]).filter(
    (name) => !source[name],
  );
  if (missing.length === 0) return null;
  return [
    "With PostgreSQL (DATABASE_URL=postgresql://…) every app process must share these settings; set them in the environment, the same on each process:",
    ...missing.map((name) => `  ${name}: ${SHARED_SETTINGS[name]}`),
    "npm start generates them only for the single-process SQLite database. See deploy/recall-lab.env.example.",
  ].join("\n");
}

export const env: Env = parseEnv(process.env);
