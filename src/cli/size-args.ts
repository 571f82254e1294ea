import { EXPORT_FORMATS, type ExportFormat } from '../export/export-types';

/** What `npm run size` was asked to do, read from its arguments. */
export type SizeRequest = {
  output: 'report' | 'explain' | 'link';
  /** A file name, `-` for standard input, or a design link or its fragment. */
  source: string;
  /** With `output: 'link'`, the address the fragment is appended to; null prints the fragment. */
  base: string | null;
  /** With `--export FORMAT --out DIR`, the deployment files to write instead of the report. */
  export: { format: ExportFormat; outDir: string } | null;
};

export type SizeArgsResult =
  { ok: true; request: SizeRequest } | { ok: true; help: true } | { ok: false; message: string };

const FLAGS = new Set(['--explain', '--link']);

export function parseSizeArgs(args: readonly string[]): SizeArgsResult {
  if (args.includes('--help') || args.includes('-h')) return { ok: true, help: true };
  const flags = new Set<string>();
  const sources: string[] = [];
  const unknown: string[] = [];
  let base: string | null = null;
  let format: string | null = null;
  let outDir: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--export' || arg === '--out') {
      const value = args[++i];
      if (value === undefined || value === '')
        return { ok: false, message: `${arg} needs a ${arg === '--out' ? 'folder' : 'format'}` };
      if (arg === '--export') format = value;
      else outDir = value;
    } else if (arg === '--base' || arg.startsWith('--base=')) {
      const value = arg === '--base' ? args[++i] : arg.slice('--base='.length);
      if (value === undefined || value === '') return { ok: false, message: '--base needs a URL' };
      base = value;
    } else if (FLAGS.has(arg)) flags.add(arg);
    else if (arg !== '-' && arg.startsWith('-')) unknown.push(arg);
    else sources.push(arg);
  }
  if (unknown.length > 0) return { ok: false, message: `unknown option ${unknown.join(', ')}` };
  if (sources.length !== 1)
    return { ok: false, message: 'give exactly one design FILE or LINK, or - for standard input' };
  if (flags.has('--explain') && flags.has('--link'))
    return { ok: false, message: '--explain and --link do not go together' };
  if (base !== null && !flags.has('--link'))
    return { ok: false, message: '--base goes with --link' };
  if (base !== null && !isWebAddress(base))
    return { ok: false, message: `--base must be an http or https URL, not ${base}` };
  const exported = exportRequest(format, outDir, flags);
  if (exported !== null && 'message' in exported) return exported;
  const output = flags.has('--link') ? 'link' : flags.has('--explain') ? 'explain' : 'report';
  return { ok: true, request: { output, source: sources[0] ?? '-', base, export: exported } };
}

function exportRequest(
  format: string | null,
  outDir: string | null,
  flags: ReadonlySet<string>,
): SizeRequest['export'] | { ok: false; message: string } {
  if (format === null && outDir === null) return null;
  if (format === null || outDir === null)
    return { ok: false, message: '--export FORMAT and --out DIR go together' };
  if (flags.size > 0) return { ok: false, message: '--export goes without --explain or --link' };
  const known = EXPORT_FORMATS.find((f) => f === format);
  if (known === undefined)
    return { ok: false, message: `--export must be one of ${EXPORT_FORMATS.join(', ')}` };
  return { format: known, outDir };
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
