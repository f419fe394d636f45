// The check stamp in the open workbook's custom document properties (workbook.properties.custom,
// ExcelApi 1.7). Excel outside the web keeps 255 characters of a value, so the stamp's JSON is kept in
// parts (core/property-parts.ts), exactly as the file host writes it.
import { STAMP_PROPERTY, decodeStamp, type ReturnStamp } from '../../core/returns/format';
import { joinPropertyValues, splitPropertyValues } from '../../core/property-parts';
import type { OfficeSession } from './session';

/** Parts looked for when reading: 8 × 250 characters, far more than a stamp needs. */
const MAX_PARTS = 8;

function partNames(): string[] {
  return [STAMP_PROPERTY, ...Array.from({ length: MAX_PARTS - 1 }, (_, i) => `${STAMP_PROPERTY}_${i + 2}`)];
}

/** The stamp, or null when there is none, it does not decode, or Excel lacks ExcelApi 1.7. One sync. */
export async function readStampIn(session: OfficeSession): Promise<ReturnStamp | null> {
  if (!session.supports('1.7')) return null;
  const custom = session.context.workbook.properties.custom;
  const items = partNames().map((name) => custom.getItemOrNullObject(name).load('key,value'));
  await session.sync();
  const props: Record<string, string> = {};
  for (const [i, item] of items.entries()) if (!item.isNullObject) props[partNames()[i]] = String(item.value);
  return decodeStamp(joinPropertyValues(props)[STAMP_PROPERTY]);
}

/**
 * Writes the stamp, in one sync; false when Excel lacks ExcelApi 1.7. A part left from a longer
 * earlier stamp stays behind but is never read: reading stops after a part shorter than a full one.
 */
export async function writeStampIn(session: OfficeSession, stamp: ReturnStamp): Promise<boolean> {
  if (!session.supports('1.7')) return false;
  const custom = session.context.workbook.properties.custom;
  for (const [name, part] of Object.entries(splitPropertyValues({ [STAMP_PROPERTY]: JSON.stringify(stamp) }))) custom.add(name, part);
  await session.sync();
  return true;
}

/** Removes the stamp and its parts (a return checked again and no longer ready): two syncs. */
export async function removeStampIn(session: OfficeSession): Promise<void> {
  if (!session.supports('1.7')) return;
  const custom = session.context.workbook.properties.custom;
  const items = partNames().map((name) => custom.getItemOrNullObject(name).load('key'));
  await session.sync();
  const found = items.filter((item) => !item.isNullObject);
  if (found.length === 0) return;
  for (const item of found) item.delete();
  await session.sync();
}
