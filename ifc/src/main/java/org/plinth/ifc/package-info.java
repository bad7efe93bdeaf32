/** IFC schema tables, typed access, data extraction and export with edits. Depends only on step. */
package org.plinth.ifc;
