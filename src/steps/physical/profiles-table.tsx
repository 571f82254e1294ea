import { useFieldArray, useFormContext } from 'react-hook-form';
import { SideScroll } from '../../app/side-scroll';
import { MAX_PROFILES } from '../../design/costing-schema';
import { ownProfileOf } from '../../engine/cost/compare-profiles';
import { useWizardStore } from '../../store/wizard-store';
import { profileForm } from './cost-spec';
import { FlavorCell } from './flavors/flavor-cell';

/** Each row an input of every profile: label, unit, and whether it takes whole numbers. */
const ROWS = [
  { key: 'name', label: 'Name', kind: 'text' },
  { key: 'socketsPerServer', label: 'Sockets', step: 1 },
  { key: 'coresPerSocket', label: 'Cores per socket', step: 1 },
  { key: 'ghzPerCore', label: 'GHz per core' },
  { key: 'dimmSlotsPerServer', label: 'DIMM slots', step: 1 },
  { key: 'stickSizesGb', label: 'Stick sizes (GB, comma-separated)', kind: 'text' },
  { key: 'drivesPerNode', label: 'Drives', step: 1 },
  { key: 'driveGb', label: 'Drive size (GB)' },
  { key: 'nicGbps', label: 'NIC speed (Gbit/s)' },
  { key: 'dataLinksPerNode', label: 'Data links', step: 1 },
  { key: 'unitsPerNode', label: 'Rack units (U)', step: 1 },
  { key: 'wattsLoaded', label: 'Power loaded (W)' },
  { key: 'prices.wattsIdle', label: 'Power idle (W)' },
  { key: 'prices.serverPrice', label: 'Server price, without RAM, drives or NICs' },
  { key: 'prices.ramPricePerGb', label: 'RAM price per GB' },
  { key: 'prices.drivePrice', label: 'Price per drive' },
  { key: 'prices.nicPrice', label: 'Price per NIC' },
] as const;

/**
 * Other compute servers to size the same design on, one column each. A new one starts as a copy
 * of the design's own node, so only what differs needs typing.
 */
export function ProfilesTable() {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'profiles' });
  const add = () => {
    const design = useWizardStore.getState().design;
    append(profileForm(ownProfileOf(design, `Server ${fields.length + 2}`)));
  };
  return (
    <div className="profiles-table">
      {fields.length > 0 && (
        <SideScroll label="Other server profiles">
          <table className="data-table">
            <caption>Other compute servers to compare, one column each.</caption>
            <thead>
              <tr>
                <th scope="col">Input</th>
                {fields.map((field, i) => (
                  <th key={field.id} scope="col">
                    Profile {i + 2}{' '}
                    <button type="button" className="button" onClick={() => remove(i)}>
                      Remove<span className="visually-hidden"> profile {i + 2}</span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ROWS.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  {fields.map((field, i) => (
                    <td key={field.id}>
                      <FlavorCell
                        name={`profiles.${i}.${row.key}`}
                        label={`Profile ${i + 2} ${row.label}`}
                        kind={'kind' in row ? row.kind : 'number'}
                        step={'step' in row ? row.step : 'any'}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </SideScroll>
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
