/** The CSV reader through parseUpload, the one entry the import page and the CLI share. */
import { describe, expect, it } from "vitest";
import { parseUpload } from "../../lib/transfer/import/parse";
import { NO_CSV_EXPLANATION } from "../../lib/transfer/import/sources/csv-rows";

const read = (text: string) => parseUpload({ text, format: "auto" });

function questionsOf(text: string) {
  const result = read(text);
  if (!result.ok) throw new Error(result.error);
  return result.upload.questions;
}

describe("CSV import", () => {
  it("takes a blank explanation cell, or no explanation column, as no explanation", () => {
    const withBlank = questionsOf(
      "question,options,answer,explanation\n" +
        "Which call binds?,bind()|listen(),bind(),It binds.\n" +
        "Which call listens?,bind()|listen(),listen(),\n",
    );
    expect(withBlank.map((q) => q.explanation)).toEqual(["It binds.", NO_CSV_EXPLANATION]);
    const noColumn = questionsOf(
      "question,options,answer\nWhich call binds?,bind()|listen(),bind()\n",
    );
    expect(noColumn[0]!.explanation).toBe(NO_CSV_EXPLANATION);
  });

  it("reads quoted commas, CRLF line ends and a byte-order mark", () => {
    const [q] = questionsOf(
      '\uFEFFquestion,options,answer,explanation\r\n"Which call, of these, binds?","bind(), then listen()|listen()","bind(), then listen()","It binds, then listens."\r\n',
    );
    expect(q).toMatchObject({
      prompt: "Which call, of these, binds?",
      explanation: "It binds, then listens.",
      options: [
        { text: "bind(), then listen()", correct: true },
        { text: "listen()", correct: false },
      ],
    });
  });

  it("says what is wrong, where, and how to fix it, in plain words", () => {
    const cases: Array<[string, string]> = [
      ["front,back\nsocket,An endpoint\nport,\n", 'row 3, column "back": is empty: fill it in'],
      [
        "question,options,answer,explanation\n,a|b,a,Why.\n",
        'row 2, column "question": is empty: fill it in',
      ],
      [
        "question,options,answer,type\nPick,a|b,a,essay\n",
        'row 2, column "type": must be one of "multiple_choice", "true_false", "typed", "output", not "essay"',
      ],
    ];
    for (const [text, error] of cases) expect(read(text)).toEqual({ ok: false, error });
  });
});
