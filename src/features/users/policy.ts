import { AppError } from "@/lib/errors";

/**
 * Row rules for managing members, checked against fresh database state inside the write.
 * A workspace must always keep an active administrator, and nobody locks themselves out.
 */
export function assertMayChangeMember(input: {
  actorUserId: string;
  targetUserId: string;
  targetIsActiveAdministrator: boolean;
  removesAdministrator: boolean;
  activeAdministrators: number;
}): void {
  if (input.actorUserId === input.targetUserId) {
    throw new AppError("forbidden", "You cannot change your own role or access. Ask another administrator.");
  }
  if (input.targetIsActiveAdministrator && input.removesAdministrator && input.activeAdministrators <= 1) {
    throw new AppError(
      "conflict",
      "The workspace must keep at least one administrator. Make someone else an administrator first.",
    );
  }
}
