import { useState, type FormEvent } from 'react';
import type { SavedDesignSummary } from '../persistence/saved-designs';

type Props = {
  design: SavedDesignSummary;
  onOpen: () => void;
  onDuplicate: () => void;
  onRename: (to: string) => void;
  onDelete: () => void;
};

export function SavedDesignRow({ design, onOpen, onDuplicate, onRename, onDelete }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [newName, setNewName] = useState(design.name);
  const savedAt = new Date(design.savedAt);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRenaming(false);
    onRename(newName);
  };
  return (
    <tr>
      <th scope="row">{design.name}</th>
      <td>{Number.isNaN(savedAt.getTime()) ? design.savedAt : savedAt.toLocaleString()}</td>
      <td>
        {renaming ? (
          <form className="button-row" onSubmit={submit}>
            <label className="visually-hidden" htmlFor={`rename-${design.name}`}>
              New name for {design.name}
            </label>
            <input
              id={`rename-${design.name}`}
              value={newName}
              maxLength={120}
              onChange={(e) => setNewName(e.currentTarget.value)}
            />
            <button type="submit" className="button button--primary">
              Rename
            </button>
            <button type="button" className="button" onClick={() => setRenaming(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <div className="button-row">
            <button type="button" className="button" onClick={onOpen}>
              Open<span className="visually-hidden"> {design.name}</span>
            </button>
            <button type="button" className="button" onClick={onDuplicate}>
              Duplicate<span className="visually-hidden"> {design.name}</span>
            </button>
            <button type="button" className="button" onClick={() => setRenaming(true)}>
              Rename<span className="visually-hidden"> {design.name}</span>
            </button>
            <button type="button" className="button" onClick={onDelete}>
              Delete<span className="visually-hidden"> {design.name}</span>
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}
