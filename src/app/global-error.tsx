"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en-GB">
      <body style={{ fontFamily: "Arial, Helvetica, sans-serif", margin: "2rem" }}>
        <main>
          <h1>Sorry, there is a problem with the service</h1>
          <p>Try again later.</p>
          {error.digest ? <p>If you contact support, quote reference {error.digest}.</p> : null}
        </main>
      </body>
    </html>
  );
}
