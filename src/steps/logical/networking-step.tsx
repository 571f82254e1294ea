import { useFormContext } from 'react-hook-form';
import {
  BASE_MTU,
  instanceMtu,
  NETWORK_MODE_BY_ID,
  NETWORK_MODES,
} from '../../design/network-modes';
import { tenantNetworks } from '../../engine/logical/tenant-networks';
import { useWizardStore } from '../../store/wizard-store';
import { formatNumber } from '../../working/format-number';
import { NumberField } from '../fields/number-field';
import { StepForm } from '../step-form';
import { logicalSpec } from './logical-spec';

export function NetworkingStep() {
  return (
    <>
      <p className="step-intro">
        Pick the network mode the way the book filters its table: from tenant isolation, to the
        number of tenant networks, to packet overhead. The book chooses Neutron for a large,
        flexible cloud.
      </p>
      <StepForm spec={logicalSpec} legend="Network mode and tenants">
        <ModeTable />
        <NumberField name="tenants" path="logical.tenants" step={1} min={1} />
        <NumberField name="routersPerTenant" path="logical.routersPerTenant" step={1} />
        <NumberField name="networksPerTenant" path="logical.networksPerTenant" step={1} min={1} />
      </StepForm>
      <ModeConsequences />
      <PhysicalNetworks />
    </>
  );
}

function ModeTable() {
  const { register } = useFormContext();
  return (
    <table className="data-table mode-table">
      <caption>Network modes (choose one)</caption>
      <thead>
        <tr>
          <th scope="col">Choose</th>
          <th scope="col">Network mode</th>
          <th scope="col">Characteristics</th>
          <th scope="col">Tenant networks</th>
          <th scope="col">Tenant MTU</th>
        </tr>
      </thead>
      <tbody>
        {NETWORK_MODES.map((mode) => (
          <tr key={mode.id}>
            <td>
              <input
                id={`mode-${mode.id}`}
                type="radio"
                value={mode.id}
                {...register('networkMode')}
              />
            </td>
            <th scope="row">
              <label htmlFor={`mode-${mode.id}`}>{mode.label}</label>
            </th>
            <td>
              <ul className="plain-list">
                {mode.characteristics.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </td>
            <td>
              {mode.maxTenantNetworks === null
                ? 'no VLAN limit'
                : formatNumber(mode.maxTenantNetworks)}
            </td>
            <td>{formatNumber(instanceMtu(mode))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ModeConsequences() {
  const logical = useWizardStore((s) => s.design.logical);
  const mode = NETWORK_MODE_BY_ID[logical.networkMode];
  return (
    <section className="explainer" aria-labelledby="mode-title">
      <h3 id="mode-title">What {mode.label} means for this design</h3>
      <ul>
        <li>
          {mode.tenantIsolation
            ? 'Tenant traffic is isolated.'
            : 'Tenant traffic is not isolated: every tenant shares one network.'}
        </li>
        {mode.maxTenantNetworks !== null && mode.maxTenantNetworks > 1 && (
          <li>
            {formatNumber(tenantNetworks(logical))} tenant networks of at most{' '}
            {formatNumber(mode.maxTenantNetworks)} VLAN ids.
          </li>
        )}
        {mode.encapsulationBytes > 0 && (
          <li>
            The tunnel header takes {mode.encapsulationBytes} bytes: instances get an MTU of{' '}
            {instanceMtu(mode)} on a {BASE_MTU}-byte network, unless the tenant network carries
            jumbo frames.
          </li>
        )}
        <li>
          {mode.usesNeutron
            ? 'Neutron virtualizes layers 2 and 3: every virtual router takes a floating IP on the external network.'
            : 'nova-network has no virtual routers and was removed from later OpenStack releases.'}
        </li>
      </ul>
    </section>
  );
}

function PhysicalNetworks() {
  const networkNodes = useWizardStore((s) => s.design.logical.networkNodes);
  const agentsOn = networkNodes > 0 ? 'network nodes' : 'controllers';
  return (
    <section className="explainer" aria-labelledby="physnet-title">
      <h3 id="physnet-title">Physical networks</h3>
      <dl className="definition-list">
        <dt>Management and API</dt>
        <dd>
          Reaches every node: REST API calls, database and message-queue traffic, node management.
        </dd>
        <dt>Tenant data</dt>
        <dd>
          Joins compute nodes and the {agentsOn}: the physical path of the tenants&rsquo; virtual
          networks.
        </dd>
        <dt>Storage</dt>
        <dd>
          Joins compute, storage and controller nodes, keeping heavy storage traffic off the other
          networks.
        </dd>
        <dt>External</dt>
        <dd>Reaches the {agentsOn} (SNAT and floating IPs) and the public API endpoints.</dd>
      </dl>
    </section>
  );
}
