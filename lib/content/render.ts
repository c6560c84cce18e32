/**
 * Markdown → sanitized HTML with server-side highlighting (shiki) and heading anchors.
 * Sanitizing runs before highlighting, so author HTML can never carry script or handlers,
 * while shiki's own inline colour styles survive; images from other hosts become links.
 */
import "server-only";
import rehypeShiki from "@shikijs/rehype";
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { env } from "../env";
import { sanitizeSchema } from "./markdown-schema";
import { rehypeRemoteImages } from "./remote-images";
import { rehypeTableScroll } from "./table-scroll";

function buildProcessor() {
  return (
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeSanitize, sanitizeSchema)
      .use(rehypeRemoteImages, { allowedHosts: env.MARKDOWN_IMAGE_HOSTS })
      .use(rehypeTableScroll)
      .use(rehypeSlug)
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
/** Least recently used first (a Map keeps insertion order; a hit moves to the end). */
const cache = new Map<string, string>();
const CACHE_ENTRIES = 5000;

/** Renders Markdown to safe HTML; results are cached by source text (an edit is a new key), LRU-bounded. */
export async function renderMarkdown(markdown: string): Promise<string> {
  const hit = cache.get(markdown);
  if (hit !== undefined) {
    cache.delete(markdown);
    cache.set(markdown, hit);
    return hit;
  }
  processor ??= buildProcessor();
  const html = String(await processor.process(markdown));
  cache.set(markdown, html);
  if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  return html;
}
