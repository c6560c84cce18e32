import Link from "next/link";

/** The example a card is about: its title, linking to the runnable example on the lesson page. */
export function CardExample({ example, lessonHref }: { example: { id: string; title: string }; lessonHref: string }) {
  return (
    <p className="mt-3 border-t border-slate-200 pt-3 text-sm text-slate-700">
      Example: <Link href={`${lessonHref}#example-${example.id}`} className="text-brand-700 underline">{example.title}</Link>
    </p>
  );
}
