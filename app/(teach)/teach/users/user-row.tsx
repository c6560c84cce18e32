"use client";

import { startTransition, useActionState } from "react";
import { buttonClass } from "@/components/editor/fields";
import { FormMessage } from "@/components/forms/form-status";
import { initialFormState, type FormState } from "@/lib/validations/form-state";
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

type Change = { role: string } | { disabled: boolean };

/** One account's row: its role and its on/off switch, each a call to the action (decision 0014). */
export function UserRow({ user, self }: { user: Row; self: boolean }) {
  const [state, change, pending] = useActionState(
    async (_prev: FormState, c: Change): Promise<FormState> => {
      const r =
        "role" in c
          ? await changeRoleAction({ userId: user.id, role: c.role })
          : await setDisabledAction({ userId: user.id, disabled: c.disabled });
      if (!r.ok) return { ok: false, message: r.error ?? "That didn't work." };
      if ("role" in c) return { ok: true, message: `Role changed to ${c.role.toLowerCase()}.` };
      return { ok: true, message: c.disabled ? "Account disabled." : "Account enabled." };
    },
    initialFormState,
  );
  const act = (c: Change) => startTransition(() => change(c));
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
          onChange={(e) => act({ role: e.target.value })}
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
          onClick={() => act({ disabled: !user.disabled })}
        >
          {user.disabled ? "Enable" : "Disable"}
        </button>
        <FormMessage state={state} className="ml-2 inline text-sm" />
      </td>
    </tr>
  );
}
