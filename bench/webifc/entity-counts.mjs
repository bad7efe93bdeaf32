// Counts every entity per IFC class in each corpus file with web-ifc, the independent parser the
// IFC corpus tests compare against. Output (stdout, or the file named by --out):
//   # comment line: web-ifc version, date, generator
//   file<TAB>ifc_class<TAB>count      (header row)
//   one row per (file, class), class upper case as in the STEP file (IFCWALLSTANDARDCASE), sorted.
// A file web-ifc cannot open gets one row with ifc_class "#ERROR" and count 0, so the gap is visible.
//
// Usage: WEBIFC_DIR=<npm prefix holding web-ifc> node bench/webifc/entity-counts.mjs [--out FILE] [file.ifc ...]
import fs from 'node:fs';
import path from 'node:path';
import { openWebIfc, inputFiles, asUint8Array } from './webifc-loader.mjs';

const args = process.argv.slice(2);
let out = null;
const outAt = args.indexOf('--out');
if (outAt >= 0) {
  out = args[outAt + 1];
  args.splice(outAt, 2);
}

const api = await openWebIfc();
const rows = [];
for (const file of inputFiles(args)) {
  const name = path.basename(file);
  const modelId = api.OpenModel(asUint8Array(fs.readFileSync(file)));
  if (modelId < 0) {
    rows.push([name, '#ERROR', 0]);
    continue;
  }
  const countsByTypeCode = new Map();
  const lines = api.GetAllLines(modelId);
  const lineCount = lines.size();
  for (let i = 0; i < lineCount; i++) {
    const typeCode = api.GetLineType(modelId, lines.get(i));
    countsByTypeCode.set(typeCode, (countsByTypeCode.get(typeCode) || 0) + 1);
  }
  const perClass = [];
  for (const [typeCode, count] of countsByTypeCode) {
    const typeName = api.GetNameFromTypeCode(typeCode);
    perClass.push([typeName ? typeName.toUpperCase() : `#TYPECODE_${typeCode}`, count]);
  }
  perClass.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [ifcClass, count] of perClass) {
    rows.push([name, ifcClass, count]);
  }
  api.CloseModel(modelId);
}

const today = new Date().toISOString().slice(0, 10);
const text = [
  `# web-ifc ${api.GetVersion()} (npm), ${today}, all entities per class, written by bench/webifc/entity-counts.mjs; regenerate with bench/run entity-counts`,
  'file\tifc_class\tcount',
  ...rows.map((r) => r.join('\t')),
].join('\n') + '\n';

if (out) {
  fs.writeFileSync(out, text);
  console.error(`wrote ${rows.length} rows to ${out}`);
} else {
  process.stdout.write(text);
}
