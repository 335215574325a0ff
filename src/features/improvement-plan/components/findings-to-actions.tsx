"use client";

import Link from "next/link";
import { useActionState } from "react";
import { idle } from "@/lib/actions/result";
import { Button } from "@/components/forms/button";
import { Checkboxes } from "@/components/forms/checkboxes";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Select } from "@/components/forms/select";
import { TextInput } from "@/components/forms/text-input";
import { DateInput } from "@/components/forms/date-input";
import { createActionsFromFindingsAction } from "../actions";

type Statement = { key: string; number: number; name: string };

/**
 * CQC's key findings, statement by statement, each with a checkbox: the ticked ones become
 * improvement actions (one each, linked to the finding and its statement) in one post.
 */
export function FindingsToActions({
  statements,
  findings,
  byFinding,
  owners,
}: {
  statements: Statement[];
  findings: Record<string, { id: string; text: string }[]>;
  byFinding: Record<string, { id: string; title: string }[]>;
  owners: { id: string; name: string }[];
}) {
  const [state, formAction, pending] = useActionState(createActionsFromFindingsAction, idle);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  const withFindings = statements.filter((statement) => findings[statement.key]?.length);
  if (!withFindings.length) return null;
  return (
    <section aria-labelledby="findings-actions-heading" className="mb-10">
      <h2 id="findings-actions-heading" className="mb-2 text-2xl font-bold">
        Turn findings into improvement actions
      </h2>
      <p className="mb-4">
        Tick the findings to act on. Each becomes an action in the improvement plan, linked to its quality statement,
        with the owner and due date given below; change each one afterwards in the plan.
      </p>
      {state.status === "error" ? (
        <ErrorSummary formError={state.formError} fieldErrors={errors} errorId={state.errorId} />
      ) : null}
      <form action={formAction} className="max-w-3xl">
        {withFindings.map((statement, index) => (
          <Checkboxes
            key={statement.key}
            id={index === 0 ? "findingIds" : `findingIds-${statement.key}`}
            name="findingIds"
            legend={`${statement.number}. ${statement.name}`}
            options={findings[statement.key]!.map((finding) => ({
              value: finding.id,
              label: finding.text,
              hint: byFinding[finding.id]?.length
                ? `Already an action: ${byFinding[finding.id]!.map((action) => action.title).join("; ")}`
                : undefined,
            }))}
            defaultValue={values.findingIds ?? ""}
            error={index === 0 ? errors.findingIds : undefined}
          />
        ))}
        <fieldset className="mb-6">
          <legend className="mb-2 text-xl font-bold">Owner of the new actions</legend>
          <Select
            id="ownerId"
            name="ownerId"
            label="Member who owns them"
            options={[
              { value: "", label: "Choose a member" },
              ...owners.map((owner) => ({ value: owner.id, label: owner.name })),
            ]}
            defaultValue={values.ownerId ?? ""}
            error={errors.ownerId}
          />
          <TextInput
            id="ownerName"
            name="ownerName"
            label="Or, for someone without an account, their name"
            hint="Leave empty when you chose a member."
            widthClass="max-w-md"
            autoComplete="off"
            defaultValue={values.ownerName ?? ""}
            error={errors.ownerName}
          />
        </fieldset>
        <DateInput
          id="dueDate"
          name="dueDate"
          label="Due date"
          hint="For example, 31 3 2027."
          defaultValue={values.dueDate ?? ""}
          error={errors.dueDate}
        />
        <Button pending={pending}>Create actions from the ticked findings</Button>
      </form>
      <p className="mt-4">
        <Link href="/improvement-plan">Go to the improvement plan</Link>
      </p>
    </section>
  );
}
