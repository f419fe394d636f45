// An .xlsx package (a zip of XML parts) opened for patching: parts are inflated only when asked for,
// changed or added one by one, and every part left alone is written back with its compressed bytes
// exactly as they were. fflate inflates and deflates; copying an entry's compressed bytes unchanged
// is what no maintained zip library offers, so the zip container itself (local headers, central
// directory, ECMA-376 Part 2 / APPNOTE 6.3) is read and written here by hand.
import { Deflate, Inflate, inflateSync, strFromU8, strToU8 } from 'fflate';

interface Entry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** DOS time and date of the entry. */
  time: number;
  date: number;
  /** The compressed bytes as they are in the input (null for an entry added or changed here). */
  raw: Uint8Array | null;
  /** The bytes to write, uncompressed, for an entry added or changed here. */
  data: Uint8Array | null;
}

export class ZipFormatError extends Error {}

/** CRC-32 tables for slicing by four bytes at a time (T[k][n]: the CRC of byte n followed by k zero bytes). */
const CRC_TABLES = (() => {
  const tables = [new Int32Array(256), new Int32Array(256), new Int32Array(256), new Int32Array(256)];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[0][n] = c;
  }
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 4; k++) tables[k][n] = tables[0][tables[k - 1][n] & 0xff] ^ (tables[k - 1][n] >>> 8);
  }
  return tables;
})();

