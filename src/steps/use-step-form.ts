import { useEffect, useMemo, useState } from 'react';
import {
  set,
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Resolver,
} from 'react-hook-form';
import type { Design } from '../design/design-schema';
import { useWizardStore } from '../store/wizard-store';
import { lastStepValidation } from './last-step-validation';
import type { StepFormSpec, StepValidation } from './step-form-spec';

/**
 * One react-hook-form per step: the form holds what is being typed, the store the committed
 * design. Every valid edit is committed at once, so the figures follow the keyboard; an invalid
 * one shows its message and leaves the last valid design (and its figures) in place.
 */
export function useStepForm<V extends FieldValues>(spec: StepFormSpec<V>) {
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const validate = useMemo(() => lastStepValidation(spec), [spec]);
  const form = useForm<V>({
    mode: 'onChange',
    // A whole V is a valid DeepPartial<V>; TypeScript cannot see that for a generic V.
    defaultValues: spec.read(useWizardStore.getState().design) as DefaultValues<V>,
    resolver: stepResolver(validate),
  });
  const { watch, getValues } = form;

  useEffect(() => {
    const subscription = watch(() => {
      const { design, commitSizedDesign } = useWizardStore.getState();
      const result = validate(design, getValues());
      setOtherErrors(result.otherErrors);
      // Values that come back unchanged (already committed) are not a new edit.
      if (result.candidate && result.candidate.design !== design)
        commitSizedDesign(result.candidate);
    });
    return () => subscription.unsubscribe();
  }, [watch, getValues, validate]);

  return { form, otherErrors };
}

function stepResolver<V extends FieldValues>(
  validate: (design: Design, values: V) => StepValidation,
): Resolver<V> {
  return (values) => {
    const result = validate(useWizardStore.getState().design, values);
    const entries = Object.entries(result.fieldErrors);
    if (entries.length === 0) return { values, errors: {} };
    const errors = {};
    for (const [field, message] of entries) set(errors, field, { type: 'validate', message });
    return { values: {}, errors: errors as FieldErrors<V> };
  };
}
