-- CreateTable
CREATE TABLE "PodcastAudio" (
    "lessonSlug" TEXT NOT NULL PRIMARY KEY,
    "version" TEXT NOT NULL,
    "data" BLOB NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

