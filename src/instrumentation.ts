/** Runs once when a server instance starts: background checks that belong to the running app. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startReminderChecks } = await import("@/features/evidence-requests/jobs");
  startReminderChecks();
  const { startActionReminderChecks } = await import("@/features/improvement-plan/jobs");
  startActionReminderChecks();
  const { startAbandonedFileSweeps } = await import("@/lib/storage/sweep");
  startAbandonedFileSweeps();
}
