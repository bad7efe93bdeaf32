/** The EXPRESS reader that writes the committed schema tables; not used at run time. */
package org.plinth.ifc.schema.gen;
