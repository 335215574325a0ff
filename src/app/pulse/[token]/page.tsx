import type { Metadata } from "next";
import { formatDate } from "@/components/format/date";
import { loadPulsePage } from "@/features/pulse/loaders";
import { PulseForm } from "@/features/pulse/components/pulse-form";
import { MIN_GROUP, PULSE_MESSAGES } from "@/features/pulse/domain";

// The address holds the token: kept out of search engines and out of the Referer header.
export const metadata: Metadata = {
  title: "Confidence pulse",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function PulsePage({ params, searchParams }: Props) {
  const { token } = await params;
  const pulse = await loadPulsePage(token);
  const about = `${pulse.team}, ${formatDate(pulse.startsAt)}`;
  const sessionLine = (
    <p className="mb-6 text-lg">
      {pulse.title}: {about}
    </p>
  );

  if ((await searchParams).answered === "1") {
    return (
      <>
        <h1 className="mb-4 text-4xl font-bold">Thank you: your answers have been saved</h1>
        {sessionLine}
        <p className="max-w-3xl">Nothing that could identify you was kept with them. You can close this page.</p>
      </>
    );
  }
  if (pulse.state !== "open") {
    const full = pulse.state === "full";
    return (
      <>
        <h1 className="mb-4 text-4xl font-bold">{full ? "This survey is full" : "This survey is closed"}</h1>
        {sessionLine}
        <p className="max-w-3xl">
          {full ? `${PULSE_MESSAGES.full} Thank you for wanting to take part.` : PULSE_MESSAGES.closed}
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-2 text-4xl font-bold">
        Pulse {pulse.moment}: {pulse.title}
      </h1>
      <p className="mb-6 text-lg">{about}</p>
      <div className="mb-8 max-w-3xl space-y-4">
        <p>
          For each of the {pulse.themes.length} themes CQC looks at, choose how confident you feel talking about your
          work, from 1 (not at all confident) to 5 (very confident).
        </p>
        <p>
          Your answers are anonymous. We do not keep your name, e-mail address, your device&apos;s address or the time
          you answered. Results are only shown for groups of {MIN_GROUP} or more answers, so no one can tell how you
          answered.
        </p>
      </div>
      <PulseForm token={token} themes={pulse.themes} />
    </>
  );
}
