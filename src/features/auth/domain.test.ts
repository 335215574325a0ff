import { describe, expect, it } from "vitest";
import { ROLES, roleHasPermission } from "@/lib/authz/permissions";
import { startHereFor } from "./domain";

describe("the home page's Start here", () => {
  it("leads a team manager to staff preparation and cases first", () => {
    expect(
      startHereFor("team_manager")
        .slice(0, 2)
        .map((link) => link.label),
    ).toEqual(["Staff preparation", "Cases"]);
  });

  it("differs by role, and offers only pages the role may open", () => {
    const firsts = new Set(ROLES.map((role) => startHereFor(role)[0]!.href));
    expect(firsts.size).toBeGreaterThan(3);
    expect(startHereFor("administrator")[0]!.href).toBe("/admin/users");
    expect(startHereFor("director")[0]!.href).toBe("/dashboard");
    for (const role of ROLES)
      for (const link of startHereFor(role))
        expect(roleHasPermission(role, link.permission), `${role} ${link.href}`).toBe(true);
  });
});
