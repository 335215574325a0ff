/**
 * Compares what schema.prisma describes with what the migrations built, so a migration that was
 * forgotten or edited by hand cannot slip through. Both sides are reduced to the same plain
 * description; `findDrift` lists every difference in words.
 */
export type Column = { nullable: boolean; type: string };
export type Index = { table: string; columns: string[]; kind: "primary" | "unique" | "normal" };
export type ForeignKey = {
  table: string;
  columns: string[];
  references: string;
  referencedColumns: string[];
  onDelete: string;
};
export type Description = {
  tables: Record<string, Record<string, Column>>;
  enums: Record<string, string[]>;
  indexes: Index[];
  foreignKeys: ForeignKey[];
};

type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: string;
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
export type Dmmf = {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; values: { name: string; dbName?: string | null }[] }[];
    indexes: { model: string; type: string; fields: { name: string }[] }[];
  };
};

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  DateTime: "timestamp(3)",
  Json: "jsonb",
  Float: "double precision",
  Decimal: "numeric",
  Bytes: "bytea",
};
const NATIVE_TYPES: Record<string, string> = {
  Uuid: "uuid",
  Text: "text",
  Timestamptz: "timestamptz(3)",
  Date: "date",
  Citext: "citext",
};

/**
 * `Unsupported("…")` fields (a generated tsvector, say) are left out of Prisma's DMMF, so they are
 * read from the schema's text: `model` blocks, then `name Unsupported("type")?` lines.
 */
function unsupportedFields(datamodel: string): { model: string; name: string; type: string; nullable: boolean }[] {
  const fields: { model: string; name: string; type: string; nullable: boolean }[] = [];
  for (const [, model, body] of datamodel.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    for (const [, name, type, optional] of body!.matchAll(/^\s+(\w+)\s+Unsupported\("([^"]+)"\)(\?)?/gm)) {
      fields.push({ model: model!, name: name!, type: type!, nullable: optional === "?" });
    }
  }
  return fields;
}

