import type { ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { ServiceId } from '../../design/services';
import { hasStorageService } from '../../engine/sizing/nodes';
import { useWizardStore } from '../../store/wizard-store';
import { CheckboxField } from '../fields/checkbox-field';
import { DRIVE_KIND_OPTIONS, OBJECT_BACKEND_OPTIONS } from '../fields/field-catalog-storage';
import { NumberField } from '../fields/number-field';
import { SelectField } from '../fields/select-field';
import { WizardPoolsTable } from '../../figures/pools-table';
import { StepCharts } from '../step-charts';
import { StepForm } from '../step-form';
import { storageSpec } from './physical-specs';

export function StorageStep() {
  const services = useWizardStore((s) => s.design.conceptual.services);
  const storageNodes = useWizardStore((s) => hasStorageService(s.design));
  return (
    <>
      <p className="step-intro">
        Read IOPS per VM = drive IOPS × drives per node / VMs per node; writes pay the RAID penalty.
        Storage nodes are the largest of four counts: the minimum asked for on the node roles step,
        enough drives to keep every copy of the data under the nearfull ratio, enough left after
        losing a node (or a whole rack) to copy its data back under the backfillfull ratio, and a
        node of its own for every copy or erasure-code chunk.
      </p>
      <StepForm spec={storageSpec} legend="Storage and IOPS">
        <StorageFields services={services} storageNodes={storageNodes} />
      </StepForm>
      <StepCharts ids={['iops', 'storage']} />
      <WizardPoolsTable />
    </>
  );
}

/** Follows the form, not the store, so turning hyperconverged on shows its fields mid-edit. */
function StorageFields({
  services,
  storageNodes,
}: {
  services: readonly ServiceId[];
  /** Whether a service the storage nodes run is offered (as the engine decides it). */
  storageNodes: boolean;
}) {
  const { control } = useFormContext();
  const [hyperconverged, ephemeralOnCeph, objectBackend]: unknown[] = useWatch({
    control,
    name: ['storage.hyperconverged', 'ceph.ephemeralOnCeph', 'ceph.objectBackend'],
  });
  const hci = hyperconverged === true;
  const volumes = services.includes('blockStorage');
  const objects = services.includes('objectStorage');
  const cluster = storageNodes || hci;
  // Hyperconverged compute nodes always keep instance disks on Ceph, so the choice is moot.
  const instanceDisksOnCeph = cluster && (hci || ephemeralOnCeph === true);
  // Storage nodes run OSDs only for Ceph data; hyperconverged, that data is on the compute nodes.
  const osdsOnStorageNodes =
    storageNodes &&
    !hci &&
    (volumes ||
      services.includes('fileShare') ||
      (objects && objectBackend === 'ceph-rgw') ||
      instanceDisksOnCeph);
  return (
    <>
      <FieldGroup title="Compute nodes’ local disks">
        <NumberField name="storage.drivesPerNode" path="physical.storage.drivesPerNode" step={1} />
        <NumberField name="storage.driveIops" path="physical.storage.driveIops" />
        <NumberField name="storage.driveGb" path="physical.storage.driveGb" />
        <NumberField
          name="storage.raidWritePenalty"
          path="physical.storage.raidWritePenalty"
          min={1}
        />
        <CheckboxField name="storage.hyperconverged" path="physical.storage.hyperconverged" />
        {hci && (
          <>
            <NumberField name="storage.ramGbPerOsd" path="physical.storage.ramGbPerOsd" />
            <NumberField name="storage.coresPerOsd" path="physical.storage.coresPerOsd" />
          </>
        )}
      </FieldGroup>
      {storageNodes && (
        <FieldGroup title="Storage nodes">
          <NumberField
            name="storageNode.driveBays"
            path="physical.storageNode.driveBays"
            step={1}
            min={1}
          />
          <NumberField
            name="storageNode.drivesPerNode"
            path="physical.storageNode.drivesPerNode"
            step={1}
            min={1}
          />
          <NumberField name="storageNode.driveTb" path="physical.storageNode.driveTb" />
          <SelectField
            name="storageNode.driveKind"
            path="physical.storageNode.driveKind"
            options={DRIVE_KIND_OPTIONS}
          />
          <NumberField name="storageNode.driveIops" path="physical.storageNode.driveIops" />
          <NumberField
            name="storageNode.cores"
            path="physical.storageNode.cores"
            step={1}
            min={1}
          />
          <NumberField name="storageNode.ramGb" path="physical.storageNode.ramGb" />
          <NumberField name="storageNode.nicGbps" path="physical.storageNode.nicGbps" />
        </FieldGroup>
      )}
      {cluster && (
        <FieldGroup title="Ceph">
          <NumberField name="ceph.nearfullRatio" path="physical.ceph.nearfullRatio" />
          <NumberField name="ceph.backfillfullRatio" path="physical.ceph.backfillfullRatio" />
          {osdsOnStorageNodes && (
            <NumberField name="ceph.osdMemoryTargetGb" path="physical.ceph.osdMemoryTargetGb" />
          )}
          {(osdsOnStorageNodes || hci) && (
            <NumberField
              name="ceph.targetPgsPerOsd"
              path="physical.ceph.targetPgsPerOsd"
              step={1}
              min={1}
            />
          )}
          <NumberField name="ceph.imagesTb" path="physical.ceph.imagesTb" />
          <NumberField
            name="ceph.imageReplicas"
            path="physical.ceph.imageReplicas"
            step={1}
            min={1}
          />
          {!hci && (
            <CheckboxField name="ceph.ephemeralOnCeph" path="physical.ceph.ephemeralOnCeph" />
          )}
        </FieldGroup>
      )}
      {(volumes || objects || instanceDisksOnCeph) && (
        <FieldGroup title="Copies and erasure coding">
          {(volumes || instanceDisksOnCeph) && (
            <NumberField
              name="storage.blockReplicas"
              path="physical.storage.blockReplicas"
              step={1}
              min={1}
            />
          )}
          {volumes && (
            <>
              <NumberField name="ceph.blockEcK" path="physical.ceph.blockEcK" step={1} />
              <NumberField name="ceph.blockEcM" path="physical.ceph.blockEcM" step={1} />
            </>
          )}
          {objects && (
            <>
              <SelectField
                name="ceph.objectBackend"
                path="physical.ceph.objectBackend"
                options={OBJECT_BACKEND_OPTIONS}
              />
              <NumberField
                name="storage.objectReplicas"
                path="physical.storage.objectReplicas"
                step={1}
                min={1}
              />
              <NumberField name="ceph.objectEcK" path="physical.ceph.objectEcK" step={1} />
              <NumberField name="ceph.objectEcM" path="physical.ceph.objectEcM" step={1} />
            </>
          )}
        </FieldGroup>
      )}
    </>
  );
}

function FieldGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="field-group">
      <legend className="field-group__title">{title}</legend>
      <div className="field-group__fields">{children}</div>
    </fieldset>
  );
}
