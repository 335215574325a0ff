"use client";

import { useState } from "react";
import { Button } from "@/components/forms/button";

/** The one-time link an administrator passes on; shown once, copyable. */
export function InvitationLink({ link }: { link: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div>
      <label htmlFor="invitation-link" className="block font-bold">
        Invitation link
      </label>
      <input id="invitation-link" readOnly value={link} className="mt-1 block w-full border-2 border-gray-900 p-2 font-mono text-base" onFocus={(event) => event.currentTarget.select()} />
      <div className="mt-2 flex items-center gap-4">
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(link).then(() => setCopied(true));
          }}
        >
          Copy link
        </Button>
        <p aria-live="polite">{copied ? "Link copied" : ""}</p>
      </div>
    </div>
  );
}
