"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { buttonClass } from "@/components/editor/fields";
import { changeRoleAction, setDisabledAction } from "./actions";
import { pluralize } from "@/lib/format/plural";

interface Row {
  id: string;
  email: string;
  name: string | null;
  role: string;
  disabled: boolean;
  reviews: number;
  attempts: number;
}

export function UserRow({ user, self }: { user: Row; self: boolean }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const act = (task: () => Promise<{ ok: boolean; error?: string }>, done: string) =>
    start(async () => {
      const r = await task();
      setMessage(r.ok ? done : (r.error ?? "That didn't work."));
      router.refresh();
    });
  return (
    <tr>
      <td className="p-3">
        <span className="font-medium">{user.email}</span>
        {user.name && <span className="block text-slate-600">{user.name}</span>}
        {self && <span className="block text-slate-600">(you)</span>}
      </td>
      <td className="p-3 text-slate-700">
        {pluralize(user.reviews, "review")} · {pluralize(user.attempts, "quiz", "quizzes")}
      </td>
      <td className="p-3">
        <label htmlFor={`role-${user.id}`} className="sr-only">
          Role of {user.email}
        </label>
        <select
          id={`role-${user.id}`}
          defaultValue={user.role}
          disabled={pending}
          className="rounded-md border border-slate-400 bg-white px-2 py-1"
          onChange={(e) => {
            const role = e.target.value;
            act(
              () => changeRoleAction({ userId: user.id, role }),
              `Role changed to ${role.toLowerCase()}.`,
            );
          }}
        >
          <option value="LEARNER">Learner</option>
          <option value="INSTRUCTOR">Instructor</option>
          <option value="ADMIN">Admin</option>
        </select>
      </td>
      <td className="p-3">
        <span className="mr-2">{user.disabled ? "Disabled" : "Active"}</span>
        <button
          type="button"
          className={buttonClass}
          disabled={pending}
          aria-label={`${user.disabled ? "Enable" : "Disable"} ${user.email}`}
          onClick={() =>
            act(
              () => setDisabledAction({ userId: user.id, disabled: !user.disabled }),
              user.disabled ? "Account enabled." : "Account disabled.",
            )
          }
        >
          {user.disabled ? "Enable" : "Disable"}
        </button>
        <span role="status" aria-live="polite" className="ml-2 text-sm">
          {message}
        </span>
      </td>
    </tr>
  );
}
