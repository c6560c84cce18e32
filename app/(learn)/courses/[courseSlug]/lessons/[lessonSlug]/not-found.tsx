import { BackLink } from "@/components/back-link";
import { FailureMessage } from "@/components/failure-message";

export default function LessonNotFound() {
  return (
    <FailureMessage
      title="No such lesson"
      actions={<BackLink to="course">Back to the course&apos;s lessons</BackLink>}
    >
      This lesson doesn&apos;t exist in this course, isn&apos;t published yet, or was archived.
    </FailureMessage>
  );
}
