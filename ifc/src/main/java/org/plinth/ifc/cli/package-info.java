/** The Java side of {@code plinth ifc ...}: {@link org.plinth.ifc.cli.IfcCommand}. */
package org.plinth.ifc.cli;
