import type { QueueCounts as Counts } from "@/lib/srs/queue";

/** Cards left by kind, and how many this session has rated. */
export function QueueCounts({ counts, reviewed }: { counts: Counts; reviewed: number }) {
  const items = [
    { label: "Learning", value: counts.learning, tone: "text-red-800" },
    { label: "To review", value: counts.review, tone: "text-green-800" },
    { label: "New", value: counts.new, tone: "text-brand-700" },
  ];
  return (
    <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm" aria-label="Cards left today">
      {items.map((i) => (
        <div key={i.label} className="flex gap-1.5">
          <dt className="text-slate-700">{i.label}</dt>
          <dd
            className={`font-semibold ${i.tone}`}
            data-testid={`count-${i.label.toLowerCase().replace(" ", "-")}`}
          >
            {i.value}
          </dd>
        </div>
      ))}
      <div className="flex gap-1.5">
        <dt className="text-slate-700">Rated this session</dt>
        <dd className="font-semibold text-slate-900" data-testid="reviewed-count">
          {reviewed}
        </dd>
      </div>
    </dl>
  );
}
