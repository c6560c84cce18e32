"use client";

import { BackLink } from "@/components/back-link";
import { FailureMessage } from "@/components/failure-message";
import { RetryButton } from "@/components/retry-button";

export default function LessonError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert">
      <FailureMessage
        title="This lesson could not be shown"
        actions={
          <>
            <RetryButton onRetry={reset} />
            <BackLink to="course">Back to the course</BackLink>
          </>
        }
      >
        Something went wrong while showing it. Your answers and reviews so far are saved.
      </FailureMessage>
    </div>
  );
}
