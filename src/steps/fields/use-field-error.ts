import { get, useFormContext } from 'react-hook-form';

/** The message of a field's error, nested names included (`flavors.2.vcpus`). */
export function useFieldError(name: string): string | undefined {
  const { formState } = useFormContext();
  const error: unknown = get(formState.errors, name);
  if (typeof error !== 'object' || error === null || !('message' in error)) return undefined;
  return typeof error.message === 'string' ? error.message : undefined;
}
