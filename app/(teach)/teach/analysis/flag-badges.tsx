export function FlagBadges({ flags }: { flags: string[] }) {
  if (flags.length === 0) return <span className="text-slate-600">—</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {flags.map((f) => (
        <li
          key={f}
          className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900"
        >
          {f}
        </li>
      ))}
    </ul>
  );
}
