"use client";
/**
 * What both Anki upload panels share (Settings' "Bring your Anki reviews", Teach › Import's "Import
 * an Anki deck"): the chosen file, Preview → Import against a JSON route (packages are larger than a
 * server action's 1 MB, decision 0012), the previewed plan and its hash, and the outcome read out
 * in a live region. Each panel gives its route, its words and what it shows of the plan.
 */
import { useState, useTransition } from "react";
import { fileToBase64, MAX_PACKAGE_BYTES, postPackage } from "./upload";

export type UploadMessage = { ok: boolean; text: string };

export interface PackageUploadOptions<Plan, Stats> {
  route: string;
  /** What the panel says with no file chosen, and for a file over MAX_PACKAGE_BYTES. */
  noFile: string;
  tooLarge: string;
  /** More of the body beside the action, the file and the hash (the panel's choices). */
  body?: (file: File) => Record<string, unknown>;
  /** Whether a refused preview also hides the plan shown (an import's refusal always does). */
  previewErrorHidesPlan: boolean;
  /** The sentence once the import is done. */
  imported: (answer: { plan: Plan; stats: Stats }) => string;
}

export function usePackageUpload<Plan extends { hash: string }, Stats>(
  options: PackageUploadOptions<Plan, Stats>,
) {
  const [file, setFile] = useState<File | null>(null);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [message, setMessage] = useState<UploadMessage | null>(null);
  const [pending, startTransition] = useTransition();
  /** Any change to the file or the choices hides the preview (it was of something else). */
  const reset = () => {
    setPlan(null);
    setMessage(null);
  };
  const send = (action: "preview" | "import") =>
    startTransition(async () => {
      if (!file) {
        setMessage({ ok: false, text: options.noFile });
        return;
      }
      if (file.size > MAX_PACKAGE_BYTES) {
        setMessage({ ok: false, text: options.tooLarge });
        return;
      }
      const answer = await postPackage<{ plan: Plan; stats?: Stats }>(options.route, {
        action,
        file: await fileToBase64(file),
        ...options.body?.(file),
        ...(action === "import" && plan ? { hash: plan.hash } : {}),
      });
      if (!answer.ok) {
        setMessage({ ok: false, text: answer.error });
        if (action === "import" || options.previewErrorHidesPlan) setPlan(null);
        return;
      }
      if (action === "preview") {
        setPlan(answer.plan);
        setMessage(null);
        return;
      }
      setPlan(null);
      setMessage({ ok: true, text: options.imported({ plan: answer.plan, stats: answer.stats! }) });
    });
  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    reset();
  };
  return { plan, message, pending, send, reset, chooseFile };
}

export type PackageUpload = Pick<
  ReturnType<typeof usePackageUpload>,
  "plan" | "message" | "pending" | "send" | "chooseFile"
>;

/** The file field: a label and an input of the package types. */
export function PackageFile({
  upload,
  id,
  label,
  accept,
}: {
  upload: PackageUpload;
  id: string;
  label: string;
  accept: string;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept={accept}
        onChange={(e) => upload.chooseFile(e.target.files?.[0] ?? null)}
        className="block w-full text-sm"
      />
    </div>
  );
}

/** Preview, and Import once there is a plan; then the outcome, read out politely. */
export function PackageActions({
  upload,
  importLabel,
  reading,
}: {
  upload: PackageUpload;
  importLabel: string;
  /** Says "Reading…" on Preview while the package is read. */
  reading?: boolean;
}) {
  const { plan, message, pending, send } = upload;
  return (
    <>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => send("preview")}
          disabled={pending}
          className="rounded-md border border-slate-300 px-4 py-2 font-semibold hover:bg-slate-50 disabled:opacity-60"
        >
          {reading && pending && !plan ? "Reading…" : "Preview"}
        </button>
        {plan && (
          <button
            type="button"
            onClick={() => send("import")}
            disabled={pending}
            className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {pending ? "Importing…" : importLabel}
          </button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {message && (
          <p
            className={
              message.ok
                ? "rounded-md border border-green-300 bg-green-50 p-3 text-green-900"
                : "rounded-md border border-red-300 bg-red-50 p-3 text-red-800"
            }
          >
            {message.text}
          </p>
        )}
      </div>
    </>
  );
}
