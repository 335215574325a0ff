/**
 * The workspace scope every council-data query takes. It is a branded type that only the session
 * gate (src/lib/auth/session.ts) and explicitly named system entry points can mint, so a query
 * that forgets its workspace does not compile.
 */
declare const scopeBrand: unique symbol;

export type WorkspaceScope = { readonly workspaceId: string; readonly [scopeBrand]: true };

/** For the session gate only: the workspace the signed-in member is working in. */
export function scopeFromMembership(workspaceId: string): WorkspaceScope {
  return { workspaceId } as WorkspaceScope;
}

/** For code that runs outside a request on behalf of a known workspace: seeds, jobs, exports, tests. */
export function systemScope(workspaceId: string): WorkspaceScope {
  return { workspaceId } as WorkspaceScope;
}
