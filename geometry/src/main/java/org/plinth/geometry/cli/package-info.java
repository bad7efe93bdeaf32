/** The {@code plinth convert} command. */
package org.plinth.geometry.cli;
