package org.plinth.bcf;

import java.util.List;

/** An XML part violates its BCF XSD (reading with {@link SchemaCheck#REJECT}). Carries the first violations found. */
public final class BcfSchemaException extends BcfFormatException {

    private static final long serialVersionUID = 1L;

    private final transient List<SchemaViolation> violations;

    public BcfSchemaException(List<SchemaViolation> violations) {
        super(violations.get(0).entryName(), violations.get(0).line(), violations.get(0).column(),
                describe(violations));
        this.violations = List.copyOf(violations);
    }

    private static String describe(List<SchemaViolation> violations) {
        StringBuilder sb = new StringBuilder(violations.get(0).message());
        if (violations.size() > 1) {
            sb.append(" (").append(violations.size() - 1).append(" more: ");
            for (int i = 1; i < violations.size(); i++) {
                if (i > 1) {
                    sb.append("; ");
                }
                sb.append(violations.get(i));
            }
            sb.append(')');
        }
        return sb.toString();
    }

    /** The first violations (at most {@link BcfLimits#maxReportedViolations()}), in zip order. */
    public List<SchemaViolation> violations() {
        return violations;
    }
}
