/**
 * Markdown images from other hosts are refused: each becomes a link saying where the image is, so
 * a lesson never makes a learner's browser call a third party (tracking pixels, hotlinks that
 * change under us) and the CSP's img-src stays 'self'. Hosts listed in MARKDOWN_IMAGE_HOSTS are
 * allowed over https (the CSP allows the same list). See docs/decisions/0010-http-boundary.md.
 */
import type { Element, ElementContent, Root } from "hast";

const HERE = "https://recall-lab.invalid";

/** Where the image lives when it is not ours, or null for a same-site path. */
function foreignHost(src: string): string | null {
  const url = new URL(src, HERE);
  return url.origin === HERE ? null : url.host;
}

function linkInstead(img: Element, src: string, host: string): Element {
  const alt =
    typeof img.properties.alt === "string" && img.properties.alt ? img.properties.alt : "image";
  return {
    type: "element",
    tagName: "a",
    properties: { href: src, rel: ["nofollow", "noopener", "noreferrer"] },
    children: [{ type: "text", value: `${alt} (image on ${host}, not shown)` }],
  };
}

/** A rehype plugin, run after sanitizing (so every src left is http(s) or relative). */
export function rehypeRemoteImages(options: { allowedHosts: readonly string[] }) {
  const allowed = new Set(options.allowedHosts);
  const rewrite = (node: Root | Element) => {
    node.children = node.children.map((child): ElementContent => {
      if (child.type !== "element") return child as ElementContent;
      const src = child.properties.src;
      if (child.tagName === "img" && typeof src === "string") {
        const host = foreignHost(src);
        const ok = host === null || (src.startsWith("https://") && allowed.has(host));
        if (!ok) return linkInstead(child, src, host ?? "");
      }
      rewrite(child);
      return child;
    }) as Root["children"] & Element["children"];
  };
  return (tree: Root) => rewrite(tree);
}
