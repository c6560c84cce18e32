/**
 * Tabs of one signed-in context, lent to one test at a time; each keeps its console errors. Walks
 * over many pages use two: the server renders one page while the browser checks the other.
 */
import type { BrowserContext, Page } from "playwright-core";
import { newPage } from "./browser";

export type Tabs = Awaited<ReturnType<typeof tabs>>;

export async function tabs(context: BrowserContext, count: number) {
  const free = await Promise.all(Array.from({ length: count }, () => newPage(context)));
  const all = [...free];
  const waiting: Array<(tab: (typeof free)[number]) => void> = [];
  return {
    errors: () => all.flatMap((t) => t.errors),
    async use<T>(run: (page: Page) => Promise<T>): Promise<T> {
      const tab = free.pop() ?? (await new Promise<(typeof free)[number]>((r) => waiting.push(r)));
      try {
        return await run(tab.page);
      } finally {
        const next = waiting.shift();
        if (next) next(tab);
        else free.push(tab);
      }
    },
  };
}
