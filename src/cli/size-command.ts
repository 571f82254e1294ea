import { designLinkUrl, encodeDesignFragment } from '../design/link-codec';
import { formatFieldError } from '../design/field-error';
import { sizeDesign } from '../engine/size-design';
import { hasOwnCosting } from '../design/own-costing';
import type { Design } from '../design/design-schema';
import type { Report } from '../engine/report/report-types';
import { explainSizing } from './explain';
import { loadDesign } from './load-design';
import { parseSizeArgs } from './size-args';
import { exportDesign } from '../export/export-design';

export type CommandIo = {
  readFile: (path: string) => string;
  readStdin: () => string;
  /** Writes one exported file into a folder, creating the folder when missing. */
  writeFile?: (dir: string, name: string, text: string) => void;
};

export type CommandOutcome = { code: number; stdout: string; stderr: string };

export const USAGE = `Usage: npm run --silent size -- [--explain] FILE|LINK
       npm run --silent size -- --link [--base URL] FILE|LINK
       npm run --silent size -- --export FORMAT --out DIR FILE|LINK
  FILE       a design document (JSON), or a file holding a design link; - reads standard input
  LINK       a design link or its fragment ('#d=…', quoted in the shell)
  --explain  print the working of every figure as text instead of the JSON report
  --link     print the design's link fragment (starting with #) instead of sizing it
  --base URL with --link, print the whole link: URL followed by the fragment
  --export FORMAT --out DIR
             write deployment files into DIR and print their names; FORMAT is
             kolla-ansible (multinode, globals.yml), openstack-ansible
             (openstack_user_config.yml, user_variables.yml), csv or markdown
Prints the sizing report as JSON. Omitted fields take the book's example values.`;

/** The command line's whole behaviour, free of process globals so tests can drive it. */
export function runSizeCommand(args: readonly string[], io: CommandIo): CommandOutcome {
  const parsed = parseSizeArgs(args);
  if (!parsed.ok) return fail(`${parsed.message}\n${USAGE}`, 2);
  if ('help' in parsed) return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
  const { output, source, base } = parsed.request;

  const loaded = loadDesign(source, (path) => (path === '-' ? io.readStdin() : io.readFile(path)));
  if (!loaded.ok) return fail(loaded.message, loaded.code);
  const { design, step } = loaded;

  if (output === 'link') {
    const link =
      base === null ? encodeDesignFragment(design, step) : designLinkUrl(base, design, step);
    return { code: 0, stdout: `${link}\n`, stderr: '' };
  }
  const sized = sizeDesign(design);
  if (!sized.ok) return fail(sized.errors.map(formatFieldError).join('\n'), 1);
  if (parsed.request.export !== null) {
    const { format, outDir } = parsed.request.export;
    const result = exportDesign(format, { design, ...sized.sizing });
    if (!io.writeFile) return fail('this command line cannot write files', 70);
    for (const file of result.files) io.writeFile(outDir, file.name, file.text);
    const notes = result.warnings.map((w) => `note: ${w}\n`).join('');
    return { code: 0, stdout: result.files.map((f) => `${f.name}\n`).join(''), stderr: notes };
  }
  const stdout =
    output === 'explain'
      ? explainSizing(sized.sizing)
      : `${JSON.stringify(printedReport(design, sized.sizing.report), null, 2)}\n`;
  return { code: 0, stdout, stderr: '' };
}

/**
 * The report as printed: the cost and the comparison of profiles only when the design has other
 * profiles or prices of its own, so a design that never spoke of money prints no example prices.
 */
function printedReport(design: Design, report: Report): Partial<Report> {
  if (hasOwnCosting(design)) return report;
  const printed: Partial<Report> = { ...report };
  delete printed.cost;
  delete printed.compare;
  return printed;
}

function fail(message: string, code: number): CommandOutcome {
  return { code, stdout: '', stderr: `${message}\n` };
}
