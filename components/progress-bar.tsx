/**
 * A progress bar in the brand colour (native <progress> is grey and green in Chromium and can't
 * be styled the same everywhere); role and aria values say the same as the bar shows.
 */
export function ProgressBar({
  value,
  max,
  label,
  valueText,
}: {
  value: number;
  max: number;
  label: string;
  /** What a screen reader says instead of the bare numbers, e.g. "3 of 10 answered". */
  valueText?: string;
}) {
  const top = Math.max(max, 1);
  const now = Math.min(Math.max(value, 0), top);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={top}
      aria-valuenow={now}
      aria-valuetext={valueText}
      className="h-2 w-full overflow-hidden rounded-full bg-brand-50 ring-1 ring-brand-600/30 ring-inset"
    >
      <div
        className="h-full rounded-full bg-brand-600 transition-[width] duration-300 motion-reduce:transition-none"
        style={{ width: `${(100 * now) / top}%` }}
      />
    </div>
  );
}
