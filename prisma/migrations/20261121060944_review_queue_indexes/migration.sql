-- CreateTable
CREATE TABLE "NewCardCursor" (
    "userId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "lessonPosition" INTEGER NOT NULL,
    "lessonId" TEXT NOT NULL,
    "contentStamp" TEXT NOT NULL,

    PRIMARY KEY ("userId", "courseId"),
    CONSTRAINT "NewCardCursor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Lesson_updatedAt_idx" ON "Lesson"("updatedAt");

-- CreateIndex
CREATE INDEX "Question_updatedAt_idx" ON "Question"("updatedAt");

-- CreateIndex
CREATE INDEX "Flashcard_updatedAt_idx" ON "Flashcard"("updatedAt");

-- CreateIndex
CREATE INDEX "ReviewItem_userId_state_due_idx" ON "ReviewItem"("userId", "state", "due");

