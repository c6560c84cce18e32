/** `ensureServeBuild()` in a process of its own (tests/e2e/app-server.ts): the build lock is the caller's. */
import { ensureServeBuild } from "../../scripts/serve-build";

ensureServeBuild();
