/** Finds an example's folder by id: content/courses/<course>/examples/<id>. */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

export const CONTENT_DIR = path.join(process.cwd(), "content", "courses");

/** The folder of example `id` in any course, or null when no course has it. */
export async function findExampleFolder(
  id: string,
  contentDir = CONTENT_DIR,
): Promise<string | null> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return null;
  for (const course of await readdir(contentDir).catch(() => [])) {
    const folder = path.join(contentDir, course, "examples", id);
    if (await isDir(folder)) return folder;
  }
  return null;
}

/** Every example folder in the content tree. */
export async function listExampleFolders(contentDir = CONTENT_DIR): Promise<string[]> {
  const folders: string[] = [];
  for (const course of await readdir(contentDir).catch(() => [])) {
    const examples = path.join(contentDir, course, "examples");
    for (const id of await readdir(examples).catch(() => [])) {
      if (await isDir(path.join(examples, id))) folders.push(path.join(examples, id));
    }
  }
  return folders.sort();
}

async function isDir(p: string): Promise<boolean> {
  return (await stat(p).catch(() => null))?.isDirectory() ?? false;
}
