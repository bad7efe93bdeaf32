package org.plinth.step;

/**
 * An attribute exists but is not of the kind asked for (e.g. {@code string(i)} on a reference), or the index is out
 * of range. Carries the entity id and attribute index so extraction code can report it.
 */
public final class StepValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int entityId;
    private final int attributeIndex;

    public StepValueException(int entityId, int attributeIndex, String message) {
        super("entity #" + entityId + " attribute " + attributeIndex + ": " + message);
        this.entityId = entityId;
        this.attributeIndex = attributeIndex;
    }

    public int entityId() {
        return entityId;
    }

    public int attributeIndex() {
        return attributeIndex;
    }
}
