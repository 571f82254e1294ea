import { RELEASE_IDS, RELEASE_NAMES } from '../../design/releases';
import { useWizardStore } from '../../store/wizard-store';
import { SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import { StepForm } from '../step-form';
import { addressingSpec } from './addressing-spec';
import { AddressingTable } from './addressing-table';

const RELEASES = RELEASE_IDS.map((id) => ({ value: id, label: RELEASE_NAMES[id] }));

export function AddressingStep() {
  const addressing = useWizardStore((s) => s.sizing.report.addressing);
  return (
    <>
      <p className="step-intro">
        Give each physical network a range. The plan counts what each network holds (nodes, virtual
        IPs, the gateway, and on the external network the public and floating IPs), says the
        narrowest range that fits, and hands out addresses by role. The Export menu writes them into
        kolla-ansible and OpenStack-Ansible files for the release chosen here.
      </p>
      <StepForm spec={addressingSpec} legend="Ranges and release">
        <SelectField name="release" path="addressing.release" options={RELEASES} />
        <TextField name="managementCidr" path="addressing.managementCidr" />
        <TextField name="tenantCidr" path="addressing.tenantCidr" />
        <TextField name="storageCidr" path="addressing.storageCidr" />
        <TextField name="externalCidr" path="addressing.externalCidr" />
      </StepForm>
      <AddressingTable addressing={addressing} />
    </>
  );
}
