/**
 * Runs in the browser before the app hydrates. Zod's fast path compiles parsers with `new Function`,
 * which our CSP forbids; even its caught probe is reported as a violation, so browser code runs
 * Zod without it (docs/decisions/0010-http-boundary.md). Server code keeps the fast path.
 */
// The named import, not `z`: the bundler keeps just `config` (a few hundred bytes), where the `z`
// namespace put all of Zod (32 kB compressed) in every page's first scripts (bench:pages).
import { config } from "zod";

config({ jitless: true });
