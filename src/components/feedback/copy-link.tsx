"use client";

import { useState } from "react";
import { Button } from "@/components/forms/button";

/** A link to pass on (an invitation, say): shown in a read-only field with a copy button. */
export function CopyLink({
  link,
  label = "Invitation link",
  id = "invitation-link",
}: {
  link: string;
  label?: string;
  id?: string;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <div>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <input
        id={id}
        readOnly
        value={link}
        className="mt-1 block w-full border-2 border-gray-900 p-2 font-mono text-base"
        onFocus={(event) => event.currentTarget.select()}
      />
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
