export default function PulseNotFound() {
  return (
    <>
      <h1 className="mb-6 text-4xl font-bold">This survey link is not recognised</h1>
      <div className="max-w-3xl space-y-4">
        <p>Check you have the whole link: it may have been cut short when it was copied or sent.</p>
        <p>If it still does not work, ask the person who ran your session for a new one.</p>
      </div>
    </>
  );
}
