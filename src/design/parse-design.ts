import type * as z from 'zod/mini';
import { DEFAULT_DESIGN } from './default-design';
import { CURRENT_VERSION, designSchema, type Design } from './design-schema';
import { documentShapeErrors } from './document-shape';
import { joinPath, type FieldError } from './field-error';
import { isObject, migrate } from './migrations';
import { checkPlanFields } from './plan-checks';
import { REQUIRED_SERVICES } from './services';
import { readable } from '../engine/report/readable';

export type ParseResult =
  | { ok: true; design: Design }
  | {
      ok: false;
      reason: 'not-an-object' | 'too-new' | 'bad-version' | 'invalid';
      errors: FieldError[];
    };

/**
 * Reads any value as a design: migrates older versions forward, fills omitted fields from the
 * default design, and rejects everything else with messages that name the field.
 */
export function parseDesign(input: unknown): ParseResult {
  if (!isObject(input)) {
    return {
      ok: false,
      reason: 'not-an-object',
      errors: [{ path: '', message: 'a design must be a JSON object' }],
    };
  }
  const shape = documentShapeErrors(input);
  if (shape.length > 0) return { ok: false, reason: 'invalid', errors: shape };

  const migrated = migrate(input, CURRENT_VERSION);
  if (!migrated.ok) return migrated;

  const filled = fillFromDefaults(DEFAULT_DESIGN, migrated.doc);
  const parsed = designSchema.safeParse(filled);
  if (!parsed.success) return { ok: false, reason: 'invalid', errors: toFieldErrors(parsed.error) };

  const crossField = checkAcrossFields(parsed.data);
  if (crossField.length > 0) return { ok: false, reason: 'invalid', errors: crossField };
  return { ok: true, design: parsed.data };
}

/** Objects merge key by key; arrays and plain values given in the document replace the default. */
function fillFromDefaults(defaults: unknown, given: unknown): unknown {
  if (given === undefined) return defaults;
  if (!isObject(defaults) || !isObject(given)) return given;
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(given))
    merged[key] = fillFromDefaults(defaults[key], value);
  return merged;
}

function toFieldErrors(error: z.core.$ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: joinPath([...issue.path, key]),
        message: 'is not a known field',
      }));
    }
    return [{ path: joinPath(issue.path), message: issue.message }];
  });
}

function checkAcrossFields(design: Design): FieldError[] {
  const errors: FieldError[] = [];
  const { workload, cpu, memory } = design.physical;
  const missing = REQUIRED_SERVICES.filter((id) => !design.conceptual.services.includes(id));
  if (missing.length > 0) {
    errors.push({
      path: 'conceptual.services',
      message: `must include the required services (${missing.join(', ')} missing)`,
    });
  }
  if (workload.ghzPerVmMax < workload.ghzPerVm) {
    errors.push({
      path: 'physical.workload.ghzPerVmMax',
      message: `must be ≥ the average compute per VM (${readable(workload.ghzPerVm)} GHz)`,
    });
  }
  if (workload.ramGbPerVmMax < workload.ramGbPerVm) {
    errors.push({
      path: 'physical.workload.ramGbPerVmMax',
      message: `must be ≥ the average RAM per VM (${readable(workload.ramGbPerVm)} GB)`,
    });
  }
  const stickGroup = memory.memoryChannelsPerSocket * cpu.socketsPerServer;
  if (memory.dimmSlotsPerServer < stickGroup) {
    errors.push({
      path: 'physical.memory.dimmSlotsPerServer',
      message: `must be ≥ memory channels per socket × sockets per server (${readable(stickGroup)}), so one full set of sticks fits`,
    });
  }
  errors.push(...checkPlanFields(design));
  return errors;
}
