-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ReviewItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "flashcardId" TEXT,
    "questionId" TEXT,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL DEFAULT 0,
    "difficulty" REAL NOT NULL DEFAULT 0,
    "elapsedDays" INTEGER NOT NULL DEFAULT 0,
    "scheduledDays" INTEGER NOT NULL DEFAULT 0,
    "learningSteps" INTEGER NOT NULL DEFAULT 0,
    "reps" INTEGER NOT NULL DEFAULT 0,
    "lapses" INTEGER NOT NULL DEFAULT 0,
    "state" INTEGER NOT NULL DEFAULT 0,
    "lastReview" DATETIME,
    "suspendedAt" DATETIME,
    "buriedUntil" DATETIME,
    "leech" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "live" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "ReviewItem_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewItem_flashcardId_fkey" FOREIGN KEY ("flashcardId") REFERENCES "Flashcard" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReviewItem_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ReviewItem" ("buriedUntil", "createdAt", "difficulty", "due", "elapsedDays", "flashcardId", "id", "lapses", "lastReview", "learningSteps", "leech", "questionId", "reps", "scheduledDays", "stability", "state", "suspendedAt", "updatedAt", "userId") SELECT "buriedUntil", "createdAt", "difficulty", "due", "elapsedDays", "flashcardId", "id", "lapses", "lastReview", "learningSteps", "leech", "questionId", "reps", "scheduledDays", "stability", "state", "suspendedAt", "updatedAt", "userId" FROM "ReviewItem";
