import { shortTitle } from "@/lib/format/title";

/**
 * A title shortened for the screen (see lib/format/title) and cut with an ellipsis if still too
 * long (unless `wrap`, as in a page heading); screen readers read the full title and hovering shows it.
 */
export function ShortTitle({ title, wrap = false }: { title: string; wrap?: boolean }) {
  const short = shortTitle(title);
  return (
    // `relative`: the screen-reader copy (absolutely placed) is clipped with the rest, or it widens the page.
    <span
      title={title}
      className={wrap ? "" : "relative inline-block max-w-full truncate align-bottom"}
    >
      {short === title ? (
        title
      ) : (
        <>
          <span aria-hidden="true">{short}</span>
          <span className="sr-only">{title}</span>
        </>
      )}
    </span>
  );
}
