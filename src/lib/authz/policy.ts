import { AppError } from "@/lib/errors";
import { roleHasPermission, type Permission, type Role } from "./permissions";

/**
 * The policy module: may this member do this? Deny by default: no member, an inactive membership
 * or a permission the role lacks all answer no. Row rules ("only your own sessions") live in each
 * feature's policy.ts and are checked against fresh database state after this.
 */
export type Member = { readonly role: Role; readonly active: boolean };

export function can(member: Member | null | undefined, permission: Permission): boolean {
  if (!member || !member.active) return false;
  return roleHasPermission(member.role, permission);
}

export function assertCan(member: Member | null | undefined, permission: Permission): void {
  if (!can(member, permission)) throw new AppError("forbidden");
}
