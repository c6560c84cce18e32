/** Server side of the panel: reads the example and its stored last run while the page renders, so output shows at once. */
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/session";
import { examplePanel } from "@/lib/sandbox/last-run";
import { ExamplePanel } from "../example-panel";

// One session lookup per page, however many panels it has.
const currentUser = cache(getCurrentUser);

export async function StoredExamplePanel({ exampleId }: { exampleId: string }) {
  const user = await currentUser();
  if (!user) return null;
  return <ExamplePanel exampleId={exampleId} initial={await examplePanel(user, exampleId)} />;
}
