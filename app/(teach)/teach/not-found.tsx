import { FailureLink, FailureMessage } from "@/components/failure-message";

export default function TeachItemNotFound() {
  return (
    <FailureMessage
      title="No such item"
      actions={<FailureLink href="/teach">Back to Teach</FailureLink>}
    >
      Nothing to edit at this address: the link is wrong, or the item was deleted.
    </FailureMessage>
  );
}
