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

/** A basket's or order's nest (issue [9]): per material group its sheets with the parts placed. */
export const NestViewSchema = z.object({
  groups: z.array(z.object({
    material: z.string(), thickness: z.number(), method: z.enum(['true-shape', 'box']),
    sheetCount: z.number().int(), boxSheetCount: z.number().int().openapi({ description: 'sheets the box nest of the same parts needs' }),
    utilization: z.number(),
    sheets: z.array(z.object({
      format: z.tuple([z.number(), z.number()]), utilization: z.number(), usedLength: z.number(),
      placements: z.array(z.object({
        line: z.number().int().openapi({ description: 'index into lines' }), x: z.number(), y: z.number(), rotation: z.number(), mirrored: z.boolean(),
      }).openapi({ description: 'the line\'s outline mirrored (x → −x) when mirrored, turned rotation° counter-clockwise about the drawing origin, then moved by (x, y)' })),
    })),
  })),
  lines: z.array(z.object({
    id: z.number().int(), name: z.string(), quantity: z.number().int(), material: z.string(), thickness: z.number(),
    outline: z.object({ rings: z.array(z.array(z.number())), bbox: z.object({ minX: z.number(), minY: z.number(), width: z.number(), height: z.number() }), exact: z.boolean() }),
  })),
}).openapi('Nest');
