import type { Metadata } from "next";

export const metadata: Metadata = { title: "Accessibility statement" };

export default function AccessibilityPage() {
  return (
    <>
      <h1 className="mb-6 text-4xl font-bold">Accessibility statement</h1>
      <div className="max-w-3xl space-y-4">
        <p>
          This service is built to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, as the Public
          Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 require.
        </p>
        <p>You should be able to:</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>use every page with a keyboard alone, with a visible focus indicator</li>
          <li>zoom to 400% without content being cut off</li>
          <li>use a screen reader: pages have headings, landmarks and labelled form fields</li>
          <li>fill in every form without JavaScript</li>
        </ul>
        <p>Every page is checked automatically with axe-core before each release.</p>
        <h2 className="pt-4 text-2xl font-bold">Reporting a problem</h2>
        <p>
          If something does not work for you, tell your council&apos;s administrator for this service, who can pass it
          on to us.
        </p>
      </div>
    </>
  );
}
