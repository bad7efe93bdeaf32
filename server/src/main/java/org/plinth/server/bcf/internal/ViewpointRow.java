package org.plinth.server.bcf.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One {@code bcf_viewpoint} row; the JSON parts are in BIMData's shape (see {@link ViewpointShapes}),
 * {@code pins} is always a list, {@code snapshot} is null when the viewpoint has none.
 */
record ViewpointRow(long id, long topicId, UUID guid, @Nullable Integer index, @Nullable String originatingSystem,
        @Nullable String authoringToolId, @Nullable JsonNode orthogonalCamera, @Nullable JsonNode perspectiveCamera,
        @Nullable JsonNode lines, @Nullable JsonNode clippingPlanes, @Nullable JsonNode components, JsonNode pins,
        @Nullable String snapshotType, byte @Nullable [] snapshot) {
}
