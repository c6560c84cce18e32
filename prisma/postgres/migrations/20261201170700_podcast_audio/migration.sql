-- CreateTable
CREATE TABLE "PodcastAudio" (
    "lessonSlug" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PodcastAudio_pkey" PRIMARY KEY ("lessonSlug")
);

