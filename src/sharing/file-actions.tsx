import { useRef, type ChangeEvent } from 'react';

/** Reading and writing design files, with the checks a file goes through, load on first use. */
const fileTransfer = () => import('./design-file-transfer');

export function FileActions() {
  const input = useRef<HTMLInputElement>(null);
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (file) void fileTransfer().then(({ importDesign }) => importDesign(file));
  };
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void fileTransfer().then(({ exportDesign }) => exportDesign())}
        onPointerEnter={() => void fileTransfer()}
      >
        Export JSON
      </button>
      <button
        type="button"
        className="button"
        onClick={() => input.current?.click()}
        onPointerEnter={() => void fileTransfer()}
      >
        Import JSON
      </button>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        accept="application/json,.json"
        aria-label="Import a design file (JSON)"
        tabIndex={-1}
        onChange={onFile}
      />
    </>
  );
}
