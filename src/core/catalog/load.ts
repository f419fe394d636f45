// Loading a catalog from JSON: validated by the schema, rejected with the field and the reason.
import type { Catalog } from '../types';
import { CoreError } from '../errors';
import { catalogSchema } from './schema';

interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  keys?: string[];
  values?: unknown[];
}

export function parseCatalog(json: unknown, source: string): Catalog {
  const result = catalogSchema.safeParse(json);
  if (result.success) return result.data as Catalog;
  const issue = result.error.issues[0] as unknown as SchemaIssue;
  throw new CoreError('bad-catalog', { source, field: fieldPath(issue.path) || '(root)', ...reasonOf(issue) });
}

/** A catalog from the text of a JSON file (a byte-order mark is allowed); `source` names the file in errors. */
export function parseCatalogText(text: string, source: string): Catalog {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CoreError('bad-catalog', { source, field: '(JSON)', kind: 'json', reason: e instanceof Error ? e.message : String(e) });
  }
  return parseCatalog(json, source);
}

/** `indicators[3].target`, the way a person finds it in the file. */
export function fieldPath(path: PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`))
    .join('');
}

/** The kind of problem (which picks the sentence, in either language) and its details. */
function reasonOf(issue: SchemaIssue): Record<string, string> {
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.includes('received undefined')
        ? { kind: 'missing', reason: issue.message }
        : { kind: 'type', expected: String(issue.expected), reason: issue.message };
    case 'too_small':
      return { kind: 'empty', reason: issue.message };
    case 'unrecognized_keys':
      return { kind: 'unknown-keys', keys: (issue.keys ?? []).join(', '), reason: issue.message };
    case 'invalid_value':
      return { kind: 'values', values: (issue.values ?? []).map(String).join(' / '), reason: issue.message };
    default:
      return { reason: issue.message };
  }
}
