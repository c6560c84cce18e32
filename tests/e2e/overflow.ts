/** Horizontal overflow: what sticks out past the right edge of the viewport, if anything. */
import type { Page } from "playwright-core";

/**
 * Null when the page is no wider than its viewport; otherwise the widest element that isn't
 * inside its own scrolling (or clipping) box, described by tag, test id, classes and text.
 */
export async function horizontalOverflow(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    // Let layout and any resize-driven rendering settle for a frame.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const root = document.documentElement;
    const viewport = root.clientWidth;
    if (root.scrollWidth <= viewport) return null;
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
        if (getComputedStyle(p).overflowX !== "visible") return true;
      return false;
    };
    let widest: Element | null = null;
    let right = viewport + 0.5;
    for (const el of document.body.querySelectorAll("*")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= right || clipped(el)) continue;
      widest = el;
      right = box.right;
    }
    if (!widest) return `page is ${root.scrollWidth}px wide, no single element found`;
    const el = widest as HTMLElement;
    const testId = el.closest("[data-testid]")?.getAttribute("data-testid");
    const classes = typeof el.className === "string" ? el.className.slice(0, 80) : "";
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60);
    return (
      `page is ${root.scrollWidth}px wide; widest: <${el.tagName.toLowerCase()}` +
      `${classes ? ` class="${classes}"` : ""}> ${Math.round(el.getBoundingClientRect().width)}px` +
      ` wide, right edge ${Math.round(right)}px${testId ? `, in [data-testid=${testId}]` : ""}` +
      ` "${text}"`
    );
  });
}
