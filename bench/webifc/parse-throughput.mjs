// Parse + index throughput of web-ifc: OpenModel (tokenise the whole file onto its tape and index
// every line by express id and type) on bytes already in memory, so disk I/O is not timed; the same
// holds for the Java runner (org.plinth.bench.PeerThroughputRunner), which prints the same columns.
//
// Output on stdout, TSV with a header row:
//   tool  file  bytes  entities  reps  best_ms  median_ms  mb_per_s  best_cpu_ms  median_cpu_ms
// mb_per_s = bytes / 1e6 / (median_ms / 1e3). The cpu columns are the process's CPU time (user + system,
// process.cpuUsage) during OpenModel: on a shared machine they do not grow while the process waits for a core. As in the Java runner, all files are read into memory first,
// `--warmup` passes over all of them warm the engine, then each file gets `--warmup` more runs and `--reps` timed runs.
//
// Usage: WEBIFC_DIR=<npm prefix> node bench/webifc/parse-throughput.mjs [--warmup N] [--reps N] [file.ifc ...]
import fs from 'node:fs';
import path from 'node:path';
import { openWebIfc, inputFiles, asUint8Array } from './webifc-loader.mjs';

const args = process.argv.slice(2);
function takeOption(name, fallback) {
  const at = args.indexOf(name);
  if (at < 0) {
    return fallback;
  }
  const value = Number(args[at + 1]);
  args.splice(at, 2);
  return value;
}
const warmup = takeOption('--warmup', 3);
const reps = takeOption('--reps', 20);

const api = await openWebIfc();
const version = api.GetVersion();
const files = inputFiles(args);
const contents = files.map((file) => asUint8Array(fs.readFileSync(file)));
for (let pass = 0; pass < warmup; pass++) {
  for (const bytes of contents) {
    api.CloseModel(api.OpenModel(bytes));
  }
}
console.log('tool\tfile\tbytes\tentities\treps\tbest_ms\tmedian_ms\tmb_per_s\tbest_cpu_ms\tmedian_cpu_ms');
for (let f = 0; f < files.length; f++) {
  const name = path.basename(files[f]);
  const bytes = contents[f];
  let entities = -1;
  const timesMs = [];
  const cpuMs = [];
  for (let run = 0; run < warmup + reps; run++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    const modelId = api.OpenModel(bytes);
    const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
    const cpu = process.cpuUsage(cpuStart);
    if (modelId < 0) {
      throw new Error(`web-ifc could not open ${files[f]}`);
    }
    if (run === 0) {
      entities = api.GetAllLines(modelId).size();
    }
    api.CloseModel(modelId);
    if (run >= warmup) {
      timesMs.push(elapsedMs);
      cpuMs.push((cpu.user + cpu.system) / 1e3);
    }
  }
  timesMs.sort((a, b) => a - b);
  cpuMs.sort((a, b) => a - b);
  const best = timesMs[0];
  const median = timesMs[Math.floor(timesMs.length / 2)];
  const mbPerS = bytes.length / 1e6 / (median / 1e3);
  console.log([`web-ifc-${version}`, name, bytes.length, entities, reps, best.toFixed(2), median.toFixed(2), mbPerS.toFixed(1),
    cpuMs[0].toFixed(2), cpuMs[Math.floor(cpuMs.length / 2)].toFixed(2)].join('\t'));
}
