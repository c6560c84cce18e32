-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_StudySettings" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "desiredRetention" REAL NOT NULL DEFAULT 0.9,
    "newPerDay" INTEGER NOT NULL DEFAULT 20,
    "maxReviewsPerDay" INTEGER NOT NULL DEFAULT 200,
    "learningSteps" TEXT NOT NULL DEFAULT '1m,10m',
    "relearningSteps" TEXT NOT NULL DEFAULT '10m',
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "dayStartHour" INTEGER NOT NULL DEFAULT 4,
    "buryRelated" BOOLEAN NOT NULL DEFAULT true,
    "leechThreshold" INTEGER NOT NULL DEFAULT 8,
    "leechAction" TEXT NOT NULL DEFAULT 'suspend',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "StudySettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_StudySettings" ("dayStartHour", "desiredRetention", "learningSteps", "maxReviewsPerDay", "newPerDay", "relearningSteps", "timeZone", "updatedAt", "userId") SELECT "dayStartHour", "desiredRetention", "learningSteps", "maxReviewsPerDay", "newPerDay", "relearningSteps", "timeZone", "updatedAt", "userId" FROM "StudySettings";
DROP TABLE "StudySettings";
ALTER TABLE "new_StudySettings" RENAME TO "StudySettings";
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
    CONSTRAINT "ReviewItem_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewItem_flashcardId_fkey" FOREIGN KEY ("flashcardId") REFERENCES "Flashcard" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReviewItem_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ReviewItem" ("createdAt", "difficulty", "due", "elapsedDays", "flashcardId", "id", "lapses", "lastReview", "learningSteps", "questionId", "reps", "scheduledDays", "stability", "state", "updatedAt", "userId") SELECT "createdAt", "difficulty", "due", "elapsedDays", "flashcardId", "id", "lapses", "lastReview", "learningSteps", "questionId", "reps", "scheduledDays", "stability", "state", "updatedAt", "userId" FROM "ReviewItem";
DROP TABLE "ReviewItem";
ALTER TABLE "new_ReviewItem" RENAME TO "ReviewItem";
CREATE INDEX "ReviewItem_userId_due_idx" ON "ReviewItem"("userId", "due");
CREATE INDEX "ReviewItem_userId_state_due_idx" ON "ReviewItem"("userId", "state", "due");
CREATE UNIQUE INDEX "ReviewItem_userId_flashcardId_key" ON "ReviewItem"("userId", "flashcardId");
CREATE UNIQUE INDEX "ReviewItem_userId_questionId_key" ON "ReviewItem"("userId", "questionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

