import { exampleFormSchema, exampleSnapshotSchema } from "../../validations/authoring";
import { exampleSnapshot } from "../snapshot";
import { checkNewId } from "./links";
import { bumpVersion } from "./rows";
import { parseWith, type ItemAdapter, itemState } from "./types";
import type { Tx } from "../../db";

type ExampleSnapshot = ReturnType<typeof exampleSnapshot>;

const build = (e: {
  id: string;
  files: Record<string, string>;
  scenario: ExampleSnapshot["scenario"];
}) => exampleSnapshot({ ...e, title: e.scenario.title });

async function writeFiles(tx: Tx, exampleId: string, files: Record<string, string>) {
  await tx.exampleFile.deleteMany({ where: { exampleId } });
  await tx.exampleFile.createMany({
    data: Object.entries(files).map(([name, content]) => ({ exampleId, name, content })),
  });
}

export const exampleItem: ItemAdapter<ExampleSnapshot> = {
  type: "example",
  parse: (content) => parseWith(exampleFormSchema, content, build),
  parseSnapshot: (snapshot) => parseWith(exampleSnapshotSchema, snapshot, build),
  async read(tx, id) {
    const row = await tx.example.findUnique({ where: { id }, include: { files: true } });
    if (!row) return null;
    const snapshot = build({
      id: row.id,
      files: Object.fromEntries(row.files.map((f) => [f.name, f.content])),
      scenario: JSON.parse(row.scenario),
    });
    return itemState(row, row.courseId, snapshot);
  },
  async checkRefs(tx, courseId, snapshot, id) {
    const course = courseId
      ? await tx.course.findUnique({ where: { id: courseId }, select: { id: true } })
      : null;
    return {
      ...(await checkNewId(tx, "example", snapshot.id, id)),
      ...(course ? {} : { form: ["choose a course for this example"] }),
    };
  },
  async create(tx, courseId, snapshot, position) {
    await tx.example.create({
      data: {
        id: snapshot.id,
        courseId,
        position,
        status: "draft",
        title: snapshot.title,
        scenario: JSON.stringify(snapshot.scenario),
      },
    });
    await writeFiles(tx, snapshot.id, snapshot.files);
    return snapshot.id;
  },
  async update(tx, id, expected, snapshot) {
    if (!(await bumpVersion(tx, "example", id, expected))) return false;
    await tx.example.update({
      where: { id },
      data: { title: snapshot.title, scenario: JSON.stringify(snapshot.scenario) },
    });
    await writeFiles(tx, id, snapshot.files);
    return true;
  },
};
