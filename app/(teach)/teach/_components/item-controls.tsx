"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { itemCommandAction, moveAction, type ItemCommand } from "@/app/(teach)/teach/actions";
import type { EntityType } from "@/lib/authoring/snapshot";
import { buttonClass } from "@/components/editor/fields";

interface Item {
  type: EntityType;
  id: string;
  version: number;
  status: string;
  archived: boolean;
  label: string;
  first?: boolean;
  last?: boolean;
}

/** Move up/down, publish and archive for one row of a list; every button says which item it acts on. */
export function ItemControls({ item }: { item: Item }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (task: () => Promise<{ ok: boolean; error?: string }>) =>
    start(async () => {
      const r = await task();
      setError(r.ok ? null : (r.error ?? "That didn't work."));
      router.refresh();
    });
  const command = (c: ItemCommand) =>
    run(() => itemCommandAction(c, { type: item.type, id: item.id, version: item.version }));
  const move = (direction: "up" | "down") =>
    run(() => moveAction({ type: item.type, id: item.id, direction }));
  return (
    <div className="flex flex-wrap items-center gap-1">
      <button
        type="button"
        className={buttonClass}
        disabled={pending || item.first}
        onClick={() => move("up")}
        aria-label={`Move ${item.label} up`}
      >
        ↑
      </button>
      <button
        type="button"
        className={buttonClass}
        disabled={pending || item.last}
        onClick={() => move("down")}
        aria-label={`Move ${item.label} down`}
      >
        ↓
      </button>
      {item.status === "draft" ? (
        <button
          type="button"
          className={buttonClass}
          disabled={pending}
          onClick={() => command("publish")}
          aria-label={`Publish ${item.label}`}
        >
          Publish
        </button>
      ) : (
        <button
          type="button"
          className={buttonClass}
          disabled={pending}
          onClick={() => command("unpublish")}
          aria-label={`Unpublish ${item.label}`}
        >
          Unpublish
        </button>
      )}
      {item.archived ? (
        <button
          type="button"
          className={buttonClass}
          disabled={pending}
          onClick={() => command("unarchive")}
          aria-label={`Unarchive ${item.label}`}
        >
          Unarchive
        </button>
      ) : (
        <button
          type="button"
          className={buttonClass}
          disabled={pending}
          onClick={() => command("archive")}
          aria-label={`Archive ${item.label}`}
        >
          Archive
        </button>
      )}
      <span role="status" aria-live="polite" className="text-sm text-red-700">
        {error}
      </span>
    </div>
  );
}

export function StatusBadge({ status, archived }: { status: string; archived: boolean }) {
  const text = archived ? "archived" : status;
  const tone = archived
    ? "bg-slate-200 text-slate-800"
    : status === "draft"
      ? "bg-amber-100 text-amber-900"
      : "bg-green-100 text-green-900";
  return <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${tone}`}>{text}</span>;
}
