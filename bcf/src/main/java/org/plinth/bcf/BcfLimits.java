package org.plinth.bcf;

/**
 * Bounds on what {@link BcfZipReader} inflates, so a hostile zip cannot exhaust memory. Every limit is checked while
 * inflating, before the next buffer is read.
 *
 * @param maxEntries            entries in the zip (directories included)
 * @param maxEntryBytes         uncompressed bytes of one entry (a snapshot, a document, one XML part)
 * @param maxTotalBytes         uncompressed bytes of all entries together
 * @param maxCompressionRatio   uncompressed / compressed bytes, per entry and for the whole zip; only checked once
 *                              an entry (or the zip) has inflated more than {@code ratioCheckFloorBytes}, because
 *                              small XML compresses well and legitimately
 * @param ratioCheckFloorBytes  inflated size from which the ratio is enforced
 * @param maxReportedViolations XSD violations collected before validation of the archive stops
 */
public record BcfLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxCompressionRatio,
                        long ratioCheckFloorBytes, int maxReportedViolations) {

    /**
     * 10 000 entries, 64 MiB per entry, 512 MiB in all, ratio 100 above 1 MiB, 20 violations. Snapshots of a few MiB
     * and thousands of topics pass; an entry of 100 MiB of zeros (100 KiB compressed) stops after about 1 MiB.
     * Nested zips are never opened, so recursive bombs do not apply.
     */
    public static final BcfLimits DEFAULTS = new BcfLimits(10_000, 64L << 20, 512L << 20, 100, 1L << 20, 20);

    public BcfLimits {
        if (maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxCompressionRatio <= 0
                || ratioCheckFloorBytes < 0 || maxReportedViolations <= 0) {
            throw new IllegalArgumentException("BCF limits must be positive: " + maxEntries + ", " + maxEntryBytes
                    + ", " + maxTotalBytes + ", " + maxCompressionRatio + ", " + ratioCheckFloorBytes + ", "
                    + maxReportedViolations);
        }
    }

    public BcfLimits withMaxEntries(int value) {
        return new BcfLimits(value, maxEntryBytes, maxTotalBytes, maxCompressionRatio, ratioCheckFloorBytes,
                maxReportedViolations);
    }

    public BcfLimits withMaxEntryBytes(long value) {
        return new BcfLimits(maxEntries, value, maxTotalBytes, maxCompressionRatio, ratioCheckFloorBytes,
                maxReportedViolations);
    }

    public BcfLimits withMaxTotalBytes(long value) {
        return new BcfLimits(maxEntries, maxEntryBytes, value, maxCompressionRatio, ratioCheckFloorBytes,
                maxReportedViolations);
    }

    public BcfLimits withMaxCompressionRatio(int value, long floorBytes) {
        return new BcfLimits(maxEntries, maxEntryBytes, maxTotalBytes, value, floorBytes, maxReportedViolations);
    }
}
