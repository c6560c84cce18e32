/**
 * The Anki imports for signed-in users (the routes): instructors import packages into courses,
 * learners their own collection into their account. The work is in ./service.ts.
 */
import "server-only";
import { requireUser } from "../../../auth/session";
import { db } from "../../../db";
import type { AnkiImportRequest } from "./instructor";
import {
  importCollection,
  importPackage,
  previewCollection,
  previewPackage,
  type AnkiPreview,
  type AnkiRun,
  type LearnerPreview,
  type LearnerRun,
} from "./service";

export type { AnkiPreview, AnkiRun, LearnerPreview, LearnerRun };

export async function previewAnkiPackage(
  bytes: Uint8Array,
  request: AnkiImportRequest,
): Promise<AnkiPreview> {
  await requireUser(["INSTRUCTOR", "ADMIN"]);
  return previewPackage(db, bytes, request);
}

export async function importAnkiPackage(
  bytes: Uint8Array,
  request: AnkiImportRequest,
  previewHash: string,
): Promise<AnkiRun> {
  const user = await requireUser(["INSTRUCTOR", "ADMIN"]);
  return importPackage(db, bytes, request, previewHash, user.id);
}

export async function previewLearnerCollection(bytes: Uint8Array): Promise<LearnerPreview> {
  const user = await requireUser();
  return previewCollection(db, bytes, user.id);
}

export async function importLearnerCollection(
  bytes: Uint8Array,
  previewHash: string,
): Promise<LearnerRun> {
  const user = await requireUser();
  return importCollection(db, bytes, previewHash, user.id);
}
