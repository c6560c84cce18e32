-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN "retryOfId" TEXT;

