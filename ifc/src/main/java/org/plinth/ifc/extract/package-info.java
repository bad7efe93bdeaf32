/**
 * Extraction of IFC data into records shaped like the BIMData API models (field names as in
 * {@code models.tsv}); entry point {@link org.plinth.ifc.extract.IfcExtractor}.
 */
package org.plinth.ifc.extract;
