import { publicRoute } from "@/lib/http/route";
import { checkDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

// For load balancers and uptime checks: 200 when the app can reach its database, 503 when not.
export const GET = publicRoute("health check for load balancers; reveals no data", async () => {
  const database = await checkDatabase();
  return Response.json(
    {
      status: database.ok ? "ok" : "unavailable",
      database: database.ok ? "ok" : "unreachable",
      latencyMs: database.latencyMs,
    },
    { status: database.ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
});
