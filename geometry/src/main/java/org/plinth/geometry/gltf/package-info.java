/** glTF 2.0 binary (GLB) output. */
package org.plinth.geometry.gltf;
