import { courseFileSchema } from "../../content/schema";
import { courseSnapshot } from "../snapshot";
import { bumpVersion } from "./rows";
import { parseWith, type FieldErrors, type ItemAdapter, itemState } from "./types";

type CourseSnapshot = ReturnType<typeof courseSnapshot>;

export const courseItem: ItemAdapter<CourseSnapshot> = {
  type: "course",
  parse: (content) => parseWith(courseFileSchema, content, courseSnapshot),
  parseSnapshot: (snapshot) => parseWith(courseFileSchema, snapshot, courseSnapshot),
  async read(tx, id) {
    const row = await tx.course.findUnique({ where: { id } });
    return row && itemState(row, null, courseSnapshot(row));
  },
  async checkRefs(tx, _parentId, snapshot, id): Promise<FieldErrors> {
    const clash = await tx.course.findUnique({
      where: { slug: snapshot.slug },
      select: { id: true },
    });
    return clash && clash.id !== id ? { slug: ["another course already uses this slug"] } : {};
  },
  async create(tx, _parentId, snapshot, position) {
    return (await tx.course.create({ data: { ...snapshot, position, status: "draft" } })).id;
  },
  async update(tx, id, expected, snapshot) {
    if (!(await bumpVersion(tx, "course", id, expected))) return false;
    await tx.course.update({ where: { id }, data: snapshot });
    return true;
  },
};
