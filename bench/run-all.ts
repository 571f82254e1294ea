import { runBundleBench } from './bundle-bench';
import { runEngineBench } from './engine-bench';
import { runLatencyBench } from './latency-bench';
import { runLighthouseBench } from './lighthouse-bench';
import { runLinkBench } from './link-bench';

/** Prints figures, never pass/fail: speed and size are read, not asserted. */
for (const line of runEngineBench()) console.log(line);
for (const line of runLinkBench()) console.log(line);
for (const line of runBundleBench()) console.log(line);
for (const line of await runLatencyBench()) console.log(line);
// After the bundle bench, which leaves the built app in dist for Lighthouse to load.
for (const line of await runLighthouseBench()) console.log(line);
