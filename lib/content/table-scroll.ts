/**
 * Markdown tables sit in a box of their own that scrolls sideways on a phone, so a wide table
 * never widens the page; the box is a named, focusable region so keyboard users can scroll it.
 */
import type { Element, ElementContent, Root } from "hast";

function wrap(table: Element): Element {
  return {
    type: "element",
    tagName: "div",
    properties: { className: ["table-scroll"], role: "region", ariaLabel: "Table", tabIndex: 0 },
    children: [table],
  };
}

/** A rehype plugin, run after sanitizing (the wrapper's attributes are ours, not the author's). */
export function rehypeTableScroll() {
  const rewrite = (node: Root | Element) => {
    node.children = node.children.map((child): ElementContent => {
      if (child.type !== "element") return child as ElementContent;
      if (child.tagName === "table") return wrap(child);
      rewrite(child);
      return child;
    });
  };
  return (tree: Root) => rewrite(tree);
}
