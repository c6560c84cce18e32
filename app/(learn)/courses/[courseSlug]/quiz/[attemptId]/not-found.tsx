import { BackLink } from "@/components/back-link";
import { FailureMessage } from "@/components/failure-message";

export default function AttemptNotFound() {
  return (
    <FailureMessage
      title="No such quiz attempt"
      actions={<BackLink to="parent">Start a new quiz</BackLink>}
    >
      This attempt doesn&apos;t exist, or it belongs to another account.
    </FailureMessage>
  );
}
