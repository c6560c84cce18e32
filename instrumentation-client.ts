/**
 * Runs in the browser before the app hydrates. Zod's fast path compiles parsers with `new Function`,
 * which our CSP forbids; even its caught probe is reported as a violation, so browser code runs
 * Zod without it (docs/decisions/0010-http-boundary.md). Server code keeps the fast path.
 */
import { z } from "zod";

z.config({ jitless: true });
