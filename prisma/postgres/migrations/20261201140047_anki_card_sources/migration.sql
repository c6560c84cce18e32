-- CreateTable
CREATE TABLE "AnkiCardSource" (
    "itemId" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "ord" INTEGER NOT NULL,
    "tags" TEXT NOT NULL DEFAULT '',
    "deck" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnkiCardSource_pkey" PRIMARY KEY ("itemId")
);

-- CreateIndex
CREATE INDEX "AnkiCardSource_guid_idx" ON "AnkiCardSource"("guid");

