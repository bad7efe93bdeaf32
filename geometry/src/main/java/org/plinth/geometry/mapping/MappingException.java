package org.plinth.geometry.mapping;

/** A representation item or placement that cannot be turned into geometry; names the entity. */
public final class MappingException extends RuntimeException {

    private final int entityId;

    public MappingException(int entityId, String entityClass, String reason) {
        super("#" + entityId + " " + entityClass + ": " + reason);
        this.entityId = entityId;
    }

    public int entityId() {
        return entityId;
    }
}
