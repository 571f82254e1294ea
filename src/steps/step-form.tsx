import type { ReactNode } from 'react';
import { FormProvider, type FieldValues } from 'react-hook-form';
import type { StepFormSpec } from './step-form-spec';
import { useStepForm } from './use-step-form';

type Props<V extends FieldValues> = {
  spec: StepFormSpec<V>;
  legend: string;
  children: ReactNode;
};

/** A step's inputs: edits apply as they are typed, so there is nothing to submit. */
export function StepForm<V extends FieldValues>({ spec, legend, children }: Props<V>) {
  const { form, otherErrors } = useStepForm(spec);
  return (
    <FormProvider {...form}>
      <form className="step-form" noValidate onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{legend}</legend>
          <div className="step-form__fields">{children}</div>
        </fieldset>
        {otherErrors.length > 0 && (
          <div className="notice notice--error" role="alert">
            <p>This value cannot be sized with the rest of the design:</p>
            <ul>
              {otherErrors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </div>
        )}
      </form>
    </FormProvider>
  );
}
