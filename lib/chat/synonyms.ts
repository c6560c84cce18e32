/**
 * Everyday words students use for what the course names otherwise ("nothing" for empty, "hang" for
 * block, "jumbled" for out of order). Each group's words expand to one another at query time.
 */
/** Everyday phrasings rewritten into the course's words before the question is analysed. */
export const PHRASES: Array<[RegExp, string]> = [
  [
    /\b(not|n't|never|without|stop(?:ping)?)\s+(block|blocking|wait|waiting|hang|hanging)\b/gi,
    " non-blocking ",
  ],
  [/\bin use\b/gi, " in use reuse "],
  [/\bempty string\b|''|""/g, " empty string all interfaces "],
  [/\b(at the same time|at once|simultaneously)\b/gi, " concurrent multiple "],
  [/\bone by one\b|\bone at a time\b/gi, " iterative "],
  [/\bin (the )?right order\b|\bin order\b/gi, " order "],
  [/\bwith (block|statement|form|thing)\b|\bwith socket\b/gi, " with form closes automatically "],
  [/\bout of order\b|\bwrong order\b/gi, " order jumbled "],
  [/\bport (is )?(taken|busy|occupied|in use)\b/gi, " address already in use reuse "],
  [
    /\b(how many|max(imum)?) (people|clients|users|connections)\b/gi,
    " backlog queue multiple clients ",
  ],
  [/\bat a time\b/gi, " at a time iterative "],
  [/\b(time ?out|timed out|give up)\b/gi, " timeout "],
  [/\bctrl[- ]?c\b/gi, " interrupt stop "],
  [/\bip address\b/gi, " ip address "],
  [/\bsame (computer|machine|pc|laptop)\b/gi, " same computer localhost loopback "],
];

/** Everyday phrasings replaced by the course's word (the original words would only add noise). */
export const REWRITES: Array<[RegExp, string]> = [
  [
    /\b(give|gives|gave|get|gets|got|hand|hands|come|comes|spit|spits) (me |you )?back\b/gi,
    " return ",
  ],
  [/\bcomes? back\b/gi, " return "],
];

export const SYNONYM_GROUPS: string[][] = [
  // Code names and the English the notes use for them.
  ["recv", "receive", "receives", "received"],
  ["send", "sends", "transmit", "transmits"],
  ["recvfrom", "receive", "datagram"],
  ["sendto", "send", "datagram"],
  ["conn", "connection"],
  ["addr", "address"],
  ["msg", "message"],
  ["localhost", "loopback"],
  ["setsockopt", "option"],
  ["settimeout", "timeout"],
  ["setblocking", "blocking"],
  ["nothing", "empty", "blank", "zero", "none"],
  ["hang", "hangs", "hanging", "freeze", "frozen", "stuck", "forever", "block", "blocking", "wait"],
  ["jumbled", "scrambled", "shuffled", "mixed", "order", "ordered", "sequence"],
  ["resend", "retransmit", "retransmitted", "lost", "drop", "dropped", "reliable"],
  [
    "glue",
    "combine",
    "reassemble",
    "reassembly",
    "join",
    "joined",
    "fragments",
    "chunks",
    "pieces",
    "bits",
  ],
  ["split", "pieces", "partial", "fragment", "chunk"],
  ["restart", "restarted", "reuse", "reuseaddr", "rebind", "kill", "killed", "already"],
  ["crash", "crashes", "error", "exception", "raise", "raises", "fails"],
  ["reply", "response", "answer", "respond"],
  ["knock", "contact", "welcoming", "welcome"],
  ["everyone", "broadcast"],
  ["plug", "plugged", "connects", "connected"],
  ["ip", "address"],
  ["name", "hostname"],
  ["stand", "stands", "short", "acronym"],
  ["wait", "waits", "waiting", "sleep", "idle", "nobody"],
  ["strings", "string", "text", "bytes", "encode", "decode"],
  ["whole", "entire", "all", "sendall"],
  ["garbage", "weird", "prefix", "bytes", "decode"],
  ["timeout", "timer", "seconds", "time"],
  ["glossary", "term", "terms", "vocabulary"],
  ["permission", "denied", "privileges", "superuser", "root", "admin"],
  ["email", "mail", "smtp"],
  ["web", "http", "browsing"],
  ["identified", "identify", "referenced", "reference"],
  ["computer", "machine", "host", "pc"],
  ["make", "create", "creating", "build"],
  ["number", "backlog", "queue"],
  ["lots", "many", "multiple", "several"],
  ["control", "choose", "pick"],
  ["loop", "repeatedly", "keep"],
  ["close", "closed", "closes", "open", "stays"],
];

/** Everyday words for what the lessons name (chat notes cover many more, per section). */
export const EVERYDAY_GROUPS: string[][] = [
  ["pick", "choose", "select", "prefer"],
  ["missing", "disappear", "disappeared", "vanish", "vanished", "gone", "lost", "dropped"],
  ["guarantee", "guaranteed", "reliable", "reliably"],
  ["traceback", "exception", "error", "crash", "throws", "raises"],
  ["forever", "indefinitely", "endless", "infinite"],
  ["shake", "handshake", "handshaking"],
  ["nic", "card", "ethernet"],
  ["uppercase", "capital", "capitals", "caps", "upper"],
  ["invented", "created", "developed", "origin"],
];
