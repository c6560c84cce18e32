/**
 * Anki fields are HTML (bold, line breaks, lists, code); our cards are Markdown. The field is
 * parsed as an HTML fragment by a real parser (rehype-parse), scripts, styles and embeds are
 * removed, images become their alt text (media is not imported), and the tree is written as
 * Markdown; the renderer sanitizes again when a learner sees it.
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

function clean(nodes: RootContent[], losses: HtmlLosses): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type !== "element") return [node];
    if (DROPPED.has(node.tagName)) return [];
    if (node.tagName === "img") {
      losses.images++;
      const alt = typeof node.properties?.alt === "string" ? node.properties.alt : "";
      return alt ? [{ type: "text", value: alt }] : [];
    }
    const children = clean(node.children, losses) as Element["children"];
    // A link keeps its text; its target only when it is a web or mail address.
    const href = node.tagName === "a" ? String(node.properties?.href ?? "") : "";
    if (node.tagName === "a" && !/^(https?:|mailto:)/i.test(href)) return children;
    return [{ ...node, children }];
  });
}

const toMarkdown = (losses: HtmlLosses) =>
  unified()
    .use(rehypeParse, { fragment: true })
    .use(() => (tree: Root) => ({ ...tree, children: clean(tree.children, losses) }))
    .use(rehypeRemark)
    .use(remarkStringify, { bullet: "-", fences: true });

export function ankiFieldToMarkdown(field: string, html: boolean, losses: HtmlLosses): string {
  const sounds = field.match(/\[sound:[^\]]*\]/g)?.length ?? 0;
  losses.sounds += sounds;
  const text = field.replace(/\[sound:[^\]]*\]/g, "");
  if (!html) return text.trim().replace(/<(?=[A-Za-z/!?])/g, "\\<");
  return String(toMarkdown(losses).processSync(text))
    .replace(/\u00a0/g, " ")
    .trim();
}
