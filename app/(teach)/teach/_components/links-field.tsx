import { CheckboxField, SelectField } from "@/components/editor/fields";

export interface LessonContext {
  sections: Array<{ anchor: string; title: string }>;
  examples: Array<{ id: string; title: string }>;
}

/** The section an item points to, and the runnable examples it is about. */
export function LinksFields({
  prefix,
  context,
  section,
  examples,
  onSection,
  onExamples,
  errors,
}: {
  prefix: string;
  context: LessonContext;
  section: string;
  examples: string[];
  onSection: (v: string) => void;
  onExamples: (v: string[]) => void;
  errors: { section?: string; examples?: string };
}) {
  return (
    <>
      <SelectField
        id={`${prefix}-section`}
        label="Lesson section"
        value={section}
        onChange={onSection}
        error={errors.section}
        options={[
          { value: "", label: "(none)" },
          ...context.sections.map((s) => ({ value: s.anchor, label: s.title })),
          ...(section && !context.sections.some((s) => s.anchor === section)
            ? [{ value: section, label: section }]
            : []),
        ]}
      />
      <fieldset
        className="space-y-1"
        aria-describedby={errors.examples ? `${prefix}-examples-error` : undefined}
      >
        <legend className="text-sm font-medium text-slate-800">Linked examples</legend>
        {context.examples.length === 0 && (
          <p className="text-sm text-slate-600">This course has no examples yet.</p>
        )}
        {context.examples.map((ex) => (
          <CheckboxField
            key={ex.id}
            id={`${prefix}-example-${ex.id}`}
            label={`${ex.title} (${ex.id})`}
            checked={examples.includes(ex.id)}
            onChange={(on) =>
              onExamples(on ? [...examples, ex.id] : examples.filter((e) => e !== ex.id))
            }
          />
        ))}
        {errors.examples && (
          <p id={`${prefix}-examples-error`} className="text-sm text-red-700">
            {errors.examples}
          </p>
        )}
      </fieldset>
    </>
  );
}
