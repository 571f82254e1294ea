import { runEngineBench } from './engine-bench';

/** Prints figures, never pass/fail: speed and size are read, not asserted. */
for (const line of runEngineBench()) console.log(line);
