import "server-only";
import { attachment } from "@/lib/http/attachment";
import { createRoute } from "@/lib/http/route";
import { configuredStorage } from "@/lib/storage/configured";
import { getWorkspaceFramework } from "@/features/framework/data";
import { getPackContents } from "./data";
import { recordPackExport } from "./mutations";
import { buildPack } from "./documents/pack";

/**
 * The information return pack: a ZIP with a folder per item holding the latest file of each linked
 * evidence item, and index.xlsx (item → files → statements → pointers). Streamed end to end.
 */
export const exportInformationReturnPack = createRoute(
  "information-return:export",
  async (_request, _context: unknown, { scope, actor }) => {
    const [items, framework] = await Promise.all([getPackContents(scope), getWorkspaceFramework(scope)]);
    const statementNames = new Map(
      (framework?.themes ?? []).flatMap((theme) =>
        theme.qualityStatements.map((statement) => [statement.key, `${statement.number}. ${statement.name}`] as const),
      ),
    );
    const { archive, files } = buildPack(items, configuredStorage(), statementNames);
    await recordPackExport(scope, actor, { items: items.length, files });

    const date = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
    return attachment(archive, { contentType: "application/zip", fileName: `information-return-pack-${date}.zip` });
  },
);
