-- CreateTable
CREATE TABLE "LearnerParameters" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "weights" TEXT,
    "reviewCount" INTEGER NOT NULL DEFAULT 0,
    "itemCount" INTEGER NOT NULL DEFAULT 0,
    "fittedAt" DATETIME,
    "logLossBefore" REAL,
    "rmseBefore" REAL,
    "logLossAfter" REAL,
    "rmseAfter" REAL,
    "status" TEXT NOT NULL DEFAULT 'idle',
    "message" TEXT NOT NULL DEFAULT '',
    "startedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "LearnerParameters_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CourseParameters" (
    "courseId" TEXT NOT NULL PRIMARY KEY,
    "weights" TEXT,
    "reviewCount" INTEGER NOT NULL DEFAULT 0,
    "itemCount" INTEGER NOT NULL DEFAULT 0,
    "learnerCount" INTEGER NOT NULL DEFAULT 0,
    "fittedAt" DATETIME,
    "logLossBefore" REAL,
    "rmseBefore" REAL,
    "logLossAfter" REAL,
    "rmseAfter" REAL,
    "status" TEXT NOT NULL DEFAULT 'idle',
    "message" TEXT NOT NULL DEFAULT '',
    "startedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CourseParameters_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

