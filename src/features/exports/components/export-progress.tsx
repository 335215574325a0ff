import Link from "next/link";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { formatDateTime } from "@/components/format/date";
import type { ExportView } from "../loaders";
import { RefreshWhileRunning } from "./refresh-while-running";

/** Where an export has got to: a progress bar while it is built, the download once it is stored. */
export function ExportProgress({ item }: { item: ExportView }) {
  if (item.status === "ready" && item.downloadHref) {
    return (
      <NotificationBanner title="Ready">
        <p className="mb-2 font-bold">Your {item.name} is ready.</p>
        <p>
          <a href={item.downloadHref} download className="font-bold">
            Download the {item.name}
          </a>
        </p>
        <p className="mt-2 text-base text-gray-700">
          Kept for seven days for you to download again. The download is recorded in the audit log.
        </p>
      </NotificationBanner>
    );
  }
  if (item.status === "failed") {
    return (
      <div className="mb-8 max-w-3xl">
        <p className="mb-2 font-bold text-[var(--color-error)]">Sorry, the {item.name} could not be prepared.</p>
        <p>
          Start it again from <Link href={item.startedFrom.href}>{item.startedFrom.name}</Link>. If it fails again, tell
          your administrator the time it failed: {formatDateTime(item.finishedAt ?? item.createdAt)}.
        </p>
      </div>
    );
  }
  const label = item.status === "queued" ? "Waiting to start" : `${item.percent}% done`;
  return (
    <div className="mb-8 max-w-3xl">
      <RefreshWhileRunning />
      <label htmlFor="export-progress" className="mb-1 block font-bold">
        Preparing your {item.name}
      </label>
      <progress id="export-progress" max={100} value={item.percent} className="mb-1 block h-6 w-full">
        {item.percent}%
      </progress>
      <p className="mb-4">
        {label}
        {item.total > 0 && item.status === "running" ? ` (${item.done} of ${item.total} steps)` : ""}.
      </p>
      <p className="mb-2">
        You can leave this page: the {item.name} goes on being prepared, and this page and{" "}
        <Link href={item.startedFrom.href}>{item.startedFrom.name}</Link> show the download when it is ready.
      </p>
      <p>
        <Link href={`/exports/${item.id}`}>Check progress again</Link>
      </p>
    </div>
  );
}

/** Beside the button that starts an export: the last one this person started, and where it is. */
export function LatestExport({ item }: { item: ExportView | null }) {
  if (!item) return null;
  const started = formatDateTime(item.createdAt);
  if (item.downloadHref) {
    return (
      <p className="text-base">
        The {item.name} you started on {started} is ready:{" "}
        <a href={item.downloadHref} download className="font-bold">
          download it
        </a>
        .
      </p>
    );
  }
  if (item.status === "failed")
    return (
      <p className="text-base">
        The {item.name} you started on {started} failed.
      </p>
    );
  return (
    <p className="text-base">
      The {item.name} you started on {started} is being prepared:{" "}
      <Link href={`/exports/${item.id}`}>see its progress</Link>.
    </p>
  );
}
