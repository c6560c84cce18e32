/** Reads the ask route's NDJSON stream, reporting each event as it arrives. */
import type { AnswerPassage } from "@/lib/chat/types";

export type StreamEvent =
  | { type: "passages"; found: boolean; passages: AnswerPassage[] }
  | { type: "delta"; text: string }
  | { type: "reset" }
  | { type: "done"; result: { answer: string; passages: AnswerPassage[] } };

export async function readAnswer(
  response: Response,
  onEvent: (e: StreamEvent) => void,
): Promise<void> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split("\n");
    buffer = lines.pop()!;
    for (const line of lines) if (line.trim()) onEvent(JSON.parse(line) as StreamEvent);
  }
}
