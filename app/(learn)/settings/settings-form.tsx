"use client";
import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { FieldError, FormMessage, useFocusFirstError } from "@/components/forms/form-status";
import { errorAt, initialFormState } from "@/lib/validations/form-state";
import { saveSettings } from "./actions";

type Values = Record<
  | "desiredRetention"
  | "newPerDay"
  | "maxReviewsPerDay"
  | "learningSteps"
  | "relearningSteps"
  | "timeZone"
  | "dayStartHour"
  | "buryRelated"
  | "leechThreshold"
  | "leechAction",
  string
>;

/** The numeric fields, in the order they show; timeZone and the steps sit between them. */
const numbers = {
  desiredRetention: {
    label: "Desired retention (0.70–0.97)",
    hint: "The share of cards you want to still remember when they come due. Higher means more reviews.",
  },
  newPerDay: { label: "New cards per day" },
  maxReviewsPerDay: { label: "Maximum reviews per day" },
  dayStartHour: {
    label: "The day starts at (hour, 0–23)",
    hint: "Like Anki's 4 am: reviews after midnight still count for the day before.",
  },
  leechThreshold: {
    label: "Leech after this many lapses (1–99)",
    hint: "A card you forget this many times is tagged as a leech.",
  },
} satisfies Partial<Record<keyof Values, { label: string; hint?: string }>>;

export function SettingsForm({ values }: { values: Values }) {
  const [state, action, pending] = useActionState(saveSettings, initialFormState);
  const formRef = useFocusFirstError(state);
  const err = (name: keyof Values) => errorAt(state.fieldErrors, name);
  // After a refused save, React resets the form to its defaults: show what was typed, not the stored values.
  const v = { ...values, ...state.values };
  const number = (name: keyof typeof numbers) => (
    <FormField
      name={name}
      type="number"
      {...numbers[name]}
      defaultValue={v[name]}
      error={err(name)}
    />
  );
  const useMine = () => {
    const input = document.getElementById("timeZone");
    if (input instanceof HTMLInputElement)
      input.value = Intl.DateTimeFormat().resolvedOptions().timeZone;
  };
  return (
    <form
      ref={formRef}
      action={action}
      className="space-y-5 rounded-xl border border-slate-200 bg-white p-5 sm:p-8"
      noValidate
    >
      {number("desiredRetention")}
      {number("newPerDay")}
      {number("maxReviewsPerDay")}
      <FormField
        name="learningSteps"
        label="Learning steps"
        defaultValue={v.learningSteps}
        error={err("learningSteps")}
        hint="Short intervals for new cards, e.g. 1m, 10m: whole minutes (m), hours (h) or days (d), up to 365d, at most 10."
      />
      <FormField
        name="relearningSteps"
        label="Relearning steps"
        defaultValue={v.relearningSteps}
        error={err("relearningSteps")}
        hint="After you forget a card, e.g. 10m (same form as learning steps)."
      />
      <div className="space-y-2">
        <FormField
          name="timeZone"
          label="Time zone"
          defaultValue={v.timeZone}
          error={err("timeZone")}
          hint="An IANA name such as Europe/Berlin or America/Los_Angeles."
        />
        <button
          type="button"
          onClick={useMine}
          className="rounded-md border border-slate-400 px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100"
        >
          Use this device&apos;s time zone
        </button>
      </div>
      {number("dayStartHour")}
      <div className="space-y-1">
        {/* Unticked, only the hidden "off" is sent; ticked, the checkbox's "on" comes last and wins. */}
        <input type="hidden" name="buryRelated" value="off" />
        <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
          <input
            type="checkbox"
            name="buryRelated"
            value="on"
            defaultChecked={v.buryRelated === "on"}
            className="h-4 w-4"
          />
          Bury related cards until the next day
        </label>
        <p className="text-sm text-slate-600">
          After you answer a flashcard, the questions from the same lesson section wait for your
          next study day (and a question&apos;s flashcards), so you don&apos;t see both the same
          day.
        </p>
      </div>
      {number("leechThreshold")}
      <div className="space-y-1">
        <label htmlFor="leechAction" className="block text-sm font-medium text-slate-800">
          When a card becomes a leech
        </label>
        <select
          id="leechAction"
          name="leechAction"
          defaultValue={v.leechAction}
          aria-invalid={err("leechAction") ? true : undefined}
          aria-describedby={err("leechAction") ? "leechAction-error" : undefined}
          className="rounded-md border border-slate-400 px-3 py-2"
        >
          <option value="suspend">Suspend it (it leaves your reviews)</option>
          <option value="tag">Only tag it (it stays in your reviews)</option>
        </select>
        <FieldError id="leechAction-error" error={err("leechAction")} />
      </div>
      <div className="flex items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
        >
          {pending ? "Saving…" : "Save settings"}
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
