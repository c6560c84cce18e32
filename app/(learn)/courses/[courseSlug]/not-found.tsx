import { FailureLink, FailureMessage } from "@/components/failure-message";

export default function CourseNotFound() {
  return (
    <FailureMessage
      title="No such course"
      actions={<FailureLink href="/">See all courses</FailureLink>}
    >
      There is no published course at this address. It may have been renamed or archived.
    </FailureMessage>
  );
}
