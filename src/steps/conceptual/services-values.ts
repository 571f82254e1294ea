import type { Design } from '../../design/design-schema';
import { REQUIRED_SERVICES, SERVICE_IDS, type ServiceId } from '../../design/services';

export const OPTIONAL_IDS = SERVICE_IDS.filter((id) => !REQUIRED_SERVICES.includes(id));

/**
 * What the first step edits: the design's name and the optional service classes. Kept apart from
 * its schema so the first step draws without the validation code, which loads just after.
 */
export type ServicesValues = { name: string; optional: ServiceId[] };

/** The required services are not in the form at all: they cannot be unticked. */
export function withOptionalServices(chosen: readonly ServiceId[]): ServiceId[] {
  return SERVICE_IDS.filter((id) => REQUIRED_SERVICES.includes(id) || chosen.includes(id));
}

export function readServices(d: Design): ServicesValues {
  return {
    name: d.name,
    optional: d.conceptual.services.filter((id) => !REQUIRED_SERVICES.includes(id)),
  };
}

export function writeServices(d: Design, values: ServicesValues): Design {
  return {
    ...d,
    name: values.name,
    conceptual: { services: withOptionalServices(values.optional) },
  };
}
