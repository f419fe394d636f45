// The catalog format (DESIGN §5), validated when a catalog is loaded.
import { z } from 'zod';

const text = z.string().trim().min(1);

export const catalogIndicatorSchema = z
  .object({
    id: text,
    name: text,
    aliases: z.array(text).optional(),
    category: z.string().nullable().optional(),
    unit: z.string().nullable().optional(),
    target: text,
    direction: z.enum(['higher', 'lower']).nullable().optional(),
    property: z.enum(['约束性', '参考性', '指导性', '预期性']).nullable().optional(),
    year: z.number().int().min(1990).max(2100).nullable().optional(),
    lead: z.array(text),
    coop: z.array(text),
    sourceText: text,
    note: z.string().nullable().optional(),
  })
  .strict();

export const catalogSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
    title: text,
    issuer: z.string().nullable().optional(),
    issued: z.string().nullable().optional(),
    source: z.string().nullable().optional(),
    version: z.string().nullable().optional(),
    indicators: z.array(catalogIndicatorSchema).min(1),
  })
  .strict()
  .superRefine((catalog, ctx) => {
    const seen = new Set<string>();
    catalog.indicators.forEach((indicator, i) => {
      if (seen.has(indicator.id)) {
        ctx.addIssue({ code: 'custom', path: ['indicators', i, 'id'], message: `duplicate id ${indicator.id}` });
      }
      seen.add(indicator.id);
    });
  });
