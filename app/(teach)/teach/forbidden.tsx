import { FailureLink, FailureMessage } from "@/components/failure-message";

export default function TeachForbidden() {
  return (
    <FailureMessage
      title="You don't have access to this page"
      actions={<FailureLink href="/">Back to the courses</FailureLink>}
    >
      The instructor area is for instructors and admins, and managing users is for admins only. Ask
      an admin if you need access.
    </FailureMessage>
  );
}
