import { deploymentChoices } from './deployment-choices';
import type { ExportInput, ExportResult } from './export-types';
import { kollaGlobals, kollaGlobalsYaml } from './kolla-globals';
import { kollaMultinode } from './kolla-inventory';

/** kolla-ansible's two files, `multinode` and `globals.yml`, with the notes both carry. */
export function kollaExport(input: ExportInput): ExportResult {
  const choices = deploymentChoices(input);
  const globals = kollaGlobals(input, choices);
  const warnings = [...choices.warnings, ...globals.warnings];
  const title = `for "${input.design.name}", OpenStack ${choices.releaseName}.`;
  const notes = [...choices.floatingNote, ...warnings.map((w) => `Note: ${w}`)];
  return {
    files: [
      {
        name: 'multinode',
        // As text/plain a browser saves it as multinode.txt, a name Ansible does not expect.
        mediaType: 'application/octet-stream',
        text: kollaMultinode(input, [
          `kolla-ansible inventory ${title}`,
          'Each host is reached at its management address (ansible_host).',
          ...notes,
        ]),
      },
      {
        name: 'globals.yml',
        mediaType: 'application/yaml',
        text: kollaGlobalsYaml(globals.values, [
          `kolla-ansible globals ${title}`,
          'Interface names are placeholders, one per network: rename them to your hosts’ ports.',
          ...notes,
        ]),
      },
    ],
    warnings,
  };
}
