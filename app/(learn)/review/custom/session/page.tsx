import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { customSession } from "@/lib/srs/custom-study";
import { customSpecSchema, type CustomSpec } from "@/lib/validations/custom-study";
import { CustomSession } from "./custom-session";

export const metadata: Metadata = { title: "Custom study session" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const titleOf = (spec: CustomSpec, lessonTitle?: string) =>
  spec.mode === "ahead"
    ? `Review ahead: the next ${spec.days} ${spec.days === 1 ? "day" : "days"}`
    : spec.mode === "failed"
      ? "Cards you failed today"
      : `Cram: ${lessonTitle ?? spec.lesson}`;

export default async function CustomSessionPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (typeof v === "string") query.set(k, v);
  const user = await requirePageUser(`/review/custom/session?${query}`);
  const single = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const parsed = customSpecSchema.safeParse(single);
  const session = parsed.success ? await customSession(user, parsed.data) : null;
  const error = !parsed.success
    ? parsed.error.issues.map((i) => i.message).join("; ")
    : session && "error" in session
      ? session.error
      : null;
  if (error || !parsed.success || !session || "error" in session)
    return (
      <div className="mx-auto max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">Custom study</h1>
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-800">
          This address doesn&apos;t describe a custom study session: {error}.
        </p>
        <p>
          <a href="/review/custom" className="text-brand-700 underline">
            Choose what to study
          </a>
        </p>
      </div>
    );
  const spec = parsed.data;
  const cram = spec.mode !== "ahead" && !spec.reschedule;
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">{titleOf(spec, session.lessonTitle)}</h1>
      <p className="text-slate-700" data-testid="custom-mode">
        {cram
          ? "Practice: your answers are logged as cram and leave the schedule as it was."
          : "Your answers reschedule these cards, like a review."}{" "}
        <a href="/review/custom" className="text-brand-700 underline">
          Other custom study
        </a>
      </p>
      <CustomSession spec={spec} refs={session.refs} first={session.card} />
    </div>
  );
}
