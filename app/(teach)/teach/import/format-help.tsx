/** What each accepted format looks like, including the CSV option separators. */
export function FormatHelp() {
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-4 text-slate-800">
      <summary className="cursor-pointer font-semibold">Accepted formats</summary>
      <ul className="mt-3 list-disc space-y-2 pl-5 text-sm">
        <li>
          <strong>Quizgecko lesson page</strong> saved as text (with &ldquo;Questions and
          Answers&rdquo;, &ldquo;Flashcards&rdquo; and &ldquo;Study Notes&rdquo;): questions, cards
          and the notes as the lesson body.
        </li>
        <li>
          <strong>Term list</strong> (Quizlet export): term and definition separated by a tab or a
          comma, cards by a new line or a semicolon; or set your own separators below (
          <code>\t</code> = tab, <code>\n</code> = new line). Term and definition on alternating
          lines also works.
        </li>
        <li>
          <strong>CSV or TSV with a header row.</strong> Flashcards: <code>front,back</code>.
          Questions: <code>question,options,answer,explanation</code>. Separate options with{" "}
          <code>|</code> (or <code>;</code> when no option contains a <code>|</code>);{" "}
          <code>answer</code> is the correct option&apos;s text or its letter (A = first). Leave{" "}
          <code>options</code> empty for a typed answer (list accepted answers in{" "}
          <code>answer</code>); options <code>True|False</code> make a true/false question. Optional
          columns: <code>id</code> (updates the item with that id), <code>type</code>,{" "}
          <code>kind</code>, <code>section</code>, <code>examples</code>.
        </li>
      </ul>
      <p className="mt-3 text-sm text-slate-700">
        The preview marks each item <em>new</em>, <em>changed</em> (same id or prompt in this
        lesson, different content), <em>unchanged</em>, or <em>duplicate</em> (its id belongs to
        another lesson, or the same text already exists) — duplicates are skipped.
      </p>
    </details>
  );
}
