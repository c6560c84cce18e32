"use client";

import { useRef, useState, type ReactNode } from "react";

// Clicks on the example panel's controls, links or code editor must not flip the card.
const INTERACTIVE =
  "a, button, input, textarea, select, label, summary, [contenteditable], [role=button], [role=group]";
/** How far a finger travels sideways before a swipe counts. */
const SWIPE_PX = 60;

/**
 * The card itself: large, turning over on flip (no animation under prefers-reduced-motion), and
 * on a touch screen a swipe right sorts it into Know it, left into Still learning.
 */
export function FlipCard({
  flipped,
  label,
  face,
  below,
  onFlip,
  onSwipe,
}: {
  flipped: boolean;
  label: ReactNode;
  face: ReactNode;
  below?: ReactNode;
  onFlip: () => void;
  onSwipe: (direction: "left" | "right") => void;
}) {
  const start = useRef<{ x: number; y: number } | null>(null);
  const swiped = useRef(false);
  const [dragX, setDragX] = useState(0);

  return (
    <div className="[perspective:1200px]">
      <div
        onClick={(e) => {
          // The click a touch screen sends after a swipe is not a flip.
          if (swiped.current) {
            swiped.current = false;
            return;
          }
          if (!(e.target as HTMLElement).closest(INTERACTIVE)) onFlip();
        }}
        onTouchStart={(e) => {
          const t = e.touches[0];
          if (t && e.touches.length === 1) start.current = { x: t.clientX, y: t.clientY };
        }}
        onTouchMove={(e) => {
          const t = e.touches[0];
          if (!start.current || !t) return;
          const dx = t.clientX - start.current.x;
          if (Math.abs(dx) > Math.abs(t.clientY - start.current.y)) setDragX(dx);
        }}
        onTouchEnd={(e) => {
          const t = e.changedTouches[0];
          const from = start.current;
          start.current = null;
          setDragX(0);
          if (!from || !t) return;
          const dx = t.clientX - from.x;
          const dy = t.clientY - from.y;
          if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < Math.abs(dy) * 1.5) return;
          swiped.current = true;
          // A later tap clears the flag even if no click follows this touch.
          setTimeout(() => (swiped.current = false), 400);
          onSwipe(dx > 0 ? "right" : "left");
        }}
        onTouchCancel={() => {
          start.current = null;
          setDragX(0);
        }}
        style={{
          transform: `translateX(${dragX}px) rotate(${dragX / 40}deg) rotateY(${flipped ? 180 : 0}deg)`,
        }}
        className={`relative min-h-72 cursor-pointer touch-pan-y rounded-2xl border-2 bg-white shadow-md [transform-style:preserve-3d] hover:border-brand-600 sm:min-h-96 dark:bg-slate-900 ${dragX > SWIPE_PX ? "border-green-700" : dragX < -SWIPE_PX ? "border-amber-700" : "border-slate-200 dark:border-slate-700"} ${dragX === 0 ? "transition-transform duration-500 motion-reduce:transition-none" : ""}`}
        data-testid="flashcard"
        data-flipped={flipped}
      >
        {/* Counter-turned so the face that is up always reads the right way round. */}
        <div
          className="flex min-h-72 flex-col p-5 sm:min-h-96 sm:p-8"
          style={{ transform: flipped ? "rotateY(180deg)" : undefined }}
        >
          <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
            {label}
          </p>
          <div aria-live="polite" className="grid flex-1 place-items-center text-center">
            {face}
          </div>
          {below}
        </div>
      </div>
    </div>
  );
}
