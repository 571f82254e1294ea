import { formatFieldError } from '../design/field-error';
import { parseDesign } from '../design/parse-design';
import { sizeDesign } from '../engine/size-design';
import { explainSizing } from './explain';

export type CommandIo = {
  readFile: (path: string) => string;
  readStdin: () => string;
};

export type CommandOutcome = { code: number; stdout: string; stderr: string };

export const USAGE = `Usage: npm run --silent size -- [--explain] FILE
  FILE       a design document (JSON); - reads standard input
  --explain  print the working of every figure as text instead of the JSON report
Prints the sizing report as JSON. Omitted fields take the book's example values.`;

/** The command line's whole behaviour, free of process globals so tests can drive it. */
export function runSizeCommand(args: readonly string[], io: CommandIo): CommandOutcome {
  if (args.includes('--help') || args.includes('-h'))
    return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
  const explain = args.includes('--explain');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--explain');
  const files = args.filter((a) => a === '-' || !a.startsWith('-'));
  if (unknown.length > 0) return usageError(`unknown option ${unknown.join(', ')}`);
  if (files.length !== 1)
    return usageError('give exactly one design FILE, or - for standard input');
  const source = files[0] ?? '-';

  let text: string;
  try {
    text = source === '-' ? io.readStdin() : io.readFile(source);
  } catch (error) {
    return fail(
      `cannot read ${source}: ${error instanceof Error ? error.message : String(error)}`,
      2,
    );
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(
      `${source} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      1,
    );
  }

  const parsed = parseDesign(json);
  if (!parsed.ok) return fail(parsed.errors.map(formatFieldError).join('\n'), 1);
  const sized = sizeDesign(parsed.design);
  if (!sized.ok) return fail(sized.errors.map(formatFieldError).join('\n'), 1);

  const stdout = explain
    ? explainSizing(sized.sizing)
    : `${JSON.stringify(sized.sizing.report, null, 2)}\n`;
  return { code: 0, stdout, stderr: '' };
}

function usageError(message: string): CommandOutcome {
  return fail(`${message}\n${USAGE}`, 2);
}

function fail(message: string, code: number): CommandOutcome {
  return { code, stdout: '', stderr: `${message}\n` };
}
