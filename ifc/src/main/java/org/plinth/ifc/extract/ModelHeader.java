package org.plinth.ifc.extract;

import java.util.List;

/**
 * File-level facts.
 *
 * @param schema                 Plinth schema: IFC2X3, IFC4 or IFC4X3
 * @param file_schema            FILE_SCHEMA as written, e.g. {@code IFC4X3_RC2}
 * @param authoring_application  IfcApplication full name and version when present, else FILE_NAME originating system
 * @param originating_system     FILE_NAME originating system
 * @param preprocessor_version   FILE_NAME preprocessor version
 * @param timestamp              FILE_NAME time stamp as written
 * @param name                   FILE_NAME name
 * @param description            FILE_DESCRIPTION descriptions (e.g. the view definition)
 */
public record ModelHeader(String schema, String file_schema, String authoring_application,
        String originating_system, String preprocessor_version, String timestamp, String name,
        List<String> author, List<String> organization, List<String> description, String project_name,
        String project_uuid) {
}
