import { useWizardStore } from '../../store/wizard-store';
import { NumberField } from '../fields/number-field';
import { StepCharts } from '../step-charts';
import { StepForm } from '../step-form';
import { logicalSpec } from './logical-spec';

export function NodesStep() {
  const controllers = useWizardStore((s) => s.design.logical.controllers);
  return (
    <>
      <p className="step-intro">
        The logical design packs services into node roles: cloud controllers, network nodes, compute
        nodes and storage nodes. Compute nodes are counted from the workload in the physical phase;
        the others are chosen here.
      </p>
      <StepForm spec={logicalSpec} legend="Node roles and high availability">
        <NumberField name="controllers" path="logical.controllers" step={1} min={1} />
        <NumberField name="networkNodes" path="logical.networkNodes" step={1} />
        <NumberField name="storageNodes" path="logical.storageNodes" step={1} />
        <NumberField name="haVips" path="logical.haVips" step={1} />
        <NumberField name="spareComputeNodes" path="logical.spareComputeNodes" step={1} />
      </StepForm>
      <StepCharts ids={['node-counts']} extras={['logical']} />
      <section className="explainer" aria-labelledby="ha-title">
        <h3 id="ha-title">High availability</h3>
        {controllers >= 3 ? (
          <p>
            {controllers} controllers run active/active behind a virtual IP: HAProxy spreads API
            calls, Pacemaker moves the VIP when a controller fails, and MySQL/Galera and RabbitMQ
            keep a quorum while a majority survives.
          </p>
        ) : (
          <p>
            With {controllers} controller{controllers === 1 ? '' : 's'} the control plane has no
            quorum: losing one controller stops the cloud&rsquo;s APIs. Use 3 (or 5) for a highly
            available design.
          </p>
        )}
      </section>
    </>
  );
}
