/**
 * Side-effect import for CLI scripts: loads .env.local (as Next does for the app) before
 * lib/env.ts parses process.env. Import it first. Shell variables win over the file.
 */
import { existsSync } from "node:fs";

if (existsSync(".env.local")) process.loadEnvFile(".env.local");
