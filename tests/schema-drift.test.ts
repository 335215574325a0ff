import { describe, expect, it } from "vitest";
import { findDrift, type Description } from "./support/schema-drift";

// The comparison must catch each kind of drift, or the drift test could pass while blind.
const schema: Description = {
  tables: {
    Membership: {
      id: { nullable: false, type: "uuid" },
      role: { nullable: false, type: "enum Role" },
      deactivatedAt: { nullable: true, type: "timestamp(3)" },
    },
  },
  enums: { Role: ["administrator", "viewer"] },
  indexes: [
    { table: "Membership", columns: ["id"], kind: "primary" },
    { table: "Membership", columns: ["role"], kind: "normal" },
  ],
  foreignKeys: [],
};

const copy = (): Description => structuredClone(schema);

describe("finding drift between schema and database", () => {
  it("finds none when they agree", () => {
    expect(findDrift(schema, copy())).toEqual([]);
  });

  it("reports a missing column", () => {
    const database = copy();
    delete database.tables.Membership!.deactivatedAt;
    expect(findDrift(schema, database)).toEqual([
      "column Membership.deactivatedAt: in the schema, missing from the database",
    ]);
  });

  it("reports a nullability change and a type change", () => {
    const database = copy();
    database.tables.Membership!.deactivatedAt = { nullable: false, type: "text" };
    expect(findDrift(schema, database)).toEqual([
      "column Membership.deactivatedAt: schema says timestamp(3), database says text",
      "column Membership.deactivatedAt: schema says nullable, database says NOT NULL",
    ]);
  });

  it("reports a missing index, a changed enum and an extra table", () => {
    const database = copy();
    database.indexes = database.indexes.filter((index) => index.kind !== "normal");
    database.enums.Role = ["administrator"];
    database.tables.Leftover = {};
    expect(findDrift(schema, database)).toEqual([
      "table Leftover: in the database, missing from the schema",
      "enum Role: schema says administrator, viewer, database says administrator",
      "normal index on Membership(role): in the schema, missing from the database",
    ]);
  });

  it("reports a foreign key whose delete rule differs", () => {
    const withKey: Description = {
      ...copy(),
      foreignKeys: [
        { table: "Membership", columns: ["id"], references: "User", referencedColumns: ["id"], onDelete: "cascade" },
      ],
    };
    const database = {
      ...copy(),
      foreignKeys: [
        { table: "Membership", columns: ["id"], references: "User", referencedColumns: ["id"], onDelete: "restrict" },
      ],
    };
    expect(findDrift(withKey, database)).toEqual([
      "foreign key Membership(id): schema says → User(id) on delete cascade, database says → User(id) on delete restrict",
    ]);
  });
});
