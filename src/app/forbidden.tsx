import Link from "next/link";

/**
 * The 403 page. It replaces the refused page, whose own title would otherwise stay and tell the
 * user they are on a page they cannot see, so it sets its own (React puts <title> in the head).
 */
export default function Forbidden() {
  return (
    <>
      <title>You do not have permission to see this page – Care Act assessment readiness</title>
      <h1 className="mb-6 text-4xl font-bold">You do not have permission to see this page</h1>
      <div className="max-w-3xl space-y-4">
        <p>
          Your role in this workspace does not include this page. If you need it, ask your administrator to change your
          role.
        </p>
        <p>
          <Link href="/" className="underline">
            Go to the home page
          </Link>
        </p>
      </div>
    </>
  );
}
