package org.plinth.server.bcf.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plinth.server.platform.InvalidRequestException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a BCF request body taken as a JSON tree, so PATCH can tell an absent field
 * (keep) from an explicit null (clear). Type errors are collected per field and thrown together as
 * one 400 with {@code errors: {field: [messages]}}.
 */
final class RequestFields {

    private final JsonNode body;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    RequestFields(@Nullable JsonNode body) {
        if (body != null && !body.isNull() && !body.isMissingNode() && !body.isObject()) {
            throw new InvalidRequestException("non_field_errors", "The body must be a JSON object.");
        }
        this.body = body == null || body.isNull() ? tools.jackson.databind.node.MissingNode.getInstance() : body;
    }

    boolean has(String field) {
        return body.has(field);
    }

    void error(String field, String message) {
        errors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
    }

    /** Throws the collected errors, if any. */
    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    @Nullable String text(String field, int maxLength) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            error(field, "must be a string");
            return null;
        }
        String value = node.asString();
        if (value.length() > maxLength) {
            error(field, "must be at most " + maxLength + " characters");
            return null;
        }
        return value;
    }

    /** A text that may not be null or blank when present. */
    @Nullable String requiredText(String field, int maxLength) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            error(field, "is required");
            return null;
        }
        String value = text(field, maxLength);
        if (value != null && value.isBlank()) {
            error(field, "may not be blank");
            return null;
        }
        return value;
    }

    @Nullable UUID guid(String field) {
        String text = text(field, 64);
        if (text == null) {
            return null;
        }
        try {
            UUID guid = UUID.fromString(text);
            // UUID.fromString accepts shortened groups ("1-2-3-4-5"); a BCF guid is the canonical 36 characters.
            if (text.length() != 36) {
                throw new IllegalArgumentException(text);
            }
            return guid;
        } catch (IllegalArgumentException e) {
            error(field, "'" + text + "' is not a GUID (8-4-4-4-12 hexadecimal digits)");
            return null;
        }
    }

    @Nullable OffsetDateTime dateTime(String field) {
        String text = text(field, 64);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                // BCF dates without an offset are UTC.
                return java.time.LocalDateTime.parse(text).atOffset(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                error(field, "'" + text + "' is not an ISO 8601 date-time");
                return null;
            }
        }
    }

    @Nullable Integer integer(String field) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            error(field, "must be an integer");
            return null;
        }
        return node.asInt();
    }

    /** A list of strings; null when absent or null. */
    @Nullable List<String> texts(String field, int maxLength) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            error(field, "must be a list of strings");
            return null;
        }
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            if (!item.isString() || item.asString().length() > maxLength) {
                error(field, "must be a list of strings of at most " + maxLength + " characters");
                return null;
            }
            values.add(item.asString());
        }
        return values;
    }

    /** Any JSON value (kept as a tree); null when absent or null. */
    @Nullable JsonNode any(String field) {
        JsonNode node = body.path(field);
        return node.isMissingNode() || node.isNull() ? null : node;
    }
}
