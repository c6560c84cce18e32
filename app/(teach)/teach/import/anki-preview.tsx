import { questionTypeLabels, type QuestionType } from "@/lib/content/schema";
import { pluralize } from "@/lib/format/plural";
import type { AnkiPlan, ItemStatus } from "@/lib/transfer/import/anki-package/instructor";

const STATUS_STYLE: Record<ItemStatus, string> = {
  new: "bg-green-100 text-green-900",
  changed: "bg-blue-100 text-blue-900",
  unchanged: "bg-slate-100 text-slate-800",
  conflict: "bg-amber-100 text-amber-900",
};

const clip = (text: string, n = 140) => (text.length > n ? `${text.slice(0, n)}…` : text);

/** What an Anki package would become: course, lessons (or sections), every item with its status and options. */
export function AnkiPreview({ plan }: { plan: AnkiPlan }) {
  const c = plan.counts;
  return (
    <section aria-labelledby="anki-preview" className="space-y-4">
      <h3 id="anki-preview" className="text-lg font-semibold">
        Preview
      </h3>
      <p className="text-slate-800">
        {plan.course.isNew ? "A new course" : "Into the course"}{" "}
        <strong>{plan.course.title}</strong> ({plan.course.slug}): {pluralize(plan.notes, "note")},{" "}
        {pluralize(plan.cards, "card")}, {pluralize(plan.media.files, "media file")} (
        {plan.media.stored} new), {pluralize(plan.reviews, "review")} in the package (reviews come
        in from Settings, per learner).
      </p>
      <p className="text-slate-800" data-testid="anki-counts">
        {c.new} new, {c.changed} changed, {c.unchanged} unchanged
        {c.conflict ? `, ${c.conflict} left alone` : ""}.
      </p>
      {plan.warnings.length > 0 && (
        <ul className="list-disc space-y-1 pl-5 text-amber-900" aria-label="Not imported">
          {plan.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {plan.lessons.map((lesson) => (
        <details key={lesson.slug} open className="rounded-xl border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-semibold">
            {lesson.isNew ? "New lesson" : "Lesson"} {lesson.title} ({lesson.slug}):{" "}
            {pluralize(lesson.items.length, "item")}
            {lesson.sections.length > 0 && ` in ${pluralize(lesson.sections.length, "section")}`}
          </summary>
          <ol className="mt-3 divide-y divide-slate-100">
            {lesson.items.map((item) => (
              <li key={item.id} className="flex flex-wrap items-start gap-2 py-2 text-sm">
                <span
                  className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[item.status]}`}
                >
                  {item.status}
                </span>
                <span className="text-xs text-slate-600">
                  {item.kind === "card"
                    ? "Flashcard"
                    : questionTypeLabels[item.kind as QuestionType]}
                </span>
                <span className="min-w-0 flex-1 break-words">{clip(item.front)}</span>
                <div className="w-full pl-1 text-slate-700">
                  {item.kind === "card" ? (
                    <p>
                      <span className="font-medium">Back:</span> {clip(item.back)}
                    </p>
                  ) : item.kind === "typed" ? (
                    <p>
                      <span className="font-medium">Accepted answers:</span>{" "}
                      {item.options.map((o) => o.text).join(" · ")}
                    </p>
                  ) : (
                    <ul aria-label="Options">
                      {item.options.map((o, i) => (
                        <li
                          key={i}
                          className={o.correct ? "font-semibold text-green-900" : undefined}
                        >
                          {String.fromCharCode(65 + i)}. {o.text}
                          {o.correct ? " — answer" : ""}
                        </li>
                      ))}
                    </ul>
                  )}
                  {item.tags.length > 0 && (
                    <p className="text-xs text-slate-600">Tags: {item.tags.join(", ")}</p>
                  )}
                  {item.note && <p className="text-xs text-amber-900">{item.note}</p>}
                </div>
              </li>
            ))}
          </ol>
        </details>
      ))}
    </section>
  );
}
