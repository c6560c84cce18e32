-- AlterTable
ALTER TABLE "ReviewItem" ADD COLUMN     "live" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE INDEX "ReviewItem_flashcardId_idx" ON "ReviewItem"("flashcardId");

-- CreateIndex
CREATE INDEX "ReviewItem_questionId_idx" ON "ReviewItem"("questionId");


-- ReviewItem.live: the item's flashcard or question, its lesson and its course are all published and
-- not archived (what lib/srs/sql.ts itemIsLive checks per row), kept by the triggers below inside
-- the same transaction as any change to that content, whoever writes it (authoring, seed, import).
-- The queue's counts read the flag instead of three lookups per due card (decision 0004).
CREATE FUNCTION review_item_is_live(TEXT, TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM "Flashcard" x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
      WHERE x."id" = $1 AND x."status" = 'published' AND x."archivedAt" IS NULL AND l."status" = 'published' AND l."archivedAt" IS NULL AND c."status" = 'published' AND c."archivedAt" IS NULL)
    OR EXISTS (SELECT 1 FROM "Question" x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
      WHERE x."id" = $2 AND x."status" = 'published' AND x."archivedAt" IS NULL AND l."status" = 'published' AND l."archivedAt" IS NULL AND c."status" = 'published' AND c."archivedAt" IS NULL)
$$;

UPDATE "ReviewItem" SET "live" = review_item_is_live("flashcardId", "questionId");

CREATE FUNCTION "ReviewItem_live_row"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."live" := review_item_is_live(NEW."flashcardId", NEW."questionId");
  RETURN NEW;
END $$;
CREATE TRIGGER "ReviewItem_live_insert" BEFORE INSERT ON "ReviewItem"
FOR EACH ROW EXECUTE FUNCTION "ReviewItem_live_row"();
CREATE TRIGGER "ReviewItem_live_content" BEFORE UPDATE OF "flashcardId", "questionId" ON "ReviewItem"
FOR EACH ROW WHEN (OLD."flashcardId" IS DISTINCT FROM NEW."flashcardId" OR OLD."questionId" IS DISTINCT FROM NEW."questionId") EXECUTE FUNCTION "ReviewItem_live_row"();

CREATE FUNCTION "Flashcard_live_items"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ReviewItem" SET "live" = review_item_is_live("flashcardId", "questionId") WHERE "flashcardId" = NEW."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "Flashcard_live" AFTER UPDATE OF "status", "archivedAt", "lessonId" ON "Flashcard"
FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."archivedAt" IS DISTINCT FROM NEW."archivedAt" OR OLD."lessonId" IS DISTINCT FROM NEW."lessonId") EXECUTE FUNCTION "Flashcard_live_items"();

CREATE FUNCTION "Question_live_items"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ReviewItem" SET "live" = review_item_is_live("flashcardId", "questionId") WHERE "questionId" = NEW."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "Question_live" AFTER UPDATE OF "status", "archivedAt", "lessonId" ON "Question"
FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."archivedAt" IS DISTINCT FROM NEW."archivedAt" OR OLD."lessonId" IS DISTINCT FROM NEW."lessonId") EXECUTE FUNCTION "Question_live_items"();

CREATE FUNCTION "Lesson_live_items"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ReviewItem" SET "live" = review_item_is_live("flashcardId", "questionId") WHERE "flashcardId" IN (SELECT f."id" FROM "Flashcard" f WHERE f."lessonId" = NEW."id");
  UPDATE "ReviewItem" SET "live" = review_item_is_live("flashcardId", "questionId") WHERE "questionId" IN (SELECT q."id" FROM "Question" q WHERE q."lessonId" = NEW."id");
  RETURN NULL;
END $$;
CREATE TRIGGER "Lesson_live" AFTER UPDATE OF "status", "archivedAt", "courseId" ON "Lesson"
FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."archivedAt" IS DISTINCT FROM NEW."archivedAt" OR OLD."courseId" IS DISTINCT FROM NEW."courseId") EXECUTE FUNCTION "Lesson_live_items"();

CREATE FUNCTION "Course_live_items"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ReviewItem" SET "live" = review_item_is_live("flashcardId", "questionId") WHERE "flashcardId" IN (SELECT f."id" FROM "Flashcard" f JOIN "Lesson" l ON l."id" = f."lessonId" WHERE l."courseId" = NEW."id");
  UPDATE "ReviewItem" SET "live" = review_item_is_live("flashcardId", "questionId") WHERE "questionId" IN (SELECT q."id" FROM "Question" q JOIN "Lesson" l ON l."id" = q."lessonId" WHERE l."courseId" = NEW."id");
  RETURN NULL;
END $$;
CREATE TRIGGER "Course_live" AFTER UPDATE OF "status", "archivedAt" ON "Course"
FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."archivedAt" IS DISTINCT FROM NEW."archivedAt") EXECUTE FUNCTION "Course_live_items"();
