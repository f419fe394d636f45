// The name of a file a job writes from an input: `<name>.checked.xlsx`, `<name>.cleared.xlsx` …; a
// macro workbook keeps `.xlsm` (Excel opens no macro package named .xlsx), and a `.checked` already in
// the name is dropped for the other suffixes.
export type OutputSuffix = 'checked' | 'cleared' | 'merged';

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

function stem(file: string): string {
  const name = baseName(file);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

export function isMacroWorkbook(file: string): boolean {
  return /\.xlsm$/i.test(file);
}

export function outputName(file: string, suffix: OutputSuffix): string {
  const extension = isMacroWorkbook(file) ? 'xlsm' : 'xlsx';
  let name = stem(file);
  // A checked copy checked again is named as the first check's copy, not x.checked.checked.
  if (suffix === 'cleared' || suffix === 'checked') name = name.replace(/\.checked$/, '') || name;
  // A master that is itself a merged or checked copy keeps its first name.
  if (suffix === 'merged') name = name.replace(/(\.(checked|merged))+$/, '') || name;
  return `${name}.${suffix}.${extension}`;
}

/**
 * The names, each one made unique without regard to case (as Windows and macOS compare names): a
 * repeated one gets ` (2)`, ` (3)` … before its extension. Two departments whose names differ only in
 * characters a file name cannot hold would otherwise write one feedback file over the other.
 */
export function uniqueFileNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** A file's name without its folders (the notes of a merge name the file, not where it was). */
export { baseName };
