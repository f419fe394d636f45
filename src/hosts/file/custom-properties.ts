// Custom document properties (File ▸ Info ▸ Properties ▸ Custom) of workbook bytes: read, or set in a
// copy of the bytes, through the same package code the file host patches workbooks with.
import { CoreError } from '../../core/errors';
import { readPackageProperties, setPackageProperties } from './package/custom-properties';
import { XlsxPackage } from './package/zip';

async function openPackage(xlsx: Uint8Array, file: string): Promise<XlsxPackage> {
  try {
    const pkg = await XlsxPackage.open(xlsx);
    if (!pkg.has('[Content_Types].xml')) throw new Error('no [Content_Types].xml');
    return pkg;
  } catch {
    throw new CoreError('bad-input', { file, kind: 'not-workbook' });
  }
}

/** The custom document properties of an .xlsx file, each value as text; {} when it has none. */
export async function readCustomProperties(xlsx: Uint8Array, file = ''): Promise<Record<string, string>> {
  return readPackageProperties(await openPackage(xlsx, file));
}

/**
 * The same .xlsx file with the given custom properties set as text (vt:lpwstr); properties already
 * there under other names are kept as they were, those with the same names are replaced.
 */
export async function writeCustomProperties(xlsx: Uint8Array, props: Record<string, string>, file = ''): Promise<Uint8Array> {
  const pkg = await openPackage(xlsx, file);
  await setPackageProperties(pkg, props);
  return pkg.save();
}
