/**
 * Just enough of the protobuf wire format to read what Anki's newer packages and schema-18
 * collections store as protobuf (`meta`, the media map, note type, field and template configs):
 * varints and length-delimited fields; fixed-width fields are skipped.
 */
import { PackageError } from "./errors";

export type Fields = Map<number, Array<number | Uint8Array>>;

function varint(buf: Uint8Array, at: { i: number }): number {
  let value = 0;
  let scale = 1;
  for (let n = 0; n < 10; n++) {
    if (at.i >= buf.length) throw new PackageError("a protobuf value ends early");
    const byte = buf[at.i++]!;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return value;
    scale *= 128;
  }
  throw new PackageError("a protobuf varint is too long");
}

export function readMessage(buf: Uint8Array): Fields {
  const fields: Fields = new Map();
  const at = { i: 0 };
  while (at.i < buf.length) {
    const key = varint(buf, at);
    const field = Math.floor(key / 8);
    const wire = key & 7;
    let value: number | Uint8Array;
    if (wire === 0) value = varint(buf, at);
    else if (wire === 2) {
      const length = varint(buf, at);
      if (at.i + length > buf.length) throw new PackageError("a protobuf field runs past its end");
      value = buf.subarray(at.i, at.i + length);
      at.i += length;
    } else if (wire === 1 || wire === 5) {
      at.i += wire === 1 ? 8 : 4;
      continue;
    } else throw new PackageError(`unsupported protobuf wire type ${wire}`);
    const list = fields.get(field) ?? [];
    list.push(value);
    fields.set(field, list);
  }
  return fields;
}

const decoder = new TextDecoder();

export const text = (f: Fields, n: number): string => {
  const v = f.get(n)?.[0];
  return v instanceof Uint8Array ? decoder.decode(v) : "";
};
export const num = (f: Fields, n: number): number => {
  const v = f.get(n)?.[0];
  return typeof v === "number" ? v : 0;
};
export const messages = (f: Fields, n: number): Fields[] =>
  (f.get(n) ?? []).flatMap((v) => (v instanceof Uint8Array ? [readMessage(v)] : []));
