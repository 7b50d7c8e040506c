import Link from "next/link";

/** A signed-in user whose role may not see the page (403). */
export default function Forbidden() {
  return (
    <div className="grid gap-3">
      <h1 className="text-2xl font-bold">Not allowed</h1>
      <p>Your role does not allow this page.</p>
      <p>
        <Link href="/log" className="font-semibold text-blue-800 underline underline-offset-4">
          Back to the screening log
        </Link>
      </p>
    </div>
  );
}
