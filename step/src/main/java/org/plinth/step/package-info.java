/**
 * ISO 10303-21 (STEP physical file) reader and writer. No dependencies beyond the JDK.
 *
 * <p>{@link org.plinth.step.StepReader} indexes a file in one pass into a {@link org.plinth.step.StepModel}
 * (entity id to offset, length and type code in primitive arrays); {@link org.plinth.step.StepEntity} decodes
 * attributes into {@link org.plinth.step.StepValue}s on access; {@link org.plinth.step.StepWriter} streams entities
 * out, copying untouched ones byte for byte. Bad input is reported as {@link org.plinth.step.StepSyntaxException}
 * (strict) or {@link org.plinth.step.StepWarning}s (lenient). See {@code step/README.md}.
 */
package org.plinth.step;
