package org.plinth.bcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BcfSchemasTest {

    private static final byte[] VALID_30 = ("<?xml version=\"1.0\"?>\n<Version VersionId=\"3.0\"/>")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] INVALID_30 = ("<?xml version=\"1.0\"?>\n<Version>\n  <DetailedVersion>3.0"
            + "</DetailedVersion>\n</Version>").getBytes(StandardCharsets.UTF_8);

    @Test
    void reportsEntryLineAndMessage() {
        var violations = BcfSchemas.validate(BcfVersion.V3_0, BcfSchemas.Part.VERSION, "bcf.version", INVALID_30, 20);

        // 3.0 made VersionId required (reported at the <Version> start tag, line 2) and removed DetailedVersion
        // (Version must be empty; Xerces reports that where </Version> closes, line 4)
        assertThat(violations).extracting(SchemaViolation::entryName).containsOnly("bcf.version");
        assertThat(violations).extracting(SchemaViolation::line).containsExactly(2, 4);
        assertThat(violations.get(0).message()).contains("VersionId");
        assertThat(violations.get(1).message()).contains("Version");
    }

    @Test
    void aReusedValidatorForgetsTheLastEntrysViolations() {
        BcfSchemas.Session session = new BcfSchemas.Session(BcfVersion.V3_0);
        for (int i = 0; i < 10; i++) {
            assertThat(session.validate(BcfSchemas.Part.VERSION, "bad", INVALID_30, 1)).hasSize(1);
            assertThat(session.validate(BcfSchemas.Part.VERSION, "good", VALID_30, 1)).isEmpty();
        }
    }

    @Test
    void the20VersionUsesThe21SchemasAnd2xHasNoExtensionsSchema() {
        assertThat(BcfSchemas.schema(BcfVersion.V2_0, BcfSchemas.Part.MARKUP))
                .isSameAs(BcfSchemas.schema(BcfVersion.V2_1, BcfSchemas.Part.MARKUP));
        assertThat(BcfSchemas.hasSchema(BcfVersion.V2_1, BcfSchemas.Part.EXTENSIONS)).isFalse();
        assertThatThrownBy(() -> BcfSchemas.schema(BcfVersion.V2_1, BcfSchemas.Part.DOCUMENTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BCF 2.1 has no XSD for DOCUMENTS");
    }
}
