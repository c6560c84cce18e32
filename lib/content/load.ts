/**
 * Loads content/ from disk into CourseContent objects, collecting every problem (file, item,
 * field) instead of stopping at the first, so an author fixes them all in one pass.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { plainIssue } from "../format/zod-issue";
import { ContentError, type ContentIssue } from "./errors";
import { readMarkdown, readYaml } from "./files";
import { lessonSections } from "./markdown-anchors";
import { sectionChatBlocks } from "./section-chat";
import {
  courseFileSchema,
  flashcardSchema,
  lessonFrontMatterSchema,
  questionSchema,
  scenarioSchema,
  type CourseContent,
} from "./schema";

export const DEFAULT_CONTENT_DIR = path.resolve(process.cwd(), "content");

async function listDirs(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

/** Each schema problem where it is (file, item, field) and in plain words; `value` is what was parsed. */
function zodIssues(error: z.ZodError, file: string, value: unknown, item?: string): ContentIssue[] {
  return error.issues.map((i) => ({
    file,
    item,
    field: i.path.join(".") || undefined,
    message: plainIssue(i, value),
  }));
}

/** Parses a YAML list item by item so each error names its item. */
function parseList<T>(
  value: unknown,
  schema: z.ZodType<T>,
  file: string,
  issues: ContentIssue[],
): T[] {
  if (value == null) return [];
  if (!Array.isArray(value)) {
    issues.push({ file, message: "must be a YAML list of items (each starting with `- id: ...`)" });
    return [];
  }
  const out: T[] = [];
  value.forEach((raw, index) => {
    const id =
      typeof raw === "object" && raw && "id" in raw
        ? String((raw as { id: unknown }).id)
        : `#${index + 1}`;
    const result = schema.safeParse(raw);
    if (result.success) out.push(result.data);
    else issues.push(...zodIssues(result.error, file, raw, id));
  });
  return out;
}

async function loadExamples(
  courseDir: string,
  rel: (p: string) => string,
  issues: ContentIssue[],
  claim: Claim,
) {
  const examples: CourseContent["examples"] = [];
  for (const id of await listDirs(path.join(courseDir, "examples"))) {
    claim("example", id, rel(path.join(courseDir, "examples", id)));
    const dir = path.join(courseDir, "examples", id);
    const file = rel(path.join(dir, "scenario.yaml"));
    const parsed = await readYaml(path.join(dir, "scenario.yaml"), file);
    if (!parsed.ok) {
      issues.push({ ...parsed.issue, item: id });
      continue;
    }
    const scenario = scenarioSchema.safeParse(parsed.value);
    if (!scenario.success) {
      issues.push(...zodIssues(scenario.error, file, parsed.value, id));
      continue;
    }
    const files: Record<string, string> = {};
    for (const name of (await readdir(dir)).filter((n) => n.endsWith(".py")).sort()) {
      files[name] = await readFile(path.join(dir, name), "utf8");
    }
    scenario.data.processes.forEach((p, i) => {
      if (!(p.run in files))
        issues.push({
          file,
          item: id,
          field: `processes.${i}.run`,
          message: `${p.run} is not a .py file in ${rel(dir)}`,
        });
    });
    examples.push({ id, title: scenario.data.title, files, scenario: scenario.data });
  }
  return examples;
}

type Claim = (kind: string, id: string, file: string) => void;

