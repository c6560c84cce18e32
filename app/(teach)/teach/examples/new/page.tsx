import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ItemHeader } from "@/app/(teach)/teach/_components/item-header";
import { requirePageUser } from "@/lib/auth/session";
import { teachExample } from "@/lib/authoring/queries";
import { ExampleForm } from "../example-form";

export const metadata: Metadata = { title: "New example" };

const starter =
  "title: Echo\nprocesses:\n  - name: server\n    run: server.py\n    ready: { port: 12000, protocol: tcp }\n  - name: client\n    run: client.py\nexpect:\n  client: hello\n";

export default async function NewExamplePage({
  searchParams,
}: {
  searchParams: Promise<{ course?: string }>;
}) {
  const { course: courseId = "" } = await searchParams;
  await requirePageUser(`/teach/examples/new?course=${encodeURIComponent(courseId)}`, [
    "INSTRUCTOR",
    "ADMIN",
  ]);
  const found = await teachExample(null, courseId);
  if (!found) notFound();
  return (
    <div className="space-y-6">
      <ItemHeader title="New example" course={found.course} />
      <ExampleForm
        courseId={found.course.id}
        version={0}
        initial={{
          id: "",
          files: [
            { name: "server.py", content: "" },
            { name: "client.py", content: "" },
          ],
          scenario: starter,
        }}
      />
    </div>
  );
}
