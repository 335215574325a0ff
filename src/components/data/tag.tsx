const tones = {
  grey: "bg-gray-200 text-gray-900",
  green: "bg-green-100 text-green-900",
  blue: "bg-blue-100 text-blue-900",
  red: "bg-red-100 text-red-900",
  yellow: "bg-yellow-100 text-yellow-900",
} as const;

/** A status label. The text carries the meaning; the colour only helps. */
export function Tag({ tone = "grey", children }: { tone?: keyof typeof tones; children: string }) {
  return <strong className={`inline-block px-2 py-0.5 text-base font-bold ${tones[tone]}`}>{children}</strong>;
}
