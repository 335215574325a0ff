import { Tag, type TagTone } from "@/components/data/tag";
import { CopyLink } from "@/components/feedback/copy-link";
import { SmallActionForm } from "@/components/forms/small-action-form";
import { formatDateTime } from "@/components/format/date";
import { closePulseLinkAction } from "../actions";
import { MIN_GROUP, type LinkState, type Moment } from "../domain";
import { CreatePulseLinkForm } from "./create-pulse-link-form";

export type PulseLinkView = {
  id: string;
  moment: Moment;
  token: string;
  expiresAt: Date;
  maxAnswers: number;
  answerCount: number;
  closedAt: Date | null;
  createdAt: Date;
  state: LinkState;
};

const STATE_TAGS: Record<LinkState, { text: string; tone: TagTone }> = {
  open: { text: "Open", tone: "green" },
  full: { text: "Full", tone: "yellow" },
  closed: { text: "Closed", tone: "grey" },
  expired: { text: "Expired", tone: "grey" },
};

const MOMENT_NAMES: Record<Moment, string> = { before: "Before", after: "After" };

function expiry(link: PulseLinkView) {
  if (link.closedAt) return `Closed ${formatDateTime(link.closedAt)}`;
  return `${link.state === "expired" ? "Expired" : "Expires"} ${formatDateTime(link.expiresAt)}`;
}

/**
 * A session's pulse links: the address to share with staff, how long each stays open and how many
 * have answered, and a form to make a new one for before or after the session.
 */
export function PulseLinks({
  sessionId,
  links,
  origin,
  mayRun,
}: {
  sessionId: string;
  links: PulseLinkView[];
  origin: string;
  mayRun: boolean;
}) {
  return (
    <section aria-labelledby="pulse-links-heading" className="mb-10 max-w-3xl">
      <h2 id="pulse-links-heading" className="mb-2 text-2xl font-bold">
        Confidence pulse
      </h2>
      <p className="mb-4">
        Staff open the link on any device, without an account, and say how confident they feel talking about their work
        under each theme. Answers are anonymous: results show only once at least {MIN_GROUP} people have answered.
      </p>
      {links.length === 0 ? (
        <p className="mb-6">No links yet.</p>
      ) : (
        <ul className="mb-6">
          {links.map((link) => {
            const tag = STATE_TAGS[link.state];
            const usable = link.state === "open" || link.state === "full";
            return (
              <li key={link.id} className="border-b border-gray-300 py-4">
                <h3 className="mb-2 text-xl font-bold">
                  {MOMENT_NAMES[link.moment]} the session <Tag tone={tag.tone}>{tag.text}</Tag>
                </h3>
                {usable ? (
                  <CopyLink
                    id={`pulse-link-${link.id}`}
                    label={`Link for staff to answer ${link.moment} the session`}
                    link={new URL(`/pulse/${link.token}`, origin).toString()}
                  />
                ) : null}
                <p className="mt-2">{expiry(link)}</p>
                <p>
                  {link.answerCount} of {link.maxAnswers} answers so far
                </p>
                {mayRun && usable ? (
                  <div className="mt-2">
                    <SmallActionForm
                      action={closePulseLinkAction}
                      fields={{ linkId: link.id }}
                      label="Close this link"
                      target={`for ${link.moment} the session, made ${formatDateTime(link.createdAt)}`}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {mayRun ? (
        <>
          <h3 className="mb-2 text-xl font-bold">Create a link</h3>
          <CreatePulseLinkForm sessionId={sessionId} />
        </>
      ) : null}
    </section>
  );
}
