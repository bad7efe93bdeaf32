/**
 * IFC schema tables (IFC2X3, IFC4, IFC4X3) generated from the buildingSMART EXPRESS files by
 * {@link org.plinth.ifc.schema.gen.ExpressSchemaGenerator}; entry point {@link org.plinth.ifc.schema.IfcSchema}.
 */
package org.plinth.ifc.schema;
