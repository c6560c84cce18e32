/**
 * Side-effect import for CLI scripts: loads .env.local (as Next does for the app) before
 * lib/env.ts parses process.env. Import it first. Shell variables win over the file. Tests that
 * call a script's main in-process keep their own environment (vitest sets VITEST).
 */
import { existsSync } from "node:fs";

if (!process.env.VITEST && existsSync(".env.local")) process.loadEnvFile(".env.local");
