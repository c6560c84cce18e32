import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requirePageUser } from "@/lib/auth/session";
import { itemHistory } from "@/lib/authoring/history";
import { entityTypeSchema } from "@/lib/validations/authoring";
import { RestoreButton } from "./restore-button";
import { pluralize } from "@/lib/format/plural";

export const metadata: Metadata = { title: "History" };

const editPath = {
  course: "courses",
  lesson: "lessons",
  question: "questions",
  flashcard: "flashcards",
  example: "examples",
} as const;

export default async function HistoryPage({
  params,
}: {
  params: Promise<{ type: string; id: string }>;
}) {
  const { type: rawType, id: rawId } = await params;
  const id = decodeURIComponent(rawId);
  await requirePageUser(`/teach/history/${rawType}/${rawId}`, ["INSTRUCTOR", "ADMIN"]);
  const type = entityTypeSchema.safeParse(rawType);
  if (!type.success) notFound();
  const history = await itemHistory(type.data, id);
  if (!history) notFound();
  const { state, revisions } = history;
  const editHref = `/teach/${editPath[type.data]}/${encodeURIComponent(id)}`;
  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[
          { href: "/teach", label: "Teach" },
          { href: editHref, label: `${type.data} ${id.length > 24 ? "" : id}`.trim() },
          { label: "History" },
        ]}
      />
      <h1 className="text-2xl font-bold">History of this {type.data}</h1>
      <p className="text-slate-700">
        Current version: {state.version}. Restoring saves the old content as a new version; nothing
        is overwritten.{" "}
        <Link href={editHref} className="text-brand-700 underline">
          Back to the editor
        </Link>
      </p>
      {revisions.length === 0 && <p className="text-slate-700">No saved revisions yet.</p>}
      <ol className="space-y-4">
        {revisions.map((r) => (
          <li
            key={r.id}
            className="space-y-2 rounded-xl border border-slate-200 bg-white p-4"
            aria-labelledby={`rev-${r.version}`}
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 id={`rev-${r.version}`} className="font-semibold">
                Version {r.version} · {r.reason} · {r.author ?? "content files"} ·{" "}
                <time dateTime={r.createdAt.toISOString()}>
                  {r.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC
                </time>
              </h2>
              {r.version !== state.version && (
                <RestoreButton
                  type={type.data}
                  id={id}
                  revisionId={r.id}
                  revisionVersion={r.version}
                  currentVersion={state.version}
                />
              )}
            </div>
            <details>
              <summary className="cursor-pointer text-sm font-medium text-brand-700">
                Changes from the version before (
                {r.changes.length === 0 ? "none" : pluralize(r.changes.length, "block")})
              </summary>
              <pre
                className="mt-2 overflow-auto rounded bg-slate-50 p-3 text-xs"
                aria-label={`Diff for version ${r.version}`}
              >
                {r.changes.map((c, i) => (
                  <span
                    key={i}
                    className={
                      c.added
                        ? "block bg-green-100 text-green-900"
                        : "block bg-red-100 text-red-900"
                    }
                  >
                    {c.value
                      .replace(/\n$/, "")
                      .split("\n")
                      .map((line) => `${c.added ? "+ " : "- "}${line}`)
                      .join("\n")}
                  </span>
                ))}
              </pre>
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}
