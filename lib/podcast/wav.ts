/** Joins 16-bit PCM WAV files of one format into one WAV (espeak-ng writes one per line). */

interface Pcm {
  format: Buffer;
  data: Buffer;
}

/** The "fmt " and "data" chunks of a RIFF/WAVE buffer (espeak's --stdout leaves sizes unset, so read to the end). */
export function readWav(wav: Buffer): Pcm {
  if (wav.toString("ascii", 0, 4) !== "RIFF" || wav.toString("ascii", 8, 12) !== "WAVE")
    throw new Error("not a WAV file");
  let offset = 12;
  let format: Buffer | null = null;
  while (offset + 8 <= wav.length) {
    const id = wav.toString("ascii", offset, offset + 4);
    const size = wav.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === "fmt ") format = wav.subarray(body, body + size);
    if (id === "data") {
      const end =
        size === 0 || size === 0xffffffff || body + size > wav.length ? wav.length : body + size;
      if (!format) throw new Error("WAV data before its format");
      return { format, data: wav.subarray(body, end) };
    }
    offset = body + size + (size % 2);
  }
  throw new Error("WAV file has no data chunk");
}

/** One WAV from parts of the same format, with `gapMs` of silence between them. */
export function joinWav(parts: Buffer[], gapMs = 350): Buffer {
  const pcm = parts.map(readWav);
  const format = pcm[0]!.format;
  const byteRate = format.readUInt32LE(8);
  const blockAlign = format.readUInt16LE(12);
  const gap = Buffer.alloc(Math.round((byteRate * gapMs) / 1000 / blockAlign) * blockAlign);
  const data = Buffer.concat(pcm.flatMap((p, i) => (i === 0 ? [p.data] : [gap, p.data])));
  const header = Buffer.alloc(20);
  header.write("RIFF", 0, "ascii");
  header.writeUInt32LE(4 + 8 + format.length + 8 + data.length, 4);
  header.write("WAVE", 8, "ascii");
  header.write("fmt ", 12, "ascii");
  header.writeUInt32LE(format.length, 16);
  const dataHeader = Buffer.alloc(8);
  dataHeader.write("data", 0, "ascii");
  dataHeader.writeUInt32LE(data.length, 4);
  return Buffer.concat([header, format, dataHeader, data]);
}
