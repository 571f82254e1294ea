import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSizeCommand, type CommandOutcome } from './size-command';

let outcome: CommandOutcome;
try {
  outcome = runSizeCommand(process.argv.slice(2), {
    readFile: (path) => readFileSync(path, 'utf8'),
    readStdin: () => readFileSync(0, 'utf8'),
    writeFile: (dir, name, text) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, name), text);
    },
  });
} catch (error) {
  // runSizeCommand reports every expected failure itself; this is a bug, but still no stack trace.
  const detail = error instanceof Error ? error.message : String(error);
  outcome = { code: 70, stdout: '', stderr: `internal error: ${detail}\n` };
}
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.code;
