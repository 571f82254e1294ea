import type { Design } from '../../design/design-schema';
import { validateStep, type StepValidation } from '../step-form-spec';
import { servicesSpec } from './services-spec';

/** The first step's edit checked and sized as every other step's is (see `validateStep`). */
export function checkServices(
  design: Design,
  values: ReturnType<typeof servicesSpec.read>,
): StepValidation {
  return validateStep(servicesSpec, design, values);
}
