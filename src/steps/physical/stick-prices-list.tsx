import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useWizardStore } from '../../store/wizard-store';
import { FlavorCell } from './flavors/flavor-cell';

type Props = {
  /** The form field holding the list, e.g. `compute.stickPrices` or `profiles.0.prices.stickPrices`. */
  name: string;
  /** Names the node in each input's label, so every input reads alone. */
  node: string;
};

/**
 * The prices of stick sizes for one node, a row each: size in GB and price in the design's
 * currency. A size without a row costs its GB × the RAM price per GB.
 */
export function StickPricesList({ name, node }: Props) {
  const { control, getValues } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name });
  const currency = String(useWatch({ control, name: 'currency' }) ?? '');
  // A new row prices the stick the design buys at what it costs now (its GB × the price per GB),
  // so adding a row changes nothing until a price is typed.
  const add = () => {
    const gb = useWizardStore.getState().sizing.report.memory.stickGb;
    const perGb: unknown = getValues(name.replace(/stickPrices$/, 'ramPricePerGb'));
    append({ gb, price: typeof perGb === 'number' && Number.isFinite(perGb) ? gb * perGb : 0 });
  };
  return (
    <div className="stick-prices" data-stick-prices={name}>
      {fields.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">{node}: stick prices</caption>
          <thead>
            <tr>
              <th scope="col">Stick size (GB)</th>
              <th scope="col">Price ({currency})</th>
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
                    name={`${name}.${i}.gb`}
                    label={`${node} stick ${i + 1} size (GB)`}
                    kind="number"
                  />
                </td>
                <td>
                  <FlavorCell
                    name={`${name}.${i}.price`}
                    label={`${node} stick ${i + 1} price (${currency})`}
                    kind="number"
                  />
                </td>
                <td>
                  <button type="button" className="button" onClick={() => remove(i)}>
                    Remove
                    <span className="visually-hidden">
                      {' '}
                      {node} stick price {i + 1}
                    </span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button" onClick={add} disabled={fields.length >= 32}>
        Add a stick price<span className="visually-hidden"> for {node}</span>
      </button>
    </div>
  );
}
