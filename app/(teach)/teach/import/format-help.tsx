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
          <strong>Term list</strong> copied from a study site (Quizlet, knowt, Brainscape, Cram and
          the like) or exported from Quizlet: term and definition separated by a tab, comma, dash or
          colon, on alternating lines, in blank-line blocks, or after <code>Q</code>/<code>A</code>,{" "}
          <code>Term</code>/<code>Definition</code> or <code>Front</code>/<code>Back</code> markers.
          Page text such as &ldquo;Studied by 0 people&rdquo;, counters and sign-up prompts is left
          out. The preview says how the page was read; if it isn&apos;t sure, choose the layout
          there. Quizlet&apos;s custom separators go below (<code>\t</code> = tab, <code>\n</code> =
          new line).
        </li>
        <li>
          <strong>Anki plain-text export</strong> (&ldquo;Notes in Plain Text&rdquo;, with{" "}
          <code>#separator:</code>, <code>#html:</code>, <code>#columns:</code> and column headers):
          the first field is the front, the second the back; HTML becomes Markdown, cloze notes give
          one card per deletion, reversed notes both directions. Tags, decks and media are not kept:
          for those, export an Anki package (.apkg) and use &ldquo;Import an Anki deck&rdquo; below.
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
