import { exportJobs } from "@/features/exports/jobs";
import { evidenceJobs } from "@/features/evidence/jobs";
import { evidenceRequestJobs } from "@/features/evidence-requests/jobs";
import { improvementPlanJobs } from "@/features/improvement-plan/jobs";
import { abandonedFileSweepJob } from "@/lib/storage/sweep";

/**
 * Every job the app runs, from each feature's jobs.ts. src/instrumentation.ts starts workers for
 * all of them in every instance at start-up (decision record 0010).
 */
export const allJobs = [
  ...evidenceJobs,
  ...evidenceRequestJobs,
  ...improvementPlanJobs,
  abandonedFileSweepJob,
  ...exportJobs,
];
