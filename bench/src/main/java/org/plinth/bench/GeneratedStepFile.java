package org.plinth.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * In-memory IFC files for the JMH benchmarks, so they measure parsing and decoding, not disk I/O, and need no
 * corpus. Every entity is {@code #i=IFCPROPERTYSINGLEVALUE('<text>',$,IFCLABEL('<text>'),$);} with the text
 * written exactly as given (STEP escapes included), so a benchmark can choose plain or escaped strings.
 */
final class GeneratedStepFile {

    /** Plain ASCII, as most names in Revit exports are. */
    static final String PLAIN_STEP_TEXT = "Basic Wall:Interior - 138mm Partition (1-hr):128360";
    static final String PLAIN_DECODED = PLAIN_STEP_TEXT;

    /** Every ISO 10303-21 string escape once: \X2\ (UTF-16), \X\ (ISO 8859-1), \S\, '', \\, \X4\ (UTF-32). */
    static final String ESCAPED_STEP_TEXT = "Gr\\X2\\00FC00DF\\X0\\e \\X\\E4 \\S\\D It''s a\\\\b \\X4\\0001F600\\X0\\ Wand";
    static final String ESCAPED_DECODED = "Gr\u00fc\u00dfe \u00e4 \u00c4 It's a\\b \uD83D\uDE00 Wand";

    private static final String HEADER = "ISO-10303-21;\nHEADER;\n"
            + "FILE_DESCRIPTION(('ViewDefinition [CoordinationView]'),'2;1');\n"
            + "FILE_NAME('generated.ifc','2026-11-23T00:00:00',('Plinth bench'),('Plinth'),'','Plinth bench','');\n"
            + "FILE_SCHEMA(('IFC4'));\nENDSEC;\nDATA;\n";

    private GeneratedStepFile() {
    }

    static byte[] properties(String stepText, int count) {
        return entities(count, id -> "IFCPROPERTYSINGLEVALUE('" + stepText + "',$,IFCLABEL('" + stepText + "'),$)");
    }

    /** {@code count} entities {@code #1..#count}, each {@code #id=<body of id>;} on its own line. */
    static byte[] entities(int count, IntFunction<String> bodyOfId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(count * 128 + 512);
        out.writeBytes(HEADER.getBytes(StandardCharsets.US_ASCII));
        for (int id = 1; id <= count; id++) {
            out.writeBytes(("#" + id + "=" + bodyOfId.apply(id) + ";\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("ENDSEC;\nEND-ISO-10303-21;\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
