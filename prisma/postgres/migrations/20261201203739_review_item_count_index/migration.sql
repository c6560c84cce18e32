-- DropIndex
DROP INDEX "ReviewItem_userId_state_due_idx";

-- CreateIndex
CREATE INDEX "ReviewItem_userId_state_due_live_suspendedAt_buriedUntil_idx" ON "ReviewItem"("userId", "state", "due", "live", "suspendedAt", "buriedUntil");

