import type { ReactNode } from 'react';
import type { FieldArrayWithId, FieldValues } from 'react-hook-form';
import { SideScroll } from '../../app/side-scroll';

type Props = {
  /** What the columns are, for the table's caption and the scroll region. */
  caption: string;
  fields: readonly FieldArrayWithId<FieldValues>[];
  /** The heading of column `i`: "Profile 2", "Storage profile 2", … */
  heading: (i: number) => string;
  remove: (i: number) => void;
  /** The table's rows: a row header and a cell for each column. */
  children: ReactNode;
};

/** Profiles side by side, one column each, with a remove button in each heading. */
export function ProfileColumns({ caption, fields, heading, remove, children }: Props) {
  return (
    <SideScroll label={caption}>
      <table className="data-table">
        <caption>{caption}, one column each.</caption>
        <thead>
          <tr>
            <th scope="col">Input</th>
            {fields.map((field, i) => (
              <th key={field.id} scope="col">
                {heading(i)}{' '}
                <button type="button" className="button" onClick={() => remove(i)}>
                  Remove<span className="visually-hidden"> {heading(i)}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </SideScroll>
  );
}
