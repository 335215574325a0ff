"use client";

import { useActionState } from "react";
import { idle } from "@/lib/actions/result";
import { Button } from "@/components/forms/button";
import { signOutAction } from "../actions";

export function SignOutButton({ className }: { className?: string }) {
  const [, formAction, pending] = useActionState(signOutAction, idle);
  return (
    <form action={formAction}>
      <Button variant="link" pending={pending} className={className}>
        Sign out
      </Button>
    </form>
  );
}
