/**
 * GOV.UK warning text: a bold line with a "!" the screen reader skips, hearing "Warning" instead.
 * The words carry the warning; the mark and border only help the eye find it.
 */
export function WarningText({ children }: { children: string }) {
  return (
    <p className="mt-4 flex gap-3 border-l-8 border-gray-900 bg-yellow-50 p-3 font-bold">
      <span aria-hidden="true" className="text-2xl leading-none">
        !
      </span>
      <span>
        <span className="sr-only">Warning: </span>
        {children}
      </span>
    </p>
  );
}