export function describeSchema(dmmf: Dmmf, datamodel = ""): Description {
  const models = dmmf.datamodel.models;
  const tableOf = (model: string) => {
    const found = models.find((candidate) => candidate.name === model);
    return found?.dbName ?? model;
  };
  const columnOf = (model: string, field: string) => {
    const found = models
      .find((candidate) => candidate.name === model)
      ?.fields.find((candidate) => candidate.name === field);
    return found?.dbName ?? field;
  };
  const tables: Description["tables"] = {};
  const foreignKeys: ForeignKey[] = [];
  for (const model of models) {
    const table = tableOf(model.name);
    tables[table] = {};
    for (const field of model.fields) {
      if (field.kind === "object") {
        if (field.relationFromFields && field.relationFromFields.length > 0) {
          foreignKeys.push({
            table,
            columns: field.relationFromFields.map((name) => columnOf(model.name, name)),
            references: tableOf(field.type),
            referencedColumns: (field.relationToFields ?? []).map((name) => columnOf(field.type, name)),
            // Prisma's defaults: Restrict for a required relation, SetNull for an optional one.
            onDelete: (field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull")).toLowerCase(),
          });
        }
        continue;
      }
      const base =
        field.kind === "enum"
          ? `enum ${field.type}`
          : field.nativeType
            ? (NATIVE_TYPES[field.nativeType[0]] ?? field.nativeType[0].toLowerCase())
            : (SCALAR_TYPES[field.type] ?? field.type);
      // Prisma creates scalar lists as nullable array columns.
      tables[table][field.dbName ?? field.name] = {
        nullable: !field.isRequired || field.isList,
        type: field.isList ? `${base}[]` : base,
      };
    }
  }
  for (const field of unsupportedFields(datamodel)) {
    const table = tableOf(field.model);
    if (tables[table]) tables[table][field.name] = { nullable: field.nullable, type: field.type };
  }
  const enums = Object.fromEntries(
    dmmf.datamodel.enums.map((item) => [item.name, item.values.map((value) => value.dbName ?? value.name)]),
  );
  const indexes: Index[] = dmmf.datamodel.indexes.map((index) => ({
    table: tableOf(index.model),
    columns: index.fields.map((field) => columnOf(index.model, field.name)),
    kind: index.type === "id" ? "primary" : index.type === "unique" ? "unique" : "normal",
  }));
  return { tables, enums, indexes, foreignKeys };
}

const key = (table: string, columns: string[]) => `${table}(${columns.join(", ")})`;

export function findDrift(schema: Description, database: Description): string[] {
  const problems: string[] = [];
  for (const table of Object.keys(schema.tables))
    if (!database.tables[table]) problems.push(`table ${table}: in the schema, missing from the database`);
  for (const table of Object.keys(database.tables))
    if (!schema.tables[table]) problems.push(`table ${table}: in the database, missing from the schema`);

  for (const [table, columns] of Object.entries(schema.tables)) {
    const actual = database.tables[table];
    if (!actual) continue;
    for (const [name, column] of Object.entries(columns)) {
      const found = actual[name];
      if (!found) {
        problems.push(`column ${table}.${name}: in the schema, missing from the database`);
        continue;
      }
      if (found.type !== column.type)
        problems.push(`column ${table}.${name}: schema says ${column.type}, database says ${found.type}`);
      if (found.nullable !== column.nullable) {
        problems.push(
          `column ${table}.${name}: schema says ${column.nullable ? "nullable" : "NOT NULL"}, database says ${found.nullable ? "nullable" : "NOT NULL"}`,
        );
      }
    }
    for (const name of Object.keys(actual))
      if (!columns[name]) problems.push(`column ${table}.${name}: in the database, missing from the schema`);
  }

  for (const [name, values] of Object.entries(schema.enums)) {
    const found = database.enums[name];
    if (!found) problems.push(`enum ${name}: in the schema, missing from the database`);
    else if (found.join(",") !== values.join(","))
      problems.push(`enum ${name}: schema says ${values.join(", ")}, database says ${found.join(", ")}`);
  }
  for (const name of Object.keys(database.enums))
    if (!schema.enums[name]) problems.push(`enum ${name}: in the database, missing from the schema`);

  const databaseIndexes = new Map(database.indexes.map((index) => [key(index.table, index.columns), index]));
  const schemaIndexes = new Map(schema.indexes.map((index) => [key(index.table, index.columns), index]));
  for (const [name, index] of schemaIndexes) {
    const found = databaseIndexes.get(name);
    if (!found) problems.push(`${index.kind} index on ${name}: in the schema, missing from the database`);
    else if (found.kind !== index.kind)
      problems.push(`index on ${name}: schema says ${index.kind}, database says ${found.kind}`);
  }
  for (const [name, index] of databaseIndexes)
    if (!schemaIndexes.has(name))
      problems.push(`${index.kind} index on ${name}: in the database, missing from the schema`);

  const databaseKeys = new Map(database.foreignKeys.map((fk) => [key(fk.table, fk.columns), fk]));
  for (const fk of schema.foreignKeys) {
    const found = databaseKeys.get(key(fk.table, fk.columns));
    const target = `${key(fk.references, fk.referencedColumns)} on delete ${fk.onDelete}`;
    if (!found) problems.push(`foreign key ${key(fk.table, fk.columns)} → ${target}: missing from the database`);
    else if (
      found.references !== fk.references ||
      found.referencedColumns.join() !== fk.referencedColumns.join() ||
      found.onDelete !== fk.onDelete
    ) {
      problems.push(
        `foreign key ${key(fk.table, fk.columns)}: schema says → ${target}, database says → ${key(found.references, found.referencedColumns)} on delete ${found.onDelete}`,
      );
    }
  }
  const schemaKeys = new Set(schema.foreignKeys.map((fk) => key(fk.table, fk.columns)));
  for (const fk of database.foreignKeys)
    if (!schemaKeys.has(key(fk.table, fk.columns)))
      problems.push(`foreign key ${key(fk.table, fk.columns)}: in the database, missing from the schema`);
  return problems;
}
