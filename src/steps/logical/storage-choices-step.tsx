import { useFormContext } from 'react-hook-form';
import { StepForm } from '../step-form';
import { storageChoicesSpec } from '../conceptual/services-spec';

const STORAGE_KINDS = [
  {
    id: null,
    title: 'Ephemeral (Nova)',
    text: 'Local disk of the compute node, gone when the VM is deleted. Right for test environments and stateless VMs.',
  },
  {
    id: 'blockStorage',
    title: 'Block (Cinder)',
    text: 'Persistent volumes that outlive their VM: databases and anything that must not be lost.',
  },
  {
    id: 'fileShare',
    title: 'File share (Manila)',
    text: 'Shared file systems when several VMs need the same files, without owning the storage.',
  },
  {
    id: 'objectStorage',
    title: 'Object (Swift)',
    text: 'Replicated objects over HTTP: images, backups and large volumes of critical data.',
  },
] as const;

export function StorageChoicesStep() {
  return (
    <>
      <p className="step-intro">
        How much data must be kept, for how long, and who shares it? Ephemeral storage always
        exists; persistent kinds are chosen here (the same choice as in the conceptual step).
      </p>
      <StepForm spec={storageChoicesSpec} legend="Storage kinds offered">
        <StorageKinds />
      </StepForm>
    </>
  );
}

function StorageKinds() {
  const { register } = useFormContext();
  return (
    <ul className="choice-list">
      {STORAGE_KINDS.map((kind) => (
        <li key={kind.title} className="choice">
          {kind.id === null ? (
            <input id="storage-ephemeral" type="checkbox" checked disabled readOnly />
          ) : (
            <input
              id={`storage-${kind.id}`}
              type="checkbox"
              value={kind.id}
              {...register('storage')}
            />
          )}
          <label htmlFor={kind.id === null ? 'storage-ephemeral' : `storage-${kind.id}`}>
            {kind.title}
          </label>
          <p className="field__help">{kind.text}</p>
        </li>
      ))}
    </ul>
  );
}
