import type { Design } from '../design/design-schema';
import { SERVICE_CLASSES } from '../design/services';

/** The service classes the cloud offers; those left out are not named at all. */
export function ConceptualSection({ design }: { design: Design }) {
  const chosen = SERVICE_CLASSES.filter((s) => design.conceptual.services.includes(s.id));
  return (
    <section className="print-section" aria-labelledby="print-conceptual">
      <h2 id="print-conceptual">Conceptual design</h2>
      <table className="data-table print-table">
        <caption>Service classes offered ({chosen.length})</caption>
        <thead>
          <tr>
            <th scope="col">Class</th>
            <th scope="col">OpenStack project</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {chosen.map((s) => (
            <tr key={s.id} data-print-service={s.id}>
              <th scope="row">{s.className}</th>
              <td>{s.projects}</td>
              <td>{s.role}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
