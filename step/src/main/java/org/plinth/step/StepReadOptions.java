package org.plinth.step;

/**
 * How {@link StepReader} treats bad input and how far it trusts the input's sizes.
 *
 * @param lenient         {@code true}: a broken entity is skipped and recorded as a {@link StepWarning};
 *                        {@code false}: the first error throws {@link StepSyntaxException}
 * @param maxListDepth    deepest parameter-list nesting accepted (an entity's own parameter list is depth 1)
 * @param maxStringLength longest string literal accepted, in bytes as written in the file
 * @param maxEntities     most entity instances indexed; more is an error in both modes
 */
public record StepReadOptions(boolean lenient, int maxListDepth, int maxStringLength, long maxEntities) {

    /** Nesting seen in IFC files is at most 4; 64 leaves room and still bounds recursion in the decoder. */
    public static final int DEFAULT_MAX_LIST_DEPTH = 64;
    /** 16 MiB: far above any real label or description, far below what would threaten the heap. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 16 * 1024 * 1024;
    /** 250 million entities: a ~30 GB IFC file; the index stays addressable with int positions. */
    public static final long DEFAULT_MAX_ENTITIES = 250_000_000L;

    public StepReadOptions {
        if (maxListDepth < 1) {
            throw new IllegalArgumentException("maxListDepth must be >= 1, was " + maxListDepth);
        }
        if (maxStringLength < 0) {
            throw new IllegalArgumentException("maxStringLength must be >= 0, was " + maxStringLength);
        }
        if (maxEntities < 0 || maxEntities > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxEntities must be in 0.." + (Integer.MAX_VALUE - 16) + ", was " + maxEntities);
        }
    }

    /** For imports: a broken entity is skipped and reported as a warning, the rest loads. */
    public static StepReadOptions lenientDefaults() {
        return new StepReadOptions(true, DEFAULT_MAX_LIST_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_ENTITIES);
    }

    /** For validation and tests: the first error throws {@link StepSyntaxException}. */
    public static StepReadOptions strict() {
        return new StepReadOptions(false, DEFAULT_MAX_LIST_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_ENTITIES);
    }
}
