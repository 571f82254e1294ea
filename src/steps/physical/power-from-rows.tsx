import type { FieldArrayWithId } from 'react-hook-form';
import type { SelectOption } from '../fields/select-field';
import { ProfileCell } from './profile-cell';

type Props = {
  fields: readonly FieldArrayWithId[];
  /** The heading of profile `i`'s column, which starts each input's label. */
  column: (i: number) => string;
  /** Where profile `i`'s `powerFrom` and `tdp` live in the form, e.g. `profiles.0.prices`. */
  base: (i: number) => string;
  label: string;
  options: readonly SelectOption<'watts' | 'tdp'>[];
  tdpRows: readonly { key: string; label: string }[];
  usesTdp: (i: number) => boolean;
};

/**
 * A profile table's rows for the watts the power cost uses: the choice of stated watts or a TDP
 * estimate, then the estimate's inputs for the profiles that use it.
 */
export function PowerFromRows({ fields, column, base, label, options, tdpRows, usesTdp }: Props) {
  return (
    <>
      <tr>
        <th scope="row">{label}</th>
        {fields.map((field, i) => (
          <td key={field.id}>
            <ProfileCell
              name={`${base(i)}.powerFrom`}
              label={`${column(i)} ${label}`}
              kind="select"
              options={options}
            />
          </td>
        ))}
      </tr>
      {tdpRows.map((row) => (
        <tr key={row.key}>
          <th scope="row">{row.label}</th>
          {fields.map((field, i) => (
            <td key={field.id}>
              {usesTdp(i) ? (
                <ProfileCell
                  name={`${base(i)}.tdp.${row.key}`}
                  label={`${column(i)} ${row.label}`}
                  kind="number"
                />
              ) : (
                <span>—</span>
              )}
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}
