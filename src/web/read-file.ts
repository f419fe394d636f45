// A chosen file's bytes. A file the browser cannot read (moved, deleted, locked since it was chosen)
// fails with the file's name, in the user's language.
import type { InputFile } from './jobs/protocol';

export class FileReadError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'FileReadError';
  }
}

function readWithReader(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}

export async function readInputFile(file: File): Promise<InputFile> {
  try {
    const buffer = typeof file.arrayBuffer === 'function' ? await file.arrayBuffer() : await readWithReader(file);
    return { name: file.name, bytes: new Uint8Array(buffer) };
  } catch (error) {
    throw new FileReadError(file.name, error instanceof Error ? error.message : String(error));
  }
}

export async function readText(file: File): Promise<string> {
  const { bytes } = await readInputFile(file);
  return new TextDecoder('utf-8').decode(bytes);
}
