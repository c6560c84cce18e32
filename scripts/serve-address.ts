/** Where `npm start` serves: the address it listens on, the public URL next-auth uses, and whether the port is free. */
import net from "node:net";

const LOOPBACK_OR_ANY = new Set(["127.0.0.1", "::1", "localhost", "0.0.0.0", "::"]);

/** NEXTAUTH_URL as the person set it, or derived from this start's HOST and PORT (never frozen into .env.local). */
export function publicUrl(host: string, port: number, set: string | undefined): string {
  if (set) return set;
  const name = LOOPBACK_OR_ANY.has(host) ? "localhost" : net.isIPv6(host) ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

/** `next start` arguments: bound to HOST (this machine only by default), on PORT. */
export const serverArgs = (host: string, port: number) => [
  "next",
  "start",
  "--hostname",
  host,
  "--port",
  String(port),
];

/** One line saying why the server could not listen on host:port and what to do, or null when it can. */
export function portProblem(host: string, port: number): Promise<string | null> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      resolve(
        error.code === "EADDRINUSE"
          ? `Port ${port} on ${host} is in use, probably by a Recall Lab already running: stop that one (Ctrl-C in its terminal), or start this one on another port with PORT=${port + 1} npm start.`
          : error.code === "EACCES"
            ? `Port ${port} needs administrator rights on this machine: use a port above 1023, e.g. PORT=3000 npm start.`
            : error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND"
              ? `HOST=${host} is not an address of this machine: leave HOST unset (127.0.0.1), or use 0.0.0.0 for every interface.`
              : `Cannot listen on ${host}:${port} (${error.code ?? error.message}).`,
      ),
    );
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(null)));
  });
}
