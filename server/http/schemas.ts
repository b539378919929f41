/** zod schemas shared by several routes (and so by the OpenAPI document). */
import { z } from '@hono/zod-openapi';

export const FileField = z.custom<File>((v) => typeof File !== 'undefined' && v instanceof File, { message: 'a file is required' })
  .openapi({ type: 'string', format: 'binary' });

export const Thickness = z.coerce.number().positive().max(100).openapi({ example: 3, description: 'mm' });
export const Quantity = z.coerce.number().int().min(1).max(1_000_000).openapi({ example: 10 });
export const MaterialId = z.string().trim().min(1).max(40).openapi({ example: 'S235' });
export const Params = z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])).openapi({ example: { width: 200, height: 100 } });
export const TemplateName = z.string().min(1).max(40).openapi({ example: 'rectangle' });

export const AddressSchema = z.object({
  name: z.string().trim().min(1).max(200),
  street: z.string().trim().min(1).max(200),
  zip: z.string().trim().min(1).max(20),
  city: z.string().trim().min(1).max(100),
  country: z.string().trim().min(2).max(60),
}).openapi('Address');

export const QuoteSchema = z.object({
  metrics: z.record(z.string(), z.unknown()),
  material: z.object({ id: z.string(), thickness: z.number() }),
  quantity: z.number(),
  currency: z.string(),
  unitPrice: z.number().int().openapi({ description: 'cents' }),
  total: z.number().int().openapi({ description: 'cents; the sum of breakdown' }),
  breakdown: z.array(z.object({ code: z.string(), label: z.string(), amount: z.number().int() })),
  sheets: z.object({ format: z.array(z.number()), partsPerSheet: z.number(), sheetCount: z.number(), utilization: z.number() }),
}).passthrough().openapi('Quote');

/** A multipart form value that may come as a string or a File; only strings are accepted here. */
export const formString = (max = 200) => z.string().trim().min(1).max(max);
