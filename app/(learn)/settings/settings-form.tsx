"use client";
import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { saveSettings, type SettingsFormState } from "./actions";

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
const initial: SettingsFormState = { ok: false, message: "", fieldErrors: {} };

export function SettingsForm({ values }: { values: Values }) {
  const [state, action, pending] = useActionState(saveSettings, initial);
  const err = (name: keyof Values) => state.fieldErrors[name]?.[0];
  // After a refused save, React resets the form to its defaults: show what was typed, not the stored values.
  const v = { ...values, ...state.values };
  const useMine = () => {
    const input = document.getElementById("timeZone");
    if (input instanceof HTMLInputElement)
      input.value = Intl.DateTimeFormat().resolvedOptions().timeZone;
  };
  return (
    <form
      action={action}
      className="space-y-5 rounded-xl border border-slate-200 bg-white p-5 sm:p-8"
      noValidate
    >
      <FormField
        name="desiredRetention"
        label="Desired retention (0.70–0.97)"
        type="number"
        defaultValue={v.desiredRetention}
        error={err("desiredRetention")}
        hint="The share of cards you want to still remember when they come due. Higher means more reviews."
      />
      <FormField
        name="newPerDay"
        label="New cards per day"
        type="number"
        defaultValue={v.newPerDay}
        error={err("newPerDay")}
      />
      <FormField
        name="maxReviewsPerDay"
        label="Maximum reviews per day"
        type="number"
        defaultValue={v.maxReviewsPerDay}
        error={err("maxReviewsPerDay")}
      />
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
      <FormField
        name="dayStartHour"
        label="The day starts at (hour, 0–23)"
        type="number"
        defaultValue={v.dayStartHour}
        error={err("dayStartHour")}
        hint="Like Anki's 4 am: reviews after midnight still count for the day before."
      />
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
      <FormField
        name="leechThreshold"
        label="Leech after this many lapses (1–99)"
        type="number"
        defaultValue={v.leechThreshold}
        error={err("leechThreshold")}
        hint="A card you forget this many times is tagged as a leech."
      />
      <div className="space-y-1">
        <label htmlFor="leechAction" className="block text-sm font-medium text-slate-800">
          When a card becomes a leech
        </label>
        <select
          id="leechAction"
          name="leechAction"
          defaultValue={v.leechAction}
          aria-invalid={err("leechAction") ? true : undefined}
          className="rounded-md border border-slate-400 px-3 py-2"
        >
          <option value="suspend">Suspend it (it leaves your reviews)</option>
          <option value="tag">Only tag it (it stays in your reviews)</option>
        </select>
        {err("leechAction") && <p className="text-sm text-red-700">{err("leechAction")}</p>}
      </div>
      <div className="flex items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
        >
          {pending ? "Saving…" : "Save settings"}
        </button>
        <p
          role="status"
          aria-live="polite"
          className={state.ok ? "text-green-800" : "text-red-700"}
        >
          {state.message}
        </p>
      </div>
    </form>
  );
}
