/** Meshing without IFC: transforms, profiles, extrusion, face triangulation, meshes as primitive arrays. */
package org.plinth.geometry.mesh;
