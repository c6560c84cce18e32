"use client";
/**
 * The expected workload by desired retention, computed when asked (decision 0014's form pattern,
 * so the button works before JavaScript too): the simulation reads every card the learner has, and
 * Settings' load reads none of them.
 */
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-status";
import { initialFormState } from "@/lib/validations/form-state";
import { showWorkload, type WorkloadState } from "./optimize-actions";

const cell = "border-b border-slate-200 px-3 py-1.5 text-left";

export function WorkloadTable({ desiredRetention }: { desiredRetention: number }) {
  const [state, action, pending] = useActionState<WorkloadState, FormData>(
    showWorkload,
    initialFormState,
  );
  return (
    <form action={action} className="space-y-2" aria-busy={pending}>
      {state.rows ? (
        <table className="text-sm" aria-label="Workload by desired retention">
          <caption className="text-left text-slate-700">
            Expected reviews a day over the next 30 days, by desired retention (simulated with the
            parameters above)
          </caption>
          <thead>
            <tr>
              <th className={cell} scope="col">
                Desired retention
              </th>
              <th className={cell} scope="col">
                Reviews a day
              </th>
            </tr>
          </thead>
          <tbody>
            {state.rows.map((w) => (
              <tr key={w.retention}>
                <th className={cell} scope="row">
                  {w.retention.toFixed(2)}
                  {Math.abs(w.retention - desiredRetention) < 1e-9 ? " (yours)" : ""}
                </th>
                <td className={cell}>{w.reviewsPerDay}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-slate-700">
          How many reviews a day would each desired retention give you over the next 30 days?
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-300 px-4 py-2 font-semibold hover:bg-slate-50 disabled:opacity-60"
      >
        {pending ? "Simulating…" : state.rows ? "Simulate again" : "Show expected workload"}
      </button>
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}
