/**
 * The Markdown → HTML tree steps every reader of a lesson shares: parse, GFM, sanitize, remote
 * images to links, scrolling tables, heading ids. The page (render.ts) adds highlighting and
 * stringifies; the anchors (markdown-anchors.ts) read the same tree, so ids match by construction.
 */
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import type { Preset } from "unified";
import { env } from "../env";
import { sanitizeSchema } from "./markdown-schema";
import { rehypeRemoteImages } from "./remote-images";
import { rehypeTableScroll } from "./table-scroll";

export const markdownTree: Preset = {
  plugins: [
    remarkParse,
    remarkGfm,
    remarkRehype,
    [rehypeSanitize, sanitizeSchema],
    [rehypeRemoteImages, { allowedHosts: env.MARKDOWN_IMAGE_HOSTS }],
    rehypeTableScroll,
    rehypeSlug,
  ],
};
