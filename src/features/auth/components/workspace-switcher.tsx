"use client";

import { useActionState } from "react";
import { idle } from "@/lib/actions/result";
import { Button } from "@/components/forms/button";
import { switchWorkspaceAction } from "../actions";

/** For people who belong to more than one council's workspace. */
export function WorkspaceSwitcher({
  workspaces,
  currentId,
}: {
  workspaces: { id: string; name: string }[];
  currentId: string | null;
}) {
  const [, formAction, pending] = useActionState(switchWorkspaceAction, idle);
  return (
    <form action={formAction} className="flex items-center gap-2">
      <label htmlFor="workspaceId" className="text-base">
        Workspace
      </label>
      <select
        id="workspaceId"
        name="workspaceId"
        defaultValue={currentId ?? undefined}
        className="border-2 border-white bg-gray-900 p-1 text-base text-white"
      >
        {workspaces.map((workspace) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name}
          </option>
        ))}
      </select>
      <Button variant="secondary" pending={pending} className="text-base">
        Switch
      </Button>
    </form>
  );
}
