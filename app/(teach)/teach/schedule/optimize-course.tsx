"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-status";
import { initialFormState } from "@/lib/validations/form-state";
import { optimizeCourseAction } from "./actions";

export function OptimizeCourse({ course, title }: { course: string; title: string }) {
  const [state, action, pending] = useActionState(optimizeCourseAction, initialFormState);
  return (
    <form action={action} className="space-y-2" aria-busy={pending}>
      <input type="hidden" name="course" value={course} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`Optimize ${title}'s parameters`}
        className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? "Optimizing…" : "Optimize course parameters"}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
