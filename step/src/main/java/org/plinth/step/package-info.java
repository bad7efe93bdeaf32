/** ISO 10303-21 (STEP physical file) reader and writer. No dependencies beyond the JDK. */
package org.plinth.step;
