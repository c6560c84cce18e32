/**
 * The content file format, as zod schemas. Everything under content/ is parsed with these,
 * and so are the instructor editor's forms, so one definition says what valid content is.
 *
 * Layout (see README "Adding content"):
 *   content/courses/<course>/course.yaml
 *   content/courses/<course>/lessons/<NN-lesson>/{lesson.md, questions.yaml, flashcards.yaml}
 *   content/courses/<course>/examples/<example-id>/{scenario.yaml, *.py}
 */
import { z } from "zod";

export const slugSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]*$/,
    "use lower-case letters, digits and dashes (e.g. tcp-echo-server)",
  );

export const courseFileSchema = z.strictObject({
  slug: slugSchema,
  title: z.string().min(1),
  description: z.string().default(""),
});

export const lessonFrontMatterSchema = z.strictObject({
  slug: slugSchema,
  title: z.string().min(1),
  summary: z.string().default(""),
  /** Study-note files this lesson was authored from. */
  sources: z.array(z.string()).default([]),
});

export const optionSchema = z.strictObject({
  text: z.string().min(1),
  correct: z.boolean().default(false),
});

export const questionTypes = ["multiple_choice", "true_false", "typed", "output"] as const;
export type QuestionType = (typeof questionTypes)[number];
/** Each question type as learners and instructors read it, everywhere it is shown. */
export const questionTypeLabels: Record<QuestionType, string> = {
  multiple_choice: "Multiple choice",
  true_false: "True / false",
  typed: "Typed answer",
  output: "What does this code print?",
};

/** A question's fields without the rules across them (zod can't `.omit` from a refined schema). */
export const questionFieldsSchema = z.strictObject({
  id: slugSchema,
  type: z.enum(questionTypes),
  prompt: z.string().min(1),
  /** multiple_choice/output: exactly one correct; true_false: "True" and "False"; typed: every option is an accepted answer. */
  options: z.array(optionSchema).min(1),
  explanation: z.string().min(1),
  /** Anchor of the lesson section that teaches this (the heading's slug). */
  section: z.string().optional(),
  /** Example ids (folders under examples/) this question is about. */
  examples: z.array(slugSchema).default([]),
  /** True for questions we wrote, false for those taken from the study notes. */
  authored: z.boolean().default(false),
  /** Where in the study notes it came from, e.g. "01-client-server-model.quizgecko.txt". */
  source: z.string().optional(),
});

/** The rules across a question's fields: how many options are correct for its type, and so on. */
export function questionRules(
  q: Pick<z.output<typeof questionFieldsSchema>, "type" | "options" | "examples">,
  ctx: z.RefinementCtx,
) {
  const correct = q.options.filter((o) => o.correct).length;
  const texts = q.options.map((o) => o.text.trim().toLowerCase());
  if (new Set(texts).size !== texts.length) {
    ctx.addIssue({ code: "custom", path: ["options"], message: "two options have the same text" });
  }
  if (q.type === "typed") {
    if (correct !== q.options.length) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: "typed questions list accepted answers only: mark every option correct",
      });
    }
    return;
  }
  if (correct !== 1) {
    ctx.addIssue({
      code: "custom",
      path: ["options"],
      message: `needs exactly 1 correct option, found ${correct}`,
    });
  }
  if (q.type === "true_false") {
    const labels = q.options
      .map((o) => o.text)
      .sort()
      .join(",");
    if (labels !== "False,True") {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: 'true_false options must be exactly "True" and "False"',
      });
    }
  } else if (q.options.length < 2) {
    ctx.addIssue({ code: "custom", path: ["options"], message: "needs at least 2 options" });
  }
  if (q.type === "output" && q.examples.length === 0) {
    ctx.addIssue({
      code: "custom",
      path: ["examples"],
      message: "an output question must name the example whose output it asks about",
    });
  }
}

export const questionSchema = questionFieldsSchema.superRefine(questionRules);

export const flashcardSchema = z.strictObject({
  id: slugSchema,
  front: z.string().min(1),
  back: z.string().min(1),
  /** "term" for glossary entries (term/definition lists), "card" otherwise. */
  kind: z.enum(["card", "term"]).default("card"),
  section: z.string().optional(),
  examples: z.array(slugSchema).default([]),
  source: z.string().optional(),
});

/**
 * Chat to Lesson's notes on one lesson section, written inside it as a `<!-- chat … -->` comment
 * (YAML; the page and the podcast never show it): what students ask that the section answers,
 * each group with the one or two plain-words sentences that answer them.
 */
export const sectionChatSchema = z.array(
  z.strictObject({
    answer: z.string().trim().min(1).max(400),
    asks: z.array(z.string().trim().min(1).max(200)).min(1),
  }),
);

export const questionsFileSchema = z.array(questionSchema);
export const flashcardsFileSchema = z.array(flashcardSchema);

const fileNameSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9_][A-Za-z0-9_.-]*\.py$/,
    "a plain Python file name in the example folder, like server.py",
  );

const expectationSchema = z.union([
  z.string().min(1),
  z.strictObject({
    stdout: z.string().optional(),
    stderr: z.string().optional(),
    exitCode: z.number().int().optional(),
  }),
]);

export const scenarioSchema = z
  .strictObject({
    title: z.string().min(1),
    description: z.string().optional(),
    processes: z
      .array(
        z.strictObject({
          name: z
            .string()
            .regex(/^[a-z][a-z0-9_-]*$/, "a short lower-case name like server or client"),
          run: fileNameSchema,
          args: z.array(z.string()).default([]),
          /** The next process starts once this port is bound (LISTEN for tcp, bound for udp). */
          ready: z
            .strictObject({
              port: z.number().int().min(1).max(65535),
              protocol: z.enum(["tcp", "udp"]),
            })
            .optional(),
          stdin: z
            .string()
            .max(16 * 1024)
            .optional(),
        }),
      )
      .min(1),
    /** Per process: text that must appear in its output (stdout, or stdout+stderr for a plain string). */
    expect: z.record(z.string(), expectationSchema).optional(),
  })
  .superRefine((s, ctx) => {
    const names = s.processes.map((p) => p.name);
    if (new Set(names).size !== names.length) {
      ctx.addIssue({
        code: "custom",
        path: ["processes"],
        message: "process names must be unique",
      });
    }
    for (const key of Object.keys(s.expect ?? {})) {
      if (!names.includes(key)) {
        ctx.addIssue({
          code: "custom",
          path: ["expect", key],
          message: `no process named "${key}"`,
        });
      }
    }
  });

export type CourseFile = z.infer<typeof courseFileSchema>;
export type LessonFrontMatter = z.infer<typeof lessonFrontMatterSchema>;
export type QuestionContent = z.infer<typeof questionSchema>;
export type FlashcardContent = z.infer<typeof flashcardSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type SectionChat = z.infer<typeof sectionChatSchema>;

/** A whole course as loaded from disk: what the seed writes and the exporter reads back. */
export interface CourseContent extends CourseFile {
  lessons: Array<
    LessonFrontMatter & {
      body: string;
      questions: QuestionContent[];
      flashcards: FlashcardContent[];
    }
  >;
  examples: Array<{ id: string; title: string; files: Record<string, string>; scenario: Scenario }>;
}
