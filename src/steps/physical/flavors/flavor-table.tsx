import { useFieldArray, useFormContext } from 'react-hook-form';
import { SideScroll } from '../../../app/side-scroll';
import { STARTER_FLAVORS } from '../../../design/starter-flavors';
import { FlavorCell } from './flavor-cell';

const COLUMNS = [
  { key: 'vcpus', label: 'vCPUs', step: 1 },
  { key: 'ghzPerVcpu', label: 'GHz per vCPU', step: 'any' },
  { key: 'ramGb', label: 'RAM (GB)', step: 'any' },
  { key: 'ephemeralGb', label: 'Ephemeral disk (GB)', step: 'any' },
  { key: 'persistentGb', label: 'Volumes (GB)', step: 'any' },
  { key: 'mbps', label: 'Bandwidth (Mbit/s)', step: 'any' },
  { key: 'count', label: 'Instances', step: 1 },
] as const;

/** The workload as Nova flavors: one row a flavor, with how many instances of it to host. */
export function FlavorTable({ showVolumes }: { showVolumes: boolean }) {
  const { control } = useFormContext();
  const { fields, append, remove, replace } = useFieldArray({ control, name: 'flavors' });
  const columns = COLUMNS.filter((c) => showVolumes || c.key !== 'persistentGb');
  return (
    <div className="flavor-table">
      <SideScroll label="Flavors">
        <table className="data-table">
          <caption>
            Flavors: the wizard adds up what every flavor asks for; every node must hold the largest
            before oversubscription.
          </caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field, i) => (
              <tr key={field.id}>
                <td>
                  <FlavorCell
                    name={`flavors.${i}.name`}
                    label={`Flavor ${i + 1} name`}
                    kind="text"
                  />
                </td>
                {columns.map((c) => (
                  <td key={c.key}>
                    <FlavorCell
                      name={`flavors.${i}.${c.key}`}
                      label={`Flavor ${i + 1} ${c.label}`}
                      kind="number"
                      step={c.step}
                    />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="button"
                    onClick={() => remove(i)}
                    disabled={fields.length === 1}
                  >
                    Remove<span className="visually-hidden"> flavor {i + 1}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </SideScroll>
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() =>
            append({ ...STARTER_FLAVORS[1], name: `flavor-${fields.length + 1}`, count: 0 })
          }
        >
          Add a flavor
        </button>
        <button
          type="button"
          className="button"
          onClick={() => replace(STARTER_FLAVORS.map((f) => ({ ...f })))}
        >
          Reset to m1.tiny … m1.xlarge
        </button>
      </div>
    </div>
  );
}
