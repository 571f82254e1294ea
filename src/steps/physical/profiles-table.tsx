import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { MAX_PROFILES } from '../../design/costing-schema';
import { ownProfileOf } from '../../engine/cost/compare-profiles';
import { useWizardStore } from '../../store/wizard-store';
import { COMPUTE_PROFILE_ROWS, TDP_ROWS } from '../fields/field-catalog-profiles';
import { profileForm } from './cost-spec';
import { POWER_FROM_OPTIONS } from './power-from';
import { PowerFromRows } from './power-from-rows';
import { ProfileCell } from './profile-cell';
import { ProfileColumns } from './profile-columns';
import { StickPricesList } from './stick-prices-list';

/**
 * Other compute servers to size the same design on, one column each. A new one starts as a copy
 * of the design's own node, so only what differs needs typing.
 */
export function ProfilesTable() {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'profiles' });
  const powerFrom: unknown = useWatch({ control, name: 'profiles' });
  const usesTdp = (i: number) =>
    Array.isArray(powerFrom) &&
    (powerFrom[i] as { prices?: { powerFrom?: string } } | undefined)?.prices?.powerFrom === 'tdp';
  const add = () => {
    const design = useWizardStore.getState().design;
    append(profileForm(ownProfileOf(design, `Server ${fields.length + 2}`)));
  };
  const column = (i: number) => `Profile ${i + 2}`;
  return (
    <div className="profiles-table">
      {fields.length > 0 && (
        <ProfileColumns
          caption="Other compute servers to compare"
          fields={fields}
          heading={column}
          remove={remove}
        >
          {COMPUTE_PROFILE_ROWS.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {fields.map((field, i) => (
                <td key={field.id}>
                  {row.key === 'prices.wattsIdle' && usesTdp(i) ? (
                    <span>From the TDP estimate</span>
                  ) : (
                    <ProfileCell
                      name={`profiles.${i}.${row.key}`}
                      label={`${column(i)} ${row.label}`}
                      kind={row.kind === 'text' ? 'text' : 'number'}
                      step={row.step ?? 'any'}
                    />
                  )}
                </td>
              ))}
            </tr>
          ))}
          <PowerFromRows
            fields={fields}
            column={column}
            base={(i) => `profiles.${i}.prices`}
            label="Power for the cost from"
            options={POWER_FROM_OPTIONS}
            tdpRows={TDP_ROWS}
            usesTdp={usesTdp}
          />
          <tr>
            <th scope="row">Stick prices</th>
            {fields.map((field, i) => (
              <td key={field.id}>
                <StickPricesList name={`profiles.${i}.prices.stickPrices`} node={column(i)} />
              </td>
            ))}
          </tr>
        </ProfileColumns>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={add}
          disabled={fields.length >= MAX_PROFILES}
        >
          Add a server profile
        </button>
        {fields.length >= MAX_PROFILES && (
          <span>At most {MAX_PROFILES} other profiles: each is sized on every edit.</span>
        )}
      </div>
    </div>
  );
}
