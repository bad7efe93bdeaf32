/** The whole path in one call: IFC file to GLB plus a per-product report. What servers and the CLI use. */
package org.plinth.geometry.convert;
