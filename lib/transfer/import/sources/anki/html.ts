/**
 * Anki fields are HTML (bold, line breaks, lists, code); our cards are Markdown. The field is
 * parsed as an HTML fragment by a real parser (rehype-parse), scripts, styles and embeds are
 * removed, images become their alt text (media is not imported from text; an .apkg passes `media`,
 * which turns a packaged image into our Markdown image and `[sound:…]` into a link to the served
 * file), and the tree is written as Markdown; the renderer sanitizes again when a learner sees it.
 */
import type { Element, Root, RootContent } from "hast";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import remarkStringify from "remark-stringify";
import { unified } from "unified";

const DROPPED = new Set([
  "script",
  "style",
  "iframe",
  "object",
  "embed",
  "audio",
  "video",
  "template",
]);

/** Counts what could not come along, so the preview can say so. */
export interface HtmlLosses {
  images: number;
  sounds: number;
}

/** A packaged media file's served URL, or null when the package doesn't hold it. */
export type MediaUrl = (name: string) => string | null;

const SERVED = /^\/api\/media\/[a-f0-9]{64}\.[a-z0-9]+$/;

function clean(nodes: RootContent[], losses: HtmlLosses, media?: MediaUrl): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type !== "element") return [node];
    if (DROPPED.has(node.tagName)) return [];
    if (node.tagName === "img") {
      const url = media?.(String(node.properties?.src ?? ""));
      if (url) return [{ ...node, properties: { src: url, alt: node.properties?.alt ?? "" } }];
      losses.images++;
      const alt = typeof node.properties?.alt === "string" ? node.properties.alt : "";
      return alt ? [{ type: "text", value: alt }] : [];
    }
    const children = clean(node.children, losses, media) as Element["children"];
    // A link keeps its text; its target only when it is a web or mail address (or our served media).
    const href = node.tagName === "a" ? String(node.properties?.href ?? "") : "";
    if (node.tagName === "a" && !/^(https?:|mailto:)/i.test(href) && !SERVED.test(href))
      return children;
    return [{ ...node, children }];
  });
}

const toMarkdown = (losses: HtmlLosses, media?: MediaUrl) =>
  unified()
    .use(rehypeParse, { fragment: true })
    .use(() => (tree: Root) => ({ ...tree, children: clean(tree.children, losses, media) }))
    .use(rehypeRemark)
    .use(remarkStringify, { bullet: "-", fences: true });

export function ankiFieldToMarkdown(
  field: string,
  html: boolean,
  losses: HtmlLosses,
  media?: MediaUrl,
): string {
  const text = field.replace(/\[sound:([^\]]*)\]/g, (_m, name: string) => {
    const url = media?.(name);
    if (url) return `<a href="${url}">▶ ${name.replace(/[<>&"]/g, "")}</a>`;
    losses.sounds++;
    return "";
  });
  if (!html) return text.trim().replace(/<(?=[A-Za-z/!?])/g, "\\<");
  return String(toMarkdown(losses, media).processSync(text))
    .replace(/\u00a0/g, " ")
    .trim();
}
