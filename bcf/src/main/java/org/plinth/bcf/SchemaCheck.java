package org.plinth.bcf;

/** What {@link BcfZipReader} does with the XSDs of the version it reads. */
public enum SchemaCheck {
    /** Do not validate (fastest; the reader is lenient about what it does not need). */
    NONE,
    /** Validate every XML part and list the violations in {@link BcfArchive#schemaViolations()}. */
    REPORT,
    /** Validate every XML part and throw {@link BcfSchemaException} with the first violations. */
    REJECT
}