/** The CRC-32 of bytes, continued from the CRC of the bytes before them. */
function crc32(bytes: Uint8Array, previous = 0): number {
  const [t0, t1, t2, t3] = CRC_TABLES;
  let crc = previous ^ -1;
  let i = 0;
  for (const end = bytes.length - 3; i < end; i += 4) {
    crc ^= bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    crc = t3[crc & 0xff] ^ t2[(crc >>> 8) & 0xff] ^ t1[(crc >>> 16) & 0xff] ^ t0[crc >>> 24];
  }
  for (; i < bytes.length; i++) crc = t0[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** A faster deflate and inflate than fflate's where the platform has one (Node's zlib): the file host sets it. */
export interface NativeDeflate {
  deflateRaw(data: Uint8Array): Uint8Array;
  inflateRaw(data: Uint8Array): Uint8Array;
}

let native: NativeDeflate | null = null;

export function useNativeDeflate(codec: NativeDeflate | null): void {
  native = codec;
}

/** Parts up to this size go to the native codec whole; larger ones are streamed through fflate, to bound memory. */
const NATIVE_AT_MOST = 1 << 25;

/** Characters encoded at a time: a large part never exists whole as bytes beside its text. */
const TEXT_CHUNK = 1 << 20;

function concatenated(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * A part's text as an entry stores it: encoded and deflated a megabyte at a time. Level 4: half the
 * time of level 6 for a file some 8% larger.
 */
function compressed(text: string): { raw: Uint8Array; method: number; crc: number; compressedSize: number; size: number } {
  if (text.length === 0) return { raw: new Uint8Array(0), method: 0, crc: 0, compressedSize: 0, size: 0 };
  if (native && text.length <= NATIVE_AT_MOST) {
    const bytes = strToU8(text);
    const raw = native.deflateRaw(bytes);
    return { raw, method: 8, crc: crc32(bytes), compressedSize: raw.length, size: bytes.length };
  }
  const out: Uint8Array[] = [];
  const deflate = new Deflate({ level: 4 }, (chunk) => out.push(chunk));
  let crc = 0;
  let size = 0;
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + TEXT_CHUNK, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--; // never split a surrogate pair
    const bytes = strToU8(text.slice(at, end));
    crc = crc32(bytes, crc);
    size += bytes.length;
    deflate.push(bytes, end === text.length);
    at = end;
  }
  const raw = concatenated(out);
  return { raw, method: 8, crc, compressedSize: raw.length, size };
}

/** A deflated part's text, inflated and decoded piece by piece. */
function inflatedText(raw: Uint8Array, size: number): string {
  if (native && size <= NATIVE_AT_MOST) return strFromU8(native.inflateRaw(raw));
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  const inflate = new Inflate((chunk, final) => parts.push(decoder.decode(chunk, { stream: !final })));
  inflate.push(raw, true);
  return parts.join('');
}

function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function readEntries(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end of central directory record: the last signature 0x06054b50 within the comment's reach.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new ZipFormatError('zip64 archives are not supported');
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new ZipFormatError('bad central directory');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const time = view.getUint16(at + 12, true);
    const date = view.getUint16(at + 14, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    if (flags & 1) throw new ZipFormatError('encrypted zip entries are not supported');
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = flags & 0x800 ? strFromU8(nameBytes) : strFromU8(nameBytes, true);
    if (view.getUint32(offset, true) !== 0x04034b50) throw new ZipFormatError(`bad local header for ${name}`);
    const dataStart = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    entries.push({ name, method, crc, compressedSize, size, time, date, raw: bytes.subarray(dataStart, dataStart + compressedSize), data: null });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Texts of parts longer than this are not kept as strings: a changed part is compressed when it is
 * set, a read one inflated again when asked for. A province sheet's text is most of what a check of
 * it keeps alive, and the compressed bytes are a tenth of it.
 */
const KEEP_TEXT_BELOW = 1 << 21;

export class XlsxPackage {
  private readonly entries: Map<string, Entry>;
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();

  private constructor(entries: Entry[]) {
    this.entries = new Map(entries.map((e) => [e.name, e]));
  }

  /** Throws ZipFormatError when the bytes are not a zip this can read. */
  static async open(bytes: Uint8Array): Promise<XlsxPackage> {
    return new XlsxPackage(readEntries(bytes));
  }

  names(): string[] {
    return [...this.entries.keys()].filter((name) => !name.endsWith('/'));
  }

  has(name: string): boolean {
    return this.entries.has(name) && !name.endsWith('/');
  }

  async bytes(name: string): Promise<Uint8Array | null> {
    const entry = this.entries.get(name);
    if (!entry) return null;
    if (entry.data) return entry.data;
    if (entry.method === 0) return entry.raw!;
    if (entry.method !== 8) throw new ZipFormatError(`${name}: compression method ${entry.method} is not supported`);
    return native ? native.inflateRaw(entry.raw!) : inflateSync(entry.raw!, { out: new Uint8Array(entry.size) });
  }

  /** A part's text (UTF-8, a byte-order mark dropped); null when there is no such part. */
  async text(name: string): Promise<string | null> {
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const entry = this.entries.get(name);
    if (!entry) return null;
    let text: string;
    if (!entry.data && entry.method === 8) text = inflatedText(entry.raw!, entry.size);
    else {
      const bytes = await this.bytes(name);
      if (!bytes) return null;
      text = strFromU8(bytes);
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.length < KEEP_TEXT_BELOW) this.texts.set(name, text);
    return text;
  }

  setText(name: string, text: string): void {
    this.changed.add(name);
    const existing = this.entries.get(name);
    const { time, date } = existing ?? dosNow();
    if (text.length < KEEP_TEXT_BELOW) {
      this.texts.set(name, text);
      this.entries.set(name, { name, method: 8, crc: 0, compressedSize: 0, size: 0, time, date, raw: null, data: null });
      return;
    }
    this.texts.delete(name);
    this.entries.set(name, { name, time, date, ...compressed(text), data: null });
  }

  remove(name: string): void {
    this.texts.delete(name);
    this.changed.delete(name);
    this.entries.delete(name);
  }

  /** Parts changed or added since the package was opened. */
  changedParts(): string[] {
    return [...this.changed];
  }

  async save(): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    const central: Uint8Array[] = [];
    let offset = 0;
    for (const entry of this.entries.values()) {
      let raw = entry.raw;
      let { method, crc, compressedSize, size } = entry;
      if (!raw) ({ raw, method, crc, compressedSize, size } = compressed(this.texts.get(entry.name) ?? ''));
      const name = strToU8(entry.name);
      const local = new Uint8Array(30 + name.length);
      const lv = new DataView(local.buffer);
      lv.setUint32(0, 0x04034b50, true);
      lv.setUint16(4, 20, true);
      lv.setUint16(6, 0x800, true); // names are UTF-8
      lv.setUint16(8, method, true);
      lv.setUint16(10, entry.time, true);
      lv.setUint16(12, entry.date, true);
      lv.setUint32(14, crc, true);
      lv.setUint32(18, compressedSize, true);
      lv.setUint32(22, size, true);
      lv.setUint16(26, name.length, true);
      local.set(name, 30);
      const header = new Uint8Array(46 + name.length);
      const cv = new DataView(header.buffer);
      cv.setUint32(0, 0x02014b50, true);
      cv.setUint16(4, 20, true);
      cv.setUint16(6, 20, true);
      cv.setUint16(8, 0x800, true);
      cv.setUint16(10, method, true);
      cv.setUint16(12, entry.time, true);
      cv.setUint16(14, entry.date, true);
      cv.setUint32(16, crc, true);
      cv.setUint32(20, compressedSize, true);
      cv.setUint32(24, size, true);
      cv.setUint16(28, name.length, true);
      cv.setUint32(42, offset, true);
      header.set(name, 46);
      chunks.push(local, raw);
      central.push(header);
      offset += local.length + raw.length;
    }
    const centralSize = central.reduce((n, c) => n + c.length, 0);
    const end = new Uint8Array(22);
    const ev = new DataView(end.buffer);
    ev.setUint32(0, 0x06054b50, true);
    ev.setUint16(8, central.length, true);
    ev.setUint16(10, central.length, true);
    ev.setUint32(12, centralSize, true);
    ev.setUint32(16, offset, true);
    const out = new Uint8Array(offset + centralSize + 22);
    let at = 0;
    for (const chunk of [...chunks, ...central, end]) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}
