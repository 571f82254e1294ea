import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { STARTER_FLAVORS } from '../../../design/starter-flavors';

/** The book's single average VM, or a list of flavors: an empty flavor list means the former. */
export function WorkloadMode() {
  const { control } = useFormContext();
  const { replace } = useFieldArray({ control, name: 'flavors' });
  const flavors: unknown = useWatch({ control, name: 'flavors' });
  const usesFlavors = Array.isArray(flavors) && flavors.length > 0;
  return (
    <fieldset className="workload-mode">
      <legend>Size the workload as</legend>
      <label>
        <input
          type="radio"
          name="workload-mode"
          checked={!usesFlavors}
          onChange={() => replace([])}
        />{' '}
        one average VM (the book&rsquo;s way)
      </label>
      <label>
        <input
          type="radio"
          name="workload-mode"
          checked={usesFlavors}
          onChange={() => replace(STARTER_FLAVORS.map((f) => ({ ...f })))}
        />{' '}
        a list of instance flavors (starting from m1.tiny … m1.xlarge)
      </label>
    </fieldset>
  );
}
