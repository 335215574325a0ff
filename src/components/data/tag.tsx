// Dark text on a pale fill: every pair is above 7:1. The words carry the meaning; colour only helps
// a reader scan, so two statuses never differ by colour alone.
const tones = {
  grey: "bg-gray-200 text-gray-900",
  green: "bg-green-100 text-green-900",
  blue: "bg-blue-100 text-blue-900",
  red: "bg-red-100 text-red-900",
  yellow: "bg-yellow-100 text-yellow-900",
  purple: "bg-purple-100 text-purple-900",
  orange: "bg-orange-100 text-orange-900",
} as const;

export type TagTone = keyof typeof tones;

/** A status label ("In progress", "Agreed"), GOV.UK tag style. */
export function Tag({ tone = "grey", children }: { tone?: TagTone; children: string }) {
  return <strong className={`inline-block px-2 py-0.5 text-base font-bold ${tones[tone]}`}>{children}</strong>;
}
