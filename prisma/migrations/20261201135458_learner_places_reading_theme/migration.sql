-- AlterTable
ALTER TABLE "User" ADD COLUMN "theme" TEXT;

-- CreateTable
CREATE TABLE "LearnerPlace" (
    "userId" TEXT NOT NULL,
    "courseSlug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "lessonSlug" TEXT NOT NULL,
    "section" TEXT,
    "visitedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "courseSlug"),
    CONSTRAINT "LearnerPlace_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SectionRead" (
    "userId" TEXT NOT NULL,
    "lessonSlug" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "readAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "lessonSlug", "section"),
    CONSTRAINT "SectionRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

