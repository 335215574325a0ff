"use client";

import { Button } from "@/components/forms/button";

// Unexpected errors: a plain apology and a reference, never a stack trace. The reference
// (Next's digest) is what the server logged, so support can find the entry.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1 className="mb-6 text-4xl font-bold">Sorry, there is a problem with the service</h1>
      <div className="max-w-3xl space-y-4">
        <p>Try again later. Nothing you submitted just now was saved unless the page said so.</p>
        {error.digest ? <p>If you contact support, quote reference {error.digest}.</p> : null}
        <Button type="button" variant="link" onClick={reset}>
          Try again
        </Button>
      </div>
    </>
  );
}
