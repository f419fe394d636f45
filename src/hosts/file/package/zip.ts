// An .xlsx package (a zip of XML parts) opened for patching: parts are read as text when asked for,
// changed or added one by one, and every part left alone is written back with its compressed bytes
// as they were (JSZip reuses an unchanged entry's compressed data when the method is the same).
import JSZip from 'jszip';

const TEXT = new TextDecoder('utf-8');

export class XlsxPackage {
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();

  private constructor(private readonly zip: JSZip) {}

  /** Throws when the bytes are not a zip; the caller turns that into the user's message. */
  static async open(bytes: Uint8Array): Promise<XlsxPackage> {
    return new XlsxPackage(await JSZip.loadAsync(bytes));
  }

  names(): string[] {
    return Object.keys(this.zip.files).filter((name) => !this.zip.files[name].dir);
  }

  has(name: string): boolean {
    const entry = this.zip.files[name];
    return entry !== undefined && !entry.dir;
  }

  /** A part's text (decoded as UTF-8, a byte-order mark dropped); null when there is no such part. */
  async text(name: string): Promise<string | null> {
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const entry = this.zip.file(name);
    if (!entry) return null;
    let text = TEXT.decode(await entry.async('uint8array'));
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    this.texts.set(name, text);
    return text;
  }

  async bytes(name: string): Promise<Uint8Array | null> {
    const entry = this.zip.file(name);
    return entry ? entry.async('uint8array') : null;
  }

  setText(name: string, text: string): void {
    this.texts.set(name, text);
    this.changed.add(name);
    this.zip.file(name, text, { compression: 'DEFLATE' });
  }

  remove(name: string): void {
    this.texts.delete(name);
    this.changed.delete(name);
    this.zip.remove(name);
  }

  /** Parts changed or added since the package was opened. */
  changedParts(): string[] {
    return [...this.changed];
  }

  async save(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}
