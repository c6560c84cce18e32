/**
 * Hostile YAML from an instructor (an alias bomb, nesting thousands deep) in every place that parses
 * YAML a person wrote: the example editor's Run and Save, the content loader, a scenario folder.
 * Each answers with a message; nothing throws, nothing is written.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { readMarkdown, readYaml } from "../../lib/content/files";
import { loadScenarioFolder } from "../../lib/sandbox/scenario";
import { parseUserYaml } from "../../lib/yaml";
import { testPrisma } from "../helpers/db";
import { everything, makeUsers, seedFixtureCourse, signIn } from "./helpers";
import { session } from "../helpers/session";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const prisma = await testPrisma();
const { runDraftAction, saveItemAction } = await import("../../app/(teach)/teach/actions");
await seedFixtureCourse(prisma);
const users = await makeUsers(prisma, "yaml");

// Nine levels of nine aliases: 9^9 strings if expanded ("billion laughs").
const levels = "abcdefghi".split("");
const bomb = [
  `title: t\nprocesses: [{ name: a, run: a.py }]\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`,
  ...levels.slice(1).map((l, i) => `${l}: &${l} [${Array(9).fill(`*${levels[i]}`).join(",")}]`),
].join("\n");
const deep = `title: t\nprocesses: [{ name: a, run: a.py }]\nx: ${"[".repeat(20_000)}${"]".repeat(20_000)}`;
const deepBlock = `title: t\nx:\n${"- ".repeat(20_000)}1`;
const files = { "a.py": "print(1)" };

describe("YAML a person wrote", () => {
  it("an alias bomb or deep nesting is a message; ordinary aliases and nesting still parse", () => {
    expect(parseUserYaml(bomb)).toEqual({ ok: false, error: expect.stringMatching(/aliases/) });
    for (const text of [deep, deepBlock])
      expect(parseUserYaml(text)).toEqual({ ok: false, error: expect.stringMatching(/nested/) });
    expect(parseUserYaml('a: &x [1, 2]\nb: *x\nc: [[[1]]]\nd: "[[[[" # [[[[')).toEqual({
      ok: true,
      value: { a: [1, 2], b: [1, 2], c: [[[1]]], d: "[[[[" },
    });
    // A long rule of dashes in a block scalar is text, not nesting.
    const rule = "-".repeat(300);
    expect(parseUserYaml(`out: |\n  ${rule}\n  done\n`)).toEqual({
      ok: true,
      value: { out: `${rule}\ndone\n` },
    });
  });

  it("Run in the example editor answers with an error for each, instead of a 500", async () => {
    signIn(session, users.instructor);
    for (const [scenario, message] of [
      [bomb, /too many aliases/],
      [deep, /nested more than/],
      [deepBlock, /nested more than/],
    ] as const)
      expect(await runDraftAction({ files, scenario })).toEqual({
        ok: false,
        error: expect.stringMatching(message),
      });
  });

  it("Save in the example editor answers with a field error on scenario and writes nothing", async () => {
    signIn(session, users.instructor);
    const before = await everything(prisma);
    for (const scenario of [bomb, deep]) {
      const result = await saveItemAction("example", {
        id: "fx-echo",
        version: 1,
        content: { id: "fx-echo", files, scenario },
      });
      expect(result).toMatchObject({
        ok: false,
        fieldErrors: {
          scenario: [expect.stringMatching(/not valid YAML: (too many aliases|nested)/)],
        },
      });
    }
    expect(await everything(prisma)).toBe(before);
  });

  it("content files and scenario folders on disk report the file instead of throwing", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "recall-yaml-"));
    writeFileSync(path.join(dir, "scenario.yaml"), bomb);
    writeFileSync(path.join(dir, "a.py"), "print(1)\n");
    writeFileSync(path.join(dir, "lesson.md"), `---\n${bomb}\n---\n## Body\n`);
    expect(await readYaml(path.join(dir, "scenario.yaml"), "scenario.yaml")).toEqual({
      ok: false,
      issue: { file: "scenario.yaml", message: expect.stringMatching(/too many aliases/) },
    });
    expect(await readMarkdown(path.join(dir, "lesson.md"), "lesson.md")).toEqual({
      ok: false,
      issue: { file: "lesson.md", message: expect.stringMatching(/too many aliases/) },
    });
    await expect(loadScenarioFolder(dir)).rejects.toMatchObject({
      name: "ScenarioInputError",
      message: expect.stringMatching(/too many aliases/),
    });
  });
});
