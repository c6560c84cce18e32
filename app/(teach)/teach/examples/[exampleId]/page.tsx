import type { Metadata } from "next";
import { DraftScope } from "@/app/(teach)/teach/_components/draft-scope";
import { itemDraft } from "@/lib/authoring/drafts";
import { notFound } from "next/navigation";
import YAML from "yaml";
import { ItemHeader } from "@/app/(teach)/teach/_components/item-header";
import { requirePageUser } from "@/lib/auth/session";
import { teachExample } from "@/lib/authoring/queries";
import { ExampleForm } from "../example-form";

export const metadata: Metadata = { title: "Edit example" };

export default async function EditExamplePage({
  params,
}: {
  params: Promise<{ exampleId: string }>;
}) {
  const exampleId = decodeURIComponent((await params).exampleId);
  await requirePageUser(`/teach/examples/${encodeURIComponent(exampleId)}`, [
    "INSTRUCTOR",
    "ADMIN",
  ]);
  const found = await teachExample(exampleId);
  if (!found?.state) notFound();
  const { state, course } = found;
  const draft = await itemDraft("example", state.id);
  const snapshot = (draft?.snapshot as typeof state.snapshot | undefined) ?? state.snapshot;
  const initial = {
    id: state.id,
    files: Object.entries(snapshot.files).map(([name, content]) => ({ name, content })),
    scenario: YAML.stringify(snapshot.scenario),
  };
  return (
    <div className="space-y-6">
      <ItemHeader
        title={state.snapshot.title}
        course={course}
        item={{ type: "example", ...state }}
      />
      <DraftScope
        type="example"
        id={state.id}
        status={state.status}
        version={state.version}
        draft={draft}
      >
        <ExampleForm id={state.id} version={state.version} initial={initial} />
      </DraftScope>
    </div>
  );
}
