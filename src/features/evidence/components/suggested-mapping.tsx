import { SmallActionForm } from "@/components/forms/small-action-form";
import { acceptSuggestionAction, dismissSuggestionAction } from "../actions";
import type { MappingSuggestion } from "../domain";

type Suggestions = { statements: MappingSuggestion[]; categories: MappingSuggestion[] };

/**
 * What the file's text suggests the item is evidence for, each with the words that matched and
 * one button to add it and one to dismiss it. Nothing is added without a person pressing "Add".
 */
export function SuggestedMapping({ itemId, suggestions }: { itemId: string; suggestions: Suggestions }) {
  const groups = [
    { kind: "statement" as const, heading: "Quality statements", rows: suggestions.statements },
    { kind: "category" as const, heading: "Evidence categories", rows: suggestions.categories },
  ].filter((group) => group.rows.length > 0);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="suggestions-heading" className="mb-10 max-w-3xl border-l-4 border-gray-400 pl-4">
      <h2 id="suggestions-heading" className="mb-2 text-2xl font-bold">
        Suggested from the file&apos;s text
      </h2>
      <p className="mb-4">
        The words in the file are like the framework&apos;s words for these. Add the ones that are right; dismiss the
        others and they are not suggested again.
      </p>
      {groups.map((group) => (
        <div key={group.kind} className="mb-4">
          <h3 className="mb-2 text-xl font-bold">{group.heading}</h3>
          <ul className="space-y-4">
            {group.rows.map((row) => {
              const fields = { itemId, kind: group.kind, key: row.key };
              return (
                <li key={row.key} className="border-b border-gray-300 pb-4">
                  <p className="font-bold">{row.name}</p>
                  <p className="mb-2 text-base">Words that matched: {row.words.join(", ")}</p>
                  <div className="flex flex-wrap gap-4">
                    <SmallActionForm action={acceptSuggestionAction} fields={fields} label="Add" target={row.name} />
                    <SmallActionForm
                      action={dismissSuggestionAction}
                      fields={fields}
                      label="Dismiss"
                      target={row.name}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
