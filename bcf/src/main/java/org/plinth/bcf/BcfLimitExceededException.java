package org.plinth.bcf;

/**
 * The zip exceeds one of the {@link BcfLimits} (zip bomb, huge snapshot, too many entries). A server maps it to 413.
 * Reading stopped as soon as the limit was crossed; nothing beyond it was inflated.
 */
public final class BcfLimitExceededException extends BcfFormatException {

    private static final long serialVersionUID = 1L;

    private final String limitName;
    private final long limit;

    public BcfLimitExceededException(String entryName, String limitName, long limit, String reason) {
        super(entryName, 0, 0, reason + " (limit " + limitName + " = " + limit + ")");
        this.limitName = limitName;
        this.limit = limit;
    }

    /** The {@link BcfLimits} component that was exceeded, e.g. {@code maxEntryBytes}. */
    public String limitName() {
        return limitName;
    }

    public long limit() {
        return limit;
    }
}
