import type { Permission } from "@/lib/authz/permissions";

/**
 * Which access rule each server action and route handler declared. Filled by createAction /
 * createPublicAction / createRoute; the authorization tests read it to find any action or route
 * that was not built with them (and so never consults the policy module).
 */
export type Access =
  | { kind: "permission"; permission: Permission }
  /** Signed in, whatever the role (sign out, switch workspace). */
  | { kind: "signed-in" }
  /** Reachable without signing in; `reason` says why that is safe. */
  | { kind: "public"; reason: string };

const registry = new WeakMap<object, Access>();

export function registerAccess<T extends object>(target: T, access: Access): T {
  registry.set(target, access);
  return target;
}

const names = new WeakMap<object, string>();

/** An action's access rule and its name, which every failure it logs carries. */
export function registerAction<T extends object>(target: T, name: string, access: Access): T {
  names.set(target, name);
  return registerAccess(target, access);
}

export function actionNameOf(target: unknown): string | undefined {
  return typeof target === "function" ? names.get(target) : undefined;
}

export function accessOf(target: unknown): Access | undefined {
  return typeof target === "function" ? registry.get(target) : undefined;
}
