import { useRef, useState } from 'react';
import { SERVICE_CLASSES } from '../../design/services';
import { useWizardStore } from '../../store/wizard-store';
import { FieldFrame } from '../fields/field-frame';
import { NAME_FIELD_TEXT } from '../fields/field-text-name';
import { loadServicesCheck } from './load-services-check';
import { readServices, type ServicesValues } from './services-values';

/*
 * The first step is drawn before anything else, so it keeps its two inputs in React state
 * rather than in react-hook-form, and its validation and the engine load just after it is drawn
 * (see `loadServicesCheck`). It validates and commits exactly as StepForm does: every valid edit
 * is committed at once, an invalid one shows its message and keeps the last valid design.
 */
export function ServicesStep() {
  const [values, setValues] = useState<ServicesValues>(() =>
    readServices(useWizardStore.getState().design),
  );
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [unavailable, setUnavailable] = useState(false);
  const latest = useRef(values);

  const change = (next: ServicesValues) => {
    setValues(next);
    latest.current = next;
    loadServicesCheck().then(
      ({ checkServices }) => {
        // Edits made while the check was loading are checked once, as the last of them.
        if (latest.current !== next) return;
        const { design, commitSizedDesign } = useWizardStore.getState();
        const result = checkServices(design, next);
        setUnavailable(false);
        setFieldErrors(result.fieldErrors);
        setOtherErrors(result.otherErrors);
        if (result.candidate && result.candidate.design !== design)
          commitSizedDesign(result.candidate);
      },
      () => setUnavailable(true),
    );
  };
  const toggle = (id: ServicesValues['optional'][number], on: boolean) =>
    change({
      ...values,
      optional: on ? [...values.optional, id] : values.optional.filter((o) => o !== id),
    });

  return (
    <>
      <p className="step-intro">
        The conceptual design names the service classes the cloud offers, without worrying about
        details yet. Leaving a class out removes its questions, figures and charts from every later
        step.
      </p>
      <form className="step-form" noValidate onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>Design and service classes</legend>
          <div className="step-form__fields">
            <FieldFrame id="field-name" text={NAME_FIELD_TEXT} error={fieldErrors.name}>
              {(describedBy, invalid) => (
                <input
                  id="field-name"
                  name="name"
                  type="text"
                  autoComplete="off"
                  aria-invalid={invalid}
                  aria-describedby={describedBy}
                  value={values.name}
                  onChange={(event) => change({ ...values, name: event.target.value })}
                />
              )}
            </FieldFrame>
            <ServiceTable chosen={values.optional} onToggle={toggle} />
          </div>
        </fieldset>
        {unavailable && (
          <p className="notice notice--error" role="alert">
            The checks for this step could not be loaded (is the connection down?), so this edit is
            not sized yet: the figures are those of the design before it. The next edit tries again.
          </p>
        )}
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
    </>
  );
}

type TableProps = {
  chosen: readonly string[];
  onToggle: (id: ServicesValues['optional'][number], on: boolean) => void;
};

function ServiceTable({ chosen, onToggle }: TableProps) {
  return (
    <table className="data-table services-table">
      <caption>
        Service classes. Compute, Image, Network and Identity are required: without Nova, Glance,
        Neutron and Keystone no instance can be booted, reached or authenticated, so they cannot be
        left out.
      </caption>
      <thead>
        <tr>
          <th scope="col">Offer</th>
          <th scope="col">Class</th>
          <th scope="col">Project</th>
          <th scope="col">Role</th>
        </tr>
      </thead>
      <tbody>
        {SERVICE_CLASSES.map((s) => (
          <tr key={s.id}>
            <td>
              {s.required ? (
                <input
                  id={`service-${s.id}`}
                  type="checkbox"
                  checked
                  disabled
                  aria-describedby={`service-${s.id}-why`}
                  readOnly
                />
              ) : (
                <input
                  id={`service-${s.id}`}
                  type="checkbox"
                  name="optional"
                  value={s.id}
                  checked={chosen.includes(s.id)}
                  onChange={(event) => onToggle(s.id, event.target.checked)}
                />
              )}
            </td>
            <th scope="row">
              <label htmlFor={`service-${s.id}`}>{s.className}</label>
              {s.required && (
                <span id={`service-${s.id}-why`} className="badge">
                  required
                </span>
              )}
            </th>
            <td>{s.projects}</td>
            <td>{s.role}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
