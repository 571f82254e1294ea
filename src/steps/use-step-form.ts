import { useEffect, useState } from 'react';
import {
  set,
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Resolver,
} from 'react-hook-form';
import { useWizardStore } from '../store/wizard-store';
import { validateStep, type StepFormSpec } from './step-form-spec';

/**
 * One react-hook-form per step: the form holds what is being typed, the store the committed
 * design. Every valid edit is committed at once, so the figures follow the keyboard; an invalid
 * one shows its message and leaves the last valid design (and its figures) in place.
 */
export function useStepForm<V extends FieldValues>(spec: StepFormSpec<V>) {
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useForm<V>({
    mode: 'onChange',
    // A whole V is a valid DeepPartial<V>; TypeScript cannot see that for a generic V.
    defaultValues: spec.read(useWizardStore.getState().design) as DefaultValues<V>,
    resolver: stepResolver(spec),
  });
  const { watch, getValues } = form;

  useEffect(() => {
    const subscription = watch(() => {
      const { design, commitDesign } = useWizardStore.getState();
      const result = validateStep(spec, design, getValues());
      setOtherErrors(result.otherErrors);
      if (result.candidate) commitDesign(result.candidate);
    });
    return () => subscription.unsubscribe();
  }, [watch, getValues, spec]);

  return { form, otherErrors };
}

function stepResolver<V extends FieldValues>(spec: StepFormSpec<V>): Resolver<V> {
  return (values) => {
    const result = validateStep(spec, useWizardStore.getState().design, values);
    const entries = Object.entries(result.fieldErrors);
    if (entries.length === 0) return { values, errors: {} };
    const errors = {};
    for (const [field, message] of entries) set(errors, field, { type: 'validate', message });
    return { values: {}, errors: errors as FieldErrors<V> };
  };
}
