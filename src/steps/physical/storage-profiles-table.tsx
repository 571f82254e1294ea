import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { MAX_PROFILES } from '../../design/costing-schema';
import { ownStorageProfileOf } from '../../engine/cost/storage-profiles';
import { useWizardStore } from '../../store/wizard-store';
import { STORAGE_PROFILE_ROWS, STORAGE_TDP_ROWS } from '../fields/field-catalog-profiles';
import { DRIVE_KIND_OPTIONS } from '../fields/field-catalog-storage';
import { PowerFromRows } from './power-from-rows';
import { ProfileCell } from './profile-cell';
import { ProfileColumns } from './profile-columns';
import { STORAGE_POWER_FROM_OPTIONS } from './power-from';
import { storageProfileForm } from './storage-power-form';

/**
 * Other storage nodes to size the same design on, one column each: drives, size and kind, cores,
 * RAM, link, rack units, watts (stated or estimated from its parts) and prices. A new one starts
 * as a copy of the design's own.
 */
export function StorageProfilesTable() {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'storageProfiles' });
  const profiles: unknown = useWatch({ control, name: 'storageProfiles' });
  const usesTdp = (i: number) =>
    Array.isArray(profiles) &&
    (profiles[i] as { powerFrom?: string } | undefined)?.powerFrom === 'tdp';
  const add = () => {
    const design = useWizardStore.getState().design;
    append(storageProfileForm(ownStorageProfileOf(design, `Storage server ${fields.length + 2}`)));
  };
  const column = (i: number) => `Storage profile ${i + 2}`;
  return (
    <div className="profiles-table">
      {fields.length > 0 && (
        <ProfileColumns
          caption="Other storage servers to compare"
          fields={fields}
          heading={column}
          remove={remove}
        >
          {STORAGE_PROFILE_ROWS.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {fields.map((field, i) => (
                <td key={field.id}>
                  <ProfileCell
                    name={`storageProfiles.${i}.${row.key}`}
                    label={`${column(i)} ${row.label}`}
                    kind={row.kind ?? 'number'}
                    step={row.step ?? 'any'}
                    options={DRIVE_KIND_OPTIONS}
                  />
                </td>
              ))}
            </tr>
          ))}
          <PowerFromRows
            fields={fields}
            column={column}
            base={(i) => `storageProfiles.${i}`}
            label="Watts for the cost from"
            options={STORAGE_POWER_FROM_OPTIONS}
            tdpRows={STORAGE_TDP_ROWS}
            usesTdp={usesTdp}
          />
        </ProfileColumns>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={add}
          disabled={fields.length >= MAX_PROFILES}
        >
          Add a storage server profile
        </button>
        {fields.length >= MAX_PROFILES && (
          <span>At most {MAX_PROFILES} other storage profiles: each is sized on every edit.</span>
        )}
      </div>
    </div>
  );
}
