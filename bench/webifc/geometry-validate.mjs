// Validates GLB files with the Khronos glTF validator and prints one JSON line per file:
// {"file":..., "errors":n, "warnings":n, "infos":n, "messages":[first error/warning codes]}.
// The validator is loaded from the npm prefix in env GLTF_VALIDATOR_DIR (never from the repository):
//   npm install --prefix "$GLTF_VALIDATOR_DIR" gltf-validator
// Exit code: 0 when every file has 0 errors, 1 otherwise, 3 when the validator cannot be loaded.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const dir = process.env.GLTF_VALIDATOR_DIR;
let validator;
try {
  const require = createRequire(path.join(path.resolve(dir || '.'), 'resolve-from-here.js'));
  validator = require('gltf-validator');
} catch (e) {
  console.error(`gltf-validator not found under GLTF_VALIDATOR_DIR=${dir}: ${e.message}`);
  process.exit(3);
}

let failed = false;
for (const file of process.argv.slice(2)) {
  const data = new Uint8Array(fs.readFileSync(file));
  const report = await validator.validateBytes(data, { maxIssues: 50, writeTimestamp: false });
  const issues = report.issues;
  const messages = issues.messages
    .filter((m) => m.severity <= 1)
    .slice(0, 10)
    .map((m) => `${m.severity === 0 ? 'E' : 'W'} ${m.code} ${m.pointer || ''} ${m.message}`);
  if (issues.numErrors > 0) failed = true;
  console.log(JSON.stringify({
    file: path.basename(file), errors: issues.numErrors, warnings: issues.numWarnings,
    infos: issues.numInfos, messages,
  }));
}
process.exit(failed ? 1 : 0);
