/** HTML from our Markdown pipeline (lib/content/render.ts, sanitized there), for client components. */
export function RichText({
  html,
  className = "",
  inline = false,
}: {
  html: string;
  className?: string;
  inline?: boolean;
}) {
  const Tag = inline ? "span" : "div";
  return (
    <Tag
      className={`prose prose-slate max-w-none prose-pre:p-4 prose-code:before:content-none prose-code:after:content-none ${inline ? "inline-block align-top [&_p]:my-0 [&_pre]:my-1" : ""} ${className}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
