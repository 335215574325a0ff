"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { TextInput } from "@/components/forms/text-input";
import { DateInput } from "@/components/forms/date-input";
import { Select } from "@/components/forms/select";
import { Radios } from "@/components/forms/radios";
import { Button } from "@/components/forms/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { londonWallClock } from "@/lib/calendar";
import { AUDIENCES } from "@/features/question-bank/domain";
import { createSessionAction, updateSessionAction } from "../actions";
import { DURATIONS, FORMATS, FORMAT_LABELS } from "../domain";
import { sessionSchema } from "../schema";

type Session = {
  id: string;
  version: number;
  title: string;
  team: string;
  format: string;
  audienceKey: string | null;
  startsAt: Date;
  durationMinutes: number;
  location: string;
  facilitatorId: string;
};

/** Plan a session or change its details. A readiness lead also chooses who runs it. */
export function SessionForm({
  item,
  facilitators,
  userId,
}: {
  item: Session | null;
  facilitators: { id: string; name: string }[] | null;
  userId: string;
}) {
  const clock = item ? londonWallClock(item.startsAt) : null;
  const defaults: Record<string, string> = item
    ? {
        title: item.title,
        team: item.team,
        format: item.format,
        audienceKey: item.audienceKey ?? "",
        day: clock!.day,
        time: clock!.time,
        durationMinutes: String(item.durationMinutes),
        location: item.location,
        facilitatorId: item.facilitatorId,
      }
    : { durationMinutes: "60", facilitatorId: userId };
  const { formAction, onSubmit, field, summary, pending } = useActionForm({
    schema: sessionSchema,
    action: item ? updateSessionAction : createSessionAction,
    defaults,
  });
  return (
    <>
      <ErrorSummary {...summary} />
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
        {item ? (
          <>
            <input type="hidden" name="id" value={item.id} />
            <input type="hidden" name="expectedVersion" value={item.version} readOnly />
          </>
        ) : null}
        <TextInput label="Title" hint="For example: Safeguarding mock interview." {...field("title")} />
        <TextInput
          label="Team"
          hint="The team the session is for, as your service names it."
          widthClass="max-w-md"
          {...field("team")}
        />
        <Radios
          legend="Format"
          options={FORMATS.map((format) => ({ value: format, label: FORMAT_LABELS[format] }))}
          {...field("format")}
        />
        <Select
          label="Who it is for (optional)"
          hint="Questions suited to them are offered first."
          options={[
            { value: "", label: "Anyone" },
            ...AUDIENCES.map((audience) => ({ value: audience.key, label: audience.name })),
          ]}
          {...field("audienceKey")}
        />
        <fieldset className="mb-6">
          <legend className="mb-2 text-xl font-bold">When</legend>
          <DateInput label="Date" {...field("day")} />
          <TextInput
            label="Start time"
            hint="24-hour clock, for example 14:00."
            type="time"
            widthClass="max-w-xs"
            {...field("time")}
          />
          <Select
            label="Length"
            options={DURATIONS.map((minutes) => ({
              value: String(minutes),
              label: minutes < 60 ? `${minutes} minutes` : `${minutes / 60} hour${minutes === 60 ? "" : "s"}`,
            }))}
            {...field("durationMinutes")}
          />
        </fieldset>
        <TextInput label="Place or online link (optional)" {...field("location")} />
        {facilitators ? (
          <Select
            label="Run by"
            options={facilitators.map((person) => ({ value: person.id, label: person.name }))}
            {...field("facilitatorId")}
          />
        ) : null}
        <Button pending={pending}>{item ? "Save changes" : "Plan session and choose questions"}</Button>
      </form>
    </>
  );
}
