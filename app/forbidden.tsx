import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">You don’t have access to this page</h1>
      <p className="text-slate-700">
        Your account’s role does not allow it. Ask an admin if you need instructor access.
      </p>
      <Link href="/" className="text-brand-700 underline">
        Back to the courses
      </Link>
    </div>
  );
}
