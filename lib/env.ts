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

export const env: Env = parseEnv(process.env);