DROP TABLE "ReviewItem";
ALTER TABLE "new_ReviewItem" RENAME TO "ReviewItem";
CREATE INDEX "ReviewItem_userId_due_idx" ON "ReviewItem"("userId", "due");
CREATE INDEX "ReviewItem_userId_state_due_idx" ON "ReviewItem"("userId", "state", "due");
CREATE INDEX "ReviewItem_flashcardId_idx" ON "ReviewItem"("flashcardId");
CREATE INDEX "ReviewItem_questionId_idx" ON "ReviewItem"("questionId");
CREATE UNIQUE INDEX "ReviewItem_userId_flashcardId_key" ON "ReviewItem"("userId", "flashcardId");
CREATE UNIQUE INDEX "ReviewItem_userId_questionId_key" ON "ReviewItem"("userId", "questionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- ReviewItem.live: the item's flashcard or question, its lesson and its course are all published and
-- not archived (what lib/srs/sql.ts itemIsLive checks per row), kept by the triggers below inside
-- the same transaction as any change to that content, whoever writes it (authoring, seed, import).
-- The queue's counts read the flag instead of three lookups per due card (decision 0004).
UPDATE "ReviewItem" SET "live" = (EXISTS (SELECT 1 FROM "Flashcard" x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
      WHERE x."id" = "ReviewItem"."flashcardId" AND x."status" = 'published' AND x."archivedAt" IS NULL AND l."status" = 'published' AND l."archivedAt" IS NULL AND c."status" = 'published' AND c."archivedAt" IS NULL)
    OR EXISTS (SELECT 1 FROM "Question" x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
      WHERE x."id" = "ReviewItem"."questionId" AND x."status" = 'published' AND x."archivedAt" IS NULL AND l."status" = 'published' AND l."archivedAt" IS NULL AND c."status" = 'published' AND c."archivedAt" IS NULL));

CREATE TRIGGER "ReviewItem_live_insert" AFTER INSERT ON "ReviewItem"
BEGIN
  UPDATE "ReviewItem" SET "live" = (EXISTS (SELECT 1 FROM "Flashcard" x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
      WHERE x."id" = "ReviewItem"."flashcardId" AND x."status" = 'published' AND x."archivedAt" IS NULL AND l."status" = 'published' AND l."archivedAt" IS NULL AND c."status" = 'published' AND c."archivedAt" IS NULL)
    OR EXISTS (SELECT 1 FROM "Question" x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
      WHERE x."id" = "ReviewItem"."questionId" AND x."status" = 'published' AND x."archivedAt" IS NULL AND l."status" = 'published' AND l."archivedAt" IS NULL AND c."status" = 'published' AND c."archivedAt" IS NULL)) WHERE "id" = NEW."id";
END;

CREATE TRIGGER "ReviewItem_live_content" AFTER UPDATE OF "flashcardId", "questionId" ON "ReviewItem"
WHEN OLD."flashcardId" IS NOT NEW."flashcardId" OR OLD."questionId" IS NOT NEW."questionId"
BEGIN
  UPDATE "ReviewItem" SET "live" = (EXISTS (SELECT 1 FROM "Flashcard" x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
      WHERE x."id" = "ReviewItem"."flashcardId" AND x."status" = 'published' AND x."archivedAt" IS NULL AND l."status" = 'published' AND l."archivedAt" IS NULL AND c."status" = 'published' AND c."archivedAt" IS NULL)
    OR EXISTS (SELECT 1 FROM "Question" x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
      WHERE x."id" = "ReviewItem"."questionId" AND x."status" = 'published' AND x."archivedAt" IS NULL AND l."status" = 'published' AND l."archivedAt" IS NULL AND c."status" = 'published' AND c."archivedAt" IS NULL)) WHERE "id" = NEW."id";
END;

CREATE TRIGGER "Flashcard_live" AFTER UPDATE OF "status", "archivedAt", "lessonId" ON "Flashcard"
WHEN OLD."status" IS NOT NEW."status" OR OLD."archivedAt" IS NOT NEW."archivedAt" OR OLD."lessonId" IS NOT NEW."lessonId"
BEGIN
  UPDATE "ReviewItem" SET "live" = (EXISTS (SELECT 1 FROM "Flashcard" x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
      WHERE x."id" = "ReviewItem"."flashcardId" AND x."status" = 'published' AND x."archivedAt" IS NULL AND l."status" = 'published' AND l."archivedAt" IS NULL AND c."status" = 'published' AND c."archivedAt" IS NULL)
    OR EXISTS (SELECT 1 FROM "Question" x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
      WHERE x."id" = "ReviewItem"."questionId" AND x."status" = 'published' AND x."archivedAt" IS NULL AND l."status" = 'published' AND l."archivedAt" IS NULL AND c."status" = 'published' AND c."archivedAt" IS NULL)) WHERE "flashcardId" = NEW."id";
END;

CREATE TRIGGER "Question_live" AFTER UPDATE OF "status", "archivedAt", "lessonId" ON "Question"
WHEN OLD."status" IS NOT NEW."status" OR OLD."archivedAt" IS NOT NEW."archivedAt" OR OLD."lessonId" IS NOT NEW."lessonId"
BEGIN
  UPDATE "ReviewItem" SET "live" = (EXISTS (SELECT 1 FROM "Flashcard" x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
      WHERE x."id" = "ReviewItem"."flashcardId" AND x."status" = 'published' AND x."archivedAt" IS NULL AND l."status" = 'published' AND l."archivedAt" IS NULL AND c."status" = 'published' AND c."archivedAt" IS NULL)
    OR EXISTS (SELECT 1 FROM "Question" x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
      WHERE x."id" = "ReviewItem"."questionId" AND x."status" = 'published' AND x."archivedAt" IS NULL AND l."status" = 'published' AND l."archivedAt" IS NULL AND c."status" = 'published' AND c."archivedAt" IS NULL)) WHERE "questionId" = NEW."id";
END;

CREATE TRIGGER "Lesson_live" AFTER UPDATE OF "status", "archivedAt", "courseId" ON "Lesson"
WHEN OLD."status" IS NOT NEW."status" OR OLD."archivedAt" IS NOT NEW."archivedAt" OR OLD."courseId" IS NOT NEW."courseId"
BEGIN
  UPDATE "ReviewItem" SET "live" = (EXISTS (SELECT 1 FROM "Flashcard" x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
      WHERE x."id" = "ReviewItem"."flashcardId" AND x."status" = 'published' AND x."archivedAt" IS NULL AND l."status" = 'published' AND l."archivedAt" IS NULL AND c."status" = 'published' AND c."archivedAt" IS NULL)
    OR EXISTS (SELECT 1 FROM "Question" x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
      WHERE x."id" = "ReviewItem"."questionId" AND x."status" = 'published' AND x."archivedAt" IS NULL AND l."status" = 'published' AND l."archivedAt" IS NULL AND c."status" = 'published' AND c."archivedAt" IS NULL)) WHERE "flashcardId" IN (SELECT f."id" FROM "Flashcard" f WHERE f."lessonId" = NEW."id");
  UPDATE "ReviewItem" SET "live" = (EXISTS (SELECT 1 FROM "Flashcard" x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
      WHERE x."id" = "ReviewItem"."flashcardId" AND x."status" = 'published' AND x."archivedAt" IS NULL AND l."status" = 'published' AND l."archivedAt" IS NULL AND c."status" = 'published' AND c."archivedAt" IS NULL)
    OR EXISTS (SELECT 1 FROM "Question" x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
      WHERE x."id" = "ReviewItem"."questionId" AND x."status" = 'published' AND x."archivedAt" IS NULL AND l."status" = 'published' AND l."archivedAt" IS NULL AND c."status" = 'published' AND c."archivedAt" IS NULL)) WHERE "questionId" IN (SELECT q."id" FROM "Question" q WHERE q."lessonId" = NEW."id");
END;

CREATE TRIGGER "Course_live" AFTER UPDATE OF "status", "archivedAt" ON "Course"
WHEN OLD."status" IS NOT NEW."status" OR OLD."archivedAt" IS NOT NEW."archivedAt"
BEGIN
  UPDATE "ReviewItem" SET "live" = (EXISTS (SELECT 1 FROM "Flashcard" x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
      WHERE x."id" = "ReviewItem"."flashcardId" AND x."status" = 'published' AND x."archivedAt" IS NULL AND l."status" = 'published' AND l."archivedAt" IS NULL AND c."status" = 'published' AND c."archivedAt" IS NULL)
    OR EXISTS (SELECT 1 FROM "Question" x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
      WHERE x."id" = "ReviewItem"."questionId" AND x."status" = 'published' AND x."archivedAt" IS NULL AND l."status" = 'published' AND l."archivedAt" IS NULL AND c."status" = 'published' AND c."archivedAt" IS NULL)) WHERE "flashcardId" IN (SELECT f."id" FROM "Flashcard" f JOIN "Lesson" l ON l."id" = f."lessonId" WHERE l."courseId" = NEW."id");
  UPDATE "ReviewItem" SET "live" = (EXISTS (SELECT 1 FROM "Flashcard" x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
      WHERE x."id" = "ReviewItem"."flashcardId" AND x."status" = 'published' AND x."archivedAt" IS NULL AND l."status" = 'published' AND l."archivedAt" IS NULL AND c."status" = 'published' AND c."archivedAt" IS NULL)
    OR EXISTS (SELECT 1 FROM "Question" x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
      WHERE x."id" = "ReviewItem"."questionId" AND x."status" = 'published' AND x."archivedAt" IS NULL AND l."status" = 'published' AND l."archivedAt" IS NULL AND c."status" = 'published' AND c."archivedAt" IS NULL)) WHERE "questionId" IN (SELECT q."id" FROM "Question" q JOIN "Lesson" l ON l."id" = q."lessonId" WHERE l."courseId" = NEW."id");
END;
