-- CreateTable
CREATE TABLE "AnkiCardSource" (
    "itemId" TEXT NOT NULL PRIMARY KEY,
    "guid" TEXT NOT NULL,
    "ord" INTEGER NOT NULL,
    "tags" TEXT NOT NULL DEFAULT '',
    "deck" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "AnkiCardSource_guid_idx" ON "AnkiCardSource"("guid");

