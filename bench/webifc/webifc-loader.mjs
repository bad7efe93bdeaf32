// Loads web-ifc from the temporary npm prefix the bench script installed it into (env WEBIFC_DIR),
// so that no node_modules ever lands in the repository.
import { createRequire } from 'node:module';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export async function openWebIfc() {
  const dir = process.env.WEBIFC_DIR;
  if (!dir) {
    throw new Error('WEBIFC_DIR is not set: install web-ifc with `npm install --prefix "$WEBIFC_DIR" web-ifc@0.0.78` (bench/run does this)');
  }
  const require = createRequire(path.join(path.resolve(dir), 'resolve-from-here.js'));
  const webIfc = require('web-ifc');
  const api = new webIfc.IfcAPI();
  // One thread: the Java figure is single-threaded as well, and the machine is shared.
  await api.Init(undefined, true);
  return api;
}

/** Corpus directory: env PLINTH_CORPUS_DIR (the folder holding ifc/), default ../shared/data from the repo root. */
export function corpusIfcDir() {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const corpus = process.env.PLINTH_CORPUS_DIR || path.resolve(repoRoot, '..', 'shared', 'data');
  return path.join(corpus, 'ifc');
}

/** IFC files given on the command line, or every *.ifc of the corpus, sorted by name. */
export function inputFiles(args) {
  if (args.length > 0) {
    return args.map((a) => path.resolve(a));
  }
  const dir = corpusIfcDir();
  return fs.readdirSync(dir)
    .filter((n) => n.toLowerCase().endsWith('.ifc'))
    .sort()
    .map((n) => path.join(dir, n));
}

export function asUint8Array(buffer) {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
