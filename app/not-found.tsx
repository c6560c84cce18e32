import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="text-slate-700">That page doesn’t exist, or it was archived.</p>
      <Link href="/" className="text-brand-700 underline">
        Back to the courses
      </Link>
    </div>
  );
}
