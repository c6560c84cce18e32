/**
 * Markdown → sanitized HTML with server-side highlighting (shiki) and heading anchors.
 * Sanitizing runs before highlighting, so author HTML can never carry script or handlers,
 * while shiki's own inline colour styles survive; images from other hosts become links.
 */
import "server-only";
import rehypeShiki from "@shikijs/rehype";
import type { Element, Root } from "hast";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { markdownTree } from "./markdown-tree";

function buildProcessor() {
  return (
    unified()
      .use(markdownTree)
      // Both themes in one pass: inline light colours, dark ones in --shiki-dark (app/theme-dark.css).
      .use(rehypeShiki, {
        themes: { light: "github-light", dark: "github-dark" },
        colorReplacements: {
          // github-light's orange (keyword arguments) is 3.5:1 on white; a darker orange meets WCAG AA.
          "github-light": { "#e36209": "#c2410c" },
          // github-dark's grey comments are 3.1:1 on its background; a lighter grey meets AA.
          "github-dark": { "#6a737d": "#9ba5b0" },
        },
        defaultLanguage: "python",
        fallbackLanguage: "text",
        langs: ["python", "bash", "yaml", "json"],
      })
      .use(rehypeStringify)
  );
}

let processor: ReturnType<typeof buildProcessor> | undefined;
const CACHE_ENTRIES = 5000;

/** Least recently used first (a Map keeps insertion order; a hit moves to the end). */
function lru<T>(make: (markdown: string) => Promise<T>) {
  const cache = new Map<string, T>();
  return async (markdown: string): Promise<T> => {
    const hit = cache.get(markdown);
    if (hit !== undefined) {
      cache.delete(markdown);
      cache.set(markdown, hit);
      return hit;
    }
    const made = await make(markdown);
    cache.set(markdown, made);
    if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
    return made;
  };
}

/** Renders Markdown to safe HTML; results are cached by source text (an edit is a new key), LRU-bounded. */
export const renderMarkdown = lru(async (markdown) => {
  processor ??= buildProcessor();
  return String(await processor.process(markdown));
});

const isH2 = (node: Root["children"][number]): node is Element =>
  node.type === "element" && node.tagName === "h2";

/**
 * The rendered lesson cut at its top-level `##` headings (ids from the whole lesson), as
 * [anchor, html] in order; text before the first `##` goes with the first. No `##`: one "" entry.
 */
export const renderSections = lru(async (markdown): Promise<Array<[string, string]>> => {
  processor ??= buildProcessor();
  // The preset's plugins aren't typed through `use`, so the trees are cast at the two ends.
  const tree = (await processor.run(processor.parse(markdown) as never)) as Root;
  const lead: Root["children"] = [];
  const cuts: Array<{ anchor: string; nodes: Root["children"] }> = [];
  for (const node of tree.children) {
    if (isH2(node)) cuts.push({ anchor: String(node.properties.id), nodes: [node] });
    else (cuts.at(-1)?.nodes ?? lead).push(node);
  }
  if (cuts.length === 0) return [["", processor.stringify(tree)]];
  cuts[0]!.nodes.unshift(...lead);
  return cuts.map((c) => [c.anchor, processor!.stringify({ type: "root", children: c.nodes })]);
});
