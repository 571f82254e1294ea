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
import { fieldLabel, type StepFormSpec, type StepValidation } from './step-form-spec';

type ShownErrors = Readonly<Record<string, string>>;

/**
 * One react-hook-form per step: the form holds what is being typed, the store the committed
 * design. Every valid edit is committed at once, so the figures follow the keyboard; an invalid
 * one shows its message and leaves the last valid design (and its figures) in place.
 *
 * A check across fields files its error under one of them (the maximum, not the average), often
 * not the one just edited, and react-hook-form shows only the edited field's error. So each edit
 * re-judges the whole form, and the edit that brought a cross-field error in is marked too: both
 * fields are then marked, whichever one the check names. The edit's validation is reused, so
 * nothing is sized twice.
 */
export function useStepForm<V extends FieldValues>(spec: StepFormSpec<V>) {
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const validate = useMemo(() => lastStepValidation(spec), [spec]);
  const shownErrors = useShownErrors(spec);
  const form = useForm<V>({
    mode: 'onChange',
    // A whole V is a valid DeepPartial<V>; TypeScript cannot see that for a generic V.
    defaultValues: spec.read(currentDesign()) as DefaultValues<V>,
    resolver: stepResolver((values) => shownErrors.of(validate(currentDesign(), values))),
  });
  const { watch, getValues, trigger } = form;

  useEffect(() => {
    const subscription = watch((_values, { name }) => {
      const { commitSizedDesign, setInvalidInput } = useWizardStore.getState();
      const design = currentDesign();
      const result = validate(design, getValues());
      shownErrors.edited(name ?? null, result);
      setOtherErrors(result.otherErrors);
      setInvalidInput(result.candidate === null);
      // Values that come back unchanged (already committed) are not a new edit.
      if (result.candidate && result.candidate.design !== design)
        commitSizedDesign(result.candidate);
      void trigger();
    });
    return () => subscription.unsubscribe();
  }, [watch, getValues, trigger, validate, shownErrors]);

  // A design that arrived unsized shows what stops it on every step that holds such a field.
  useEffect(() => {
    const { unsized } = useWizardStore.getState();
    if (!unsized) return;
    const result = validate(unsized.design, getValues());
    setOtherErrors(result.otherErrors);
    useWizardStore.getState().setInvalidInput(true);
    void trigger();
  }, [validate, getValues, trigger]);

  // A step left with input that cannot be sized takes that input with it.
  useEffect(() => () => useWizardStore.getState().setInvalidInput(false), []);

  return { form, otherErrors };
}

/** What the forms edit: the design that arrived unsized while it waits for a fix, else the committed one. */
function currentDesign(): Design {
  const { unsized, design } = useWizardStore.getState();
  return unsized?.design ?? design;
}

/**
 * The errors each validation shows, with the edited field marked as well when its edit made
 * another field's error appear. Which field brought an error in is remembered for as long as the
 * error lasts, so editing a third field leaves the pair marked and the third one clear.
 */
function useShownErrors<V extends FieldValues>(spec: StepFormSpec<V>) {
  return useMemo(() => {
    const memo = {
      /** The field that brought each error (keyed by field and message) in. */
      causes: new Map<string, string>(),
      /** The errors standing before this edit: an edit did not bring in what was already there. */
      standing: new Set<string>(),
      shown: new WeakMap<StepValidation, ShownErrors>(),
    };
    return {
      edited(name: string | null, result: StepValidation): void {
        if (memo.shown.has(result)) return;
        const causes = new Map<string, string>();
        const standing = new Set<string>();
        for (const [field, message] of Object.entries(result.fieldErrors)) {
          const key = `${field}\n${message}`;
          standing.add(key);
          const cause = memo.causes.get(key) ?? (memo.standing.has(key) ? null : name);
          if (cause !== null && cause !== field) causes.set(key, cause);
        }
        memo.causes = causes;
        memo.standing = standing;
        memo.shown.set(result, withCauses(result.fieldErrors, causes, spec.fields));
      },
      of(result: StepValidation): ShownErrors {
        return memo.shown.get(result) ?? result.fieldErrors;
      },
    };
  }, [spec]);
}

function withCauses(
  fieldErrors: ShownErrors,
  causes: ReadonlyMap<string, string>,
  paths: Readonly<Record<string, string>>,
): ShownErrors {
  const shown: Record<string, string> = { ...fieldErrors };
  for (const [key, cause] of causes) {
    const [field = '', message = ''] = key.split('\n');
    // The cause's own error, if it has one, says more about it than the other field's does.
    shown[cause] ??= `${fieldLabel(paths[field] ?? field)} ${message}`;
  }
  return shown;
}

function stepResolver<V extends FieldValues>(errorsOf: (values: V) => ShownErrors): Resolver<V> {
  return (values) => {
    const entries = Object.entries(errorsOf(values));
    if (entries.length === 0) return { values, errors: {} };
    const errors = {};
    for (const [field, message] of entries) set(errors, field, { type: 'validate', message });
    return { values: {}, errors: errors as FieldErrors<V> };
  };
}
