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
  throw new CoreError('bad-catalog', {
    source,
    field: fieldPath(issue.path) || '(根)',
    reason: reasonInChinese(issue),
  });
}

/** A catalog from the text of a JSON file (a byte-order mark is allowed); `source` names the file in errors. */
export function parseCatalogText(text: string, source: string): Catalog {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CoreError('bad-catalog', { source, field: '(JSON)', reason: e instanceof Error ? e.message : String(e) });
  }
  return parseCatalog(json, source);
}

/** `indicators[3].target`, the way a person finds it in the file. */
export function fieldPath(path: PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`))
    .join('');
}

function reasonInChinese(issue: SchemaIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.includes('received undefined')
        ? `缺少此字段 (${issue.message})`
        : `类型不对,应为 ${String(issue.expected)} (${issue.message})`;
    case 'too_small':
      return `不能为空 (${issue.message})`;
    case 'unrecognized_keys':
      return `不认识的字段 ${(issue.keys ?? []).join(', ')}`;
    case 'invalid_value':
      return `只能是 ${(issue.values ?? []).map(String).join(' / ')}`;
    default:
      return issue.message;
  }
}
