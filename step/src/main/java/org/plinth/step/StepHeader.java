package org.plinth.step;

import java.util.List;

/**
 * The HEADER section: FILE_DESCRIPTION, FILE_NAME and FILE_SCHEMA. Fields are never null; a missing value is
 * {@code ""} or an empty list.
 */
public record StepHeader(List<String> description, String implementationLevel, String name, String timeStamp,
        List<String> author, List<String> organization, String preprocessorVersion, String originatingSystem,
        String authorization, List<String> schemas) {

    public StepHeader {
        description = description == null ? List.of() : List.copyOf(description);
        implementationLevel = implementationLevel == null ? "" : implementationLevel;
        name = name == null ? "" : name;
        timeStamp = timeStamp == null ? "" : timeStamp;
        author = author == null ? List.of() : List.copyOf(author);
        organization = organization == null ? List.of() : List.copyOf(organization);
        preprocessorVersion = preprocessorVersion == null ? "" : preprocessorVersion;
        originatingSystem = originatingSystem == null ? "" : originatingSystem;
        authorization = authorization == null ? "" : authorization;
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
    }

    /** A header with every field empty. */
    public static StepHeader empty() {
        return new StepHeader(List.of(), "", "", "", List.of(), List.of(), "", "", "", List.of());
    }
}
