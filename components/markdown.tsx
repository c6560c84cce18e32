import { renderMarkdown } from "@/lib/content/render";

/** Server-rendered, sanitized Markdown with highlighted code. */
export async function Markdown({ source, className = "" }: { source: string; className?: string }) {
  const html = await renderMarkdown(source);
  return (
    <div
      className={`prose prose-slate max-w-none prose-pre:p-4 prose-code:before:content-none prose-code:after:content-none ${className}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
