import Link from "next/link";

export default function Forbidden() {
  return (
    <>
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
