import type { FieldValues } from 'react-hook-form';
import type * as z from 'zod/mini';
import type { Design } from '../design/design-schema';
import type { StepFormSpec } from './step-form-spec';

/** A form over one object of the design, field for field, e.g. `physical.workload`. */
export function sectionSpec<V extends FieldValues>(
  schema: z.ZodMiniObject & z.ZodMiniType<V>,
  prefix: string,
  read: (design: Design) => V,
  write: (design: Design, values: V) => Design,
): StepFormSpec<V> {
  const fields: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) fields[key] = `${prefix}.${key}`;
  return { schema, read, write, fields };
}
