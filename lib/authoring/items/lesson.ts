import { lessonContentSchema } from "../../validations/authoring";
import { lessonSnapshot } from "../snapshot";
import { bumpVersion } from "./rows";
import { parseWith, type FieldErrors, type ItemAdapter, itemState } from "./types";

type LessonSnapshot = ReturnType<typeof lessonSnapshot>;

const toRow = (s: LessonSnapshot) => ({
  slug: s.slug,
  title: s.title,
  summary: s.summary,
  sources: s.sources.join(","),
  body: s.body,
});

export const lessonItem: ItemAdapter<LessonSnapshot> = {
  type: "lesson",
  parse: (content) => parseWith(lessonContentSchema, content, lessonSnapshot),
  parseSnapshot: (snapshot) => parseWith(lessonContentSchema, snapshot, lessonSnapshot),
  async read(tx, id) {
    const row = await tx.lesson.findUnique({ where: { id } });
    if (!row) return null;
    const snapshot = lessonSnapshot({ ...row, sources: row.sources ? row.sources.split(",") : [] });
    return itemState(row, row.courseId, snapshot);
  },
  async checkRefs(tx, _parentId, snapshot, id): Promise<FieldErrors> {
    const clash = await tx.lesson.findUnique({
      where: { slug: snapshot.slug },
      select: { id: true },
    });
    return clash && clash.id !== id ? { slug: ["another lesson already uses this slug"] } : {};
  },
  async create(tx, courseId, snapshot, position) {
    return (
      await tx.lesson.create({ data: { ...toRow(snapshot), courseId, position, status: "draft" } })
    ).id;
  },
  async update(tx, id, expected, snapshot) {
    if (!(await bumpVersion(tx, "lesson", id, expected))) return false;
    await tx.lesson.update({ where: { id }, data: toRow(snapshot) });
    return true;
  },
};
