import { StoredExamplePanel } from "@/components/example-panel/stored";
import { Markdown } from "@/components/markdown";

interface Example {
  id: string;
  title: string;
  scenario: string;
  files: Array<{ name: string; content: string }>;
}

/** The example programs this lesson's items name, with their code; the sandbox panel runs them. */
export function ExampleList({ examples }: { examples: Example[] }) {
  if (examples.length === 0) return null;
  return (
    <section aria-labelledby="examples-heading" className="space-y-4">
      <h2 id="examples-heading" className="text-xl font-semibold">
        Runnable examples ({examples.length})
      </h2>
      {examples.map((ex) => {
        const scenario = JSON.parse(ex.scenario) as {
          description?: string;
          processes: Array<{ name: string; run: string; stdin?: string }>;
        };
        return (
          <article
            key={ex.id}
            id={`example-${ex.id}`}
            className="rounded-xl border border-slate-200 bg-white p-4"
            aria-labelledby={`example-${ex.id}-title`}
          >
            <h3 id={`example-${ex.id}-title`} className="font-semibold">
              {ex.title}
            </h3>
            {scenario.description && (
              <p className="mt-1 text-sm text-slate-700">{scenario.description}</p>
            )}
            <p className="mt-1 text-sm text-slate-600">
              Runs {scenario.processes.map((p) => `${p.name} (${p.run})`).join(", then ")}
              {scenario.processes.some((p) => p.stdin)
                ? "; the client's input is typed in for you."
                : "."}
            </p>
            <div className="mt-3 grid gap-3 lg:grid-cols-2">
              {ex.files.map((f) => (
                <figure key={f.name} className="min-w-0">
                  <figcaption className="mb-1 font-mono text-sm text-slate-700">
                    {f.name}
                  </figcaption>
                  <Markdown source={"```python\n" + f.content + "\n```"} className="prose-sm" />
                </figure>
              ))}
            </div>
            <div className="mt-3">
              <StoredExamplePanel exampleId={ex.id} />
            </div>
          </article>
        );
      })}
    </section>
  );
}
