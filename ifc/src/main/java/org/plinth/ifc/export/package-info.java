/** IFC export with edits applied: {@link org.plinth.ifc.export.IfcEditApplier}. */
package org.plinth.ifc.export;
