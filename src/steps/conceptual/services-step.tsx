import { useFormContext } from 'react-hook-form';
import { SERVICE_CLASSES } from '../../design/services';
import { TextField } from '../fields/text-field';
import { StepForm } from '../step-form';
import { servicesSpec } from './services-spec';

export function ServicesStep() {
  return (
    <>
      <p className="step-intro">
        The conceptual design names the service classes the cloud offers, without worrying about
        details yet. Leaving a class out removes its questions, figures and charts from every later
        step.
      </p>
      <StepForm spec={servicesSpec} legend="Design and service classes">
        <TextField name="name" path="name" />
        <ServiceTable />
      </StepForm>
    </>
  );
}

function ServiceTable() {
  const { register } = useFormContext();
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
                  value={s.id}
                  {...register('optional')}
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
