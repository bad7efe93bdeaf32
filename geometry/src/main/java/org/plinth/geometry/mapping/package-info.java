/** IFC entities to plain geometry: placements, profiles, curves, representation items; lengths in metres. */
package org.plinth.geometry.mapping;
