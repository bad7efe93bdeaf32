/**
 * IFC geometry to triangle meshes to glTF. Stages: {@code mapping} (IFC entities to plain geometry, units
 * converted), {@code mesh} (profiles, extrusion, triangulation; knows nothing of IFC), {@code gltf} (GLB writer).
 */
package org.plinth.geometry;
