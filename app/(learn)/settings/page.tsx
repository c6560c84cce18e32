import type { Metadata } from "next";
import { InstallApp } from "@/components/offline/install-app";
import { requirePageUser } from "@/lib/auth/session";
import { getStudySettings } from "@/lib/srs/study-settings";
import { AnkiCollectionImport } from "./anki-collection-import";
import { OptimizeSchedule } from "./optimize-schedule";
import { ProgressExport } from "./progress-export";
import { SettingsForm } from "./settings-form";
import { TypeAnswerSetting } from "./type-answer-setting";

export const metadata: Metadata = { title: "Study settings" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const user = await requirePageUser("/settings");
  const s = await getStudySettings(user);
  const values = {
    desiredRetention: String(s.desiredRetention),
    newPerDay: String(s.newPerDay),
    maxReviewsPerDay: String(s.maxReviewsPerDay),
    learningSteps: s.learningSteps.split(",").join(", "),
    relearningSteps: s.relearningSteps.split(",").join(", "),
    timeZone: s.timeZone,
    dayStartHour: String(s.dayStartHour),
    buryRelated: s.buryRelated ? "on" : "off",
    leechThreshold: String(s.leechThreshold),
    leechAction: s.leechAction,
  };
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Study settings</h1>
      <p className="text-slate-700">
        These shape your review sessions: how much you aim to remember, how many cards a day, and
        when your day starts.
      </p>
      <SettingsForm values={values} />
      <TypeAnswerSetting on={Boolean(s.typeAnswer)} />
      <OptimizeSchedule user={user} desiredRetention={s.desiredRetention} />
      <ProgressExport />
      <InstallApp />
      <AnkiCollectionImport />
    </div>
  );
}
