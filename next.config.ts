import type { NextConfig } from "next";
// Importing env here makes a bad environment fail `next build` and `next start` at once.
import "./lib/env";

const nextConfig: NextConfig = {
  experimental: { authInterrupts: true },
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
};

export default nextConfig;
