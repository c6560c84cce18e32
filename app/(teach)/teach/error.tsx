"use client";

import { FailureLink, FailureMessage } from "@/components/failure-message";
import { RetryButton } from "@/components/retry-button";

export default function TeachError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert">
      <FailureMessage
        title="This editor could not be shown"
        actions={
          <>
            <RetryButton onRetry={reset} />
            <FailureLink href="/teach">Back to Teach</FailureLink>
          </>
        }
      >
        Something went wrong while loading it. Every saved version is kept; nothing was lost.
      </FailureMessage>
    </div>
  );
}
