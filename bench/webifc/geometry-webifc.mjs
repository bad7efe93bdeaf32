// Meshes IFC files with web-ifc (StreamAllMeshes) and writes per product, keyed by GlobalId: triangle count,
// signed-tetrahedra volume (m³) and world bounding box (m, IFC axes z-up), plus the time of the meshing pass.
// Usage: node geometry-webifc.mjs OUT.tsv [file.ifc ...]   (no files: the whole corpus)
// OUT.tsv rows: 'T file wall_ms cpu_ms' per file (best of ROUNDS, default 2), then 'P file GlobalId class triangles volume minX minY minZ maxX maxY maxZ'.
// web-ifc comes from env WEBIFC_DIR; when unset, web-ifc@0.0.78 is installed into a fresh mktemp directory
// (never into the repository) and removed afterwards.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asUint8Array, inputFiles, openWebIfc } from './webifc-loader.mjs';

const [outFile, ...args] = process.argv.slice(2);
if (!outFile) {
  console.error('usage: node geometry-webifc.mjs OUT.tsv [file.ifc ...]');
  process.exit(2);
}
let tempDir = null;
if (!process.env.WEBIFC_DIR) {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plinth-webifc-'));
  execFileSync('npm', ['install', '--silent', '--no-audit', '--no-fund', '--prefix', tempDir, 'web-ifc@0.0.78'],
    { stdio: 'inherit' });
  process.env.WEBIFC_DIR = tempDir;
}
const api = await openWebIfc();
const ROUNDS = Number(process.env.ROUNDS || 2);

function meshPass(data) {
  const modelID = api.OpenModel(data, { COORDINATE_TO_ORIGIN: false });
  const meshes = [];
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  api.StreamAllMeshes(modelID, (mesh) => {
    const parts = [];
    const geoms = mesh.geometries;
    for (let i = 0; i < geoms.size(); i++) {
      const pg = geoms.get(i);
      const geom = api.GetGeometry(modelID, pg.geometryExpressID);
      const verts = api.GetVertexArray(geom.GetVertexData(), geom.GetVertexDataSize());
      const index = api.GetIndexArray(geom.GetIndexData(), geom.GetIndexDataSize());
      // copies, as a converter writing the data out would need them after the callback
      parts.push({ verts: Float32Array.from(verts), index: Uint32Array.from(index), m: pg.flatTransformation.slice() });
      geom.delete();
    }
    meshes.push({ id: mesh.expressID, parts });
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  return { modelID, meshes, ms, cpuMs: (c.user + c.system) / 1000 };
}

function stats(parts) {
  let triangles = 0;
  let volume = 0;
  const box = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  const p = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (const { verts, index, m } of parts) {
    triangles += index.length / 3;
    const world = (v, o) => {
      const x = verts[v * 6], y = verts[v * 6 + 1], z = verts[v * 6 + 2];
      // web-ifc is y-up: back to IFC z-up (x, -z, y)
      const wx = m[0] * x + m[4] * y + m[8] * z + m[12];
      const wy = m[1] * x + m[5] * y + m[9] * z + m[13];
      const wz = m[2] * x + m[6] * y + m[10] * z + m[14];
      p[o] = wx; p[o + 1] = -wz; p[o + 2] = wy;
    };
    for (let v = 0; v < verts.length / 6; v++) {
      world(v, 0);
      for (let k = 0; k < 3; k++) {
        box[k] = Math.min(box[k], p[k]);
        box[k + 3] = Math.max(box[k + 3], p[k]);
      }
    }
    if (index.length === 0) continue;
    // tetrahedra against the part's first vertex, not the world origin: georeferenced models sit millions of
    // metres away, where the origin-based sum cancels away every digit of the volume
    world(index[0], 0);
    const ox = p[0], oy = p[1], oz = p[2];
    for (let i = 0; i < index.length; i += 3) {
      world(index[i], 0); world(index[i + 1], 3); world(index[i + 2], 6);
      for (let k = 0; k < 9; k += 3) { p[k] -= ox; p[k + 1] -= oy; p[k + 2] -= oz; }
      volume += p[0] * (p[4] * p[8] - p[5] * p[7]) - p[1] * (p[3] * p[8] - p[5] * p[6]) + p[2] * (p[3] * p[7] - p[4] * p[6]);
    }
  }
  return { triangles, volume: volume / 6, bbox: box };
}

const results = [];
for (const file of inputFiles(args)) {
  const data = asUint8Array(fs.readFileSync(file));
  let best = Infinity;
  let bestCpu = Infinity;
  let last = null;
  for (let r = 0; r < ROUNDS; r++) {
    if (last) api.CloseModel(last.modelID);
    last = meshPass(data);
    best = Math.min(best, last.ms);
    bestCpu = Math.min(bestCpu, last.cpuMs);
  }
  const products = [];
  for (const { id, parts } of last.meshes) {
    let globalId = '';
    let cls = '';
    try {
      const line = api.GetLine(last.modelID, id);
      globalId = line.GlobalId ? line.GlobalId.value : '';
      cls = api.GetNameFromTypeCode ? api.GetNameFromTypeCode(line.type) : String(line.type);
    } catch (e) { /* keep the express id only */ }
    products.push({ expressID: id, GlobalId: globalId, class: cls, ...stats(parts) });
  }
  api.CloseModel(last.modelID);
  results.push({ file: path.basename(file), webifc_ms: Math.round(best * 10) / 10,
    webifc_cpu_ms: Math.round(bestCpu * 10) / 10, products });
  console.error(`${path.basename(file)}: ${products.length} products, ${best.toFixed(0)} ms`);
}
const rows = [];
for (const f of results) {
  rows.push(['T', f.file, f.webifc_ms, f.webifc_cpu_ms].join('\t'));
  for (const p of f.products) {
    rows.push(['P', f.file, p.GlobalId, p.class, p.triangles, p.volume, ...p.bbox].join('\t'));
  }
}
fs.writeFileSync(outFile, rows.join('\n') + '\n');
if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
