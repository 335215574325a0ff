import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1 className="mb-6 text-4xl font-bold">Page not found</h1>
      <div className="max-w-3xl space-y-4">
        <p>If you typed the web address, check it is correct.</p>
        <p>
          If you followed a link, the page may have been removed, or it may belong to another council&apos;s workspace.
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
