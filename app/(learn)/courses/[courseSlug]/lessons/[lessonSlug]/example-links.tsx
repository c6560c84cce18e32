/** "Runs in: <example>" links to the example panels shown further down the same section. */
export function ExampleLinks({
  ids,
  titles,
}: {
  ids: Array<{ exampleId: string }>;
  titles: Record<string, string>;
}) {
  if (ids.length === 0) return null;
  return (
    <p className="mt-2 text-sm text-slate-700">
      Run it below:{" "}
      {ids.map((e, i) => (
        <span key={e.exampleId}>
          {i > 0 && ", "}
          <a href={`#example-${e.exampleId}`} className="text-brand-700 underline">
            {titles[e.exampleId] ?? e.exampleId}
          </a>
        </span>
      ))}
    </p>
  );
}