async function loadCourse(
  courseDir: string,
  rel: (p: string) => string,
  issues: ContentIssue[],
  claim: Claim,
): Promise<CourseContent | null> {
  const courseFile = rel(path.join(courseDir, "course.yaml"));
  const parsed = await readYaml(path.join(courseDir, "course.yaml"), courseFile);
  if (!parsed.ok) {
    issues.push(parsed.issue);
    return null;
  }
  const course = courseFileSchema.safeParse(parsed.value);
  if (!course.success) {
    issues.push(...zodIssues(course.error, courseFile, parsed.value));
    return null;
  }
  claim("course", course.data.slug, courseFile);
  // Example folder names count as known ids even when a scenario is invalid, so one bad scenario
  // doesn't also report every item that links to it.
  const exampleIds = new Set(await listDirs(path.join(courseDir, "examples")));
  const examples = await loadExamples(courseDir, rel, issues, claim);

  const lessons: CourseContent["lessons"] = [];
  for (const folder of await listDirs(path.join(courseDir, "lessons"))) {
    const dir = path.join(courseDir, "lessons", folder);
    const lessonFile = rel(path.join(dir, "lesson.md"));
    const md = await readMarkdown(path.join(dir, "lesson.md"), lessonFile);
    if (!md.ok) {
      issues.push(md.issue);
      continue;
    }
    const front = lessonFrontMatterSchema.safeParse(md.data);
    if (!front.success) {
      issues.push(...zodIssues(front.error, lessonFile, md.data));
      continue;
    }
    const lists = await Promise.all(
      (["questions.yaml", "flashcards.yaml"] as const).map(async (name) => {
        const p = path.join(dir, name);
        if (!(await exists(p))) return { file: rel(p), value: [] as unknown };
        const y = await readYaml(p, rel(p));
        if (!y.ok) {
          issues.push(y.issue);
          return { file: rel(p), value: [] as unknown };
        }
        return { file: rel(p), value: y.value };
      }),
    );
    lessons.push({
      ...front.data,
      body: md.body,
      questions: parseList(lists[0]!.value, questionSchema, lists[0]!.file, issues),
      flashcards: parseList(lists[1]!.value, flashcardSchema, lists[1]!.file, issues),
    });
    const lesson = lessons.at(-1)!;
    claim("lesson", lesson.slug, lessonFile);
    checkItems(lesson, [lists[0]!.file, lists[1]!.file], exampleIds, issues, claim);
    checkSectionChat(lesson.body, lessonFile, issues);
  }
  return { ...course.data, lessons, examples };
}

/** Per item: a unique id, a section anchor that exists, examples that exist. */
function checkItems(
  lesson: CourseContent["lessons"][number],
  files: [string, string],
  exampleIds: Set<string>,
  issues: ContentIssue[],
  claim: Claim,
) {
  const anchors = new Set(lessonSections(lesson.body).map((s) => s.anchor));
  const groups = [
    ["question", files[0], lesson.questions],
    ["flashcard", files[1], lesson.flashcards],
  ] as const;
  for (const [kind, file, items] of groups) {
    for (const item of items) {
      claim(kind, item.id, file);
      if (item.section && !anchors.has(item.section)) {
        issues.push({
          file,
          item: item.id,
          field: "section",
          message: `no heading with anchor "${item.section}" in lesson "${lesson.slug}"`,
        });
      }
      item.examples.forEach((ex, i) => {
        if (!exampleIds.has(ex))
          issues.push({
            file,
            item: item.id,
            field: `examples.${i}`,
            message: `unknown example id "${ex}" (known: ${[...exampleIds].join(", ") || "none"})`,
          });
      });
    }
  }
}

/** Each `<!-- chat … -->` block of a lesson is valid YAML of `sectionChatSchema`, named by its section. */
function checkSectionChat(body: string, file: string, issues: ContentIssue[]) {
  const sections = lessonSections(body);
  for (const block of sectionChatBlocks(body)) {
    if (!block.error) continue;
    const section = sections.filter((s) => s.source.start < block.start).at(-1);
    issues.push({ file, item: section?.anchor, field: "chat", message: block.error });
  }
}

/** Loads every course under `root`/courses; throws ContentError listing all problems. */
export async function loadContent(root: string = DEFAULT_CONTENT_DIR): Promise<CourseContent[]> {
  const issues: ContentIssue[] = [];
  const base = path.dirname(root);
  const rel = (p: string) => path.relative(base, p);
  const courses: CourseContent[] = [];
  const seen = new Map<string, string>();
  const claim: Claim = (kind, id, file) => {
    const first = seen.get(`${kind}:${id}`);
    if (first)
      issues.push({
        file,
        item: id,
        field: "id",
        message: `duplicate ${kind} id (first used in ${first})`,
      });
    else seen.set(`${kind}:${id}`, file);
  };
  const courseDirs = await listDirs(path.join(root, "courses"));
  if (courseDirs.length === 0)
    issues.push({ file: rel(path.join(root, "courses")), message: "no course folders found" });
  for (const dir of courseDirs) {
    const course = await loadCourse(path.join(root, "courses", dir), rel, issues, claim);
    if (course) courses.push(course);
  }
  if (issues.length > 0) throw new ContentError(issues);
  return courses;
}
