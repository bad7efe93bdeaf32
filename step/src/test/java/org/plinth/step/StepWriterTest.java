package org.plinth.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StepWriterTest {

    static final StepHeader HEADER = new StepHeader(List.of("ViewDefinition [CoordinationView]"), "2;1", "a'b.ifc",
            "2024-01-02T03:04:05", List.of("Ann"), List.of("Org"), "pre", "sys", "", List.of("IFC4"));

    @Test
    void writesTheExchangeStructure() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StepWriter writer = new StepWriter(out);
        writer.writeHeader(HEADER);
        writer.writeEntity(1, "IFCPERSON", List.of(StepValue.Null.INSTANCE, new StepValue.Str("Doe"), StepValue.Derived.INSTANCE,
                new StepValue.Integer(-3), new StepValue.Real(1.5), new StepValue.Enum("T"), new StepValue.Binary("0FF"),
                new StepValue.ListValue(List.of(new StepValue.Ref(2), new StepValue.Ref(3))),
                new StepValue.Typed("IFCLABEL", new StepValue.Str("x"))));
        writer.finish();

        assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("""
                ISO-10303-21;
                HEADER;
                FILE_DESCRIPTION(('ViewDefinition [CoordinationView]'),'2;1');
                FILE_NAME('a''b.ifc','2024-01-02T03:04:05',('Ann'),('Org'),'pre','sys','');
                FILE_SCHEMA(('IFC4'));
                ENDSEC;
                DATA;
                #1=IFCPERSON($,'Doe',*,-3,1.5,.T.,"0FF",(#2,#3),IFCLABEL('x'));
                ENDSEC;
                END-ISO-10303-21;
                """);
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void stringsWithEveryEscapeKindRoundTrip(InputMode mode) throws IOException {
        List<String> strings = List.of("", "plain", "it's", "back\\slash", "\\X2\\ literal \\S\\", "Außenwände", "屋根 - Story",
                "emoji \uD83D\uDE00 and \uD83C\uDFE0", "tab\tnew\nline\r", "\u007F\u0080\u00FF\u0100", "ąść Ελληνικά кириллица",
                "mix 'q' \\ é 階 \uD83D\uDE00'");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StepWriter writer = new StepWriter(out);
        writer.writeHeader(HEADER);
        for (int i = 0; i < strings.size(); i++) {
            writer.writeEntity(i + 1, "IFCLABELLED", List.of(new StepValue.Str(strings.get(i)),
                    new StepValue.Typed("IFCTEXT", new StepValue.Str(strings.get(i)))));
        }
        writer.finish();
        byte[] bytes = out.toByteArray();
        for (byte b : bytes) {
            assertThat(b).as("output is 7-bit ASCII").isBetween((byte) 0, (byte) 0x7E);
        }

        StepModel model = mode.read(bytes, StepReadOptions.strict());
        assertThat(model.header()).isEqualTo(HEADER);
        for (int i = 0; i < strings.size(); i++) {
            assertThat(model.entity(i + 1).string(0)).isEqualTo(strings.get(i));
            assertThat(model.entity(i + 1).string(1)).isEqualTo(strings.get(i));
        }
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void decodedEscapesOfEveryKindRewriteToEqualValues(InputMode mode) throws IOException {
        String source = StepBadInputTest.HEAD
                + "#1=X('it''s','a\\\\b','\\S\\D','\\PB\\\\S\\1','\\X\\E4','\\X2\\968E\\X0\\','\\X2\\D83DDE00\\X0\\',"
                + "'\\X4\\0001F600\\X0\\','l\\N\\b\\F\\','C:\\Temp');\n"
                + "#2=(IFCA(1,2.5)IFCB('x'));\n"
                + StepBadInputTest.TAIL;
        StepModel original = mode.read(source.getBytes(StandardCharsets.US_ASCII), StepReadOptions.strict());
        assertThat(original.entity(1).attributes()).extracting(v -> ((StepValue.Str) v).value())
                .containsExactly("it's", "a\\b", "Ä", "ą", "ä", "階", "\uD83D\uDE00", "\uD83D\uDE00", "lb", "C:\\Temp");

        StepModel copy = mode.read(rewriteDecoded(original), StepReadOptions.strict());

        for (int id : original.ids()) {
            assertThat(copy.entity(id).attributes()).isEqualTo(original.entity(id).attributes());
            assertThat(copy.typeName(id)).isEqualTo(original.typeName(id));
        }
    }

    @Test
    void realsRoundTripExactly() throws IOException {
        double[] values = {0.0, -0.0, 1.0, -1.5, 0.1, 1e-5, 2.5e3, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MIN_NORMAL,
            123456789.123456789, 1.0 / 3.0, 6.02214076e23};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StepWriter writer = new StepWriter(out);
        writer.writeHeader(HEADER);
        StepValue[] reals = new StepValue[values.length];
        for (int i = 0; i < values.length; i++) {
            reals[i] = new StepValue.Real(values[i]);
        }
        writer.writeEntity(1, "X", List.of(reals));
        writer.finish();

        StepModel model = StepReader.read(out.toByteArray(), StepReadOptions.strict());
        assertThat(model.entity(1).attributes()).containsExactly(reals);
    }

    @Test
    void rejectsValuesTheFormatCannotHold() {
        StepWriter writer = new StepWriter(new ByteArrayOutputStream());
        assertThatThrownBy(() -> writer.writeEntity(1, "X", List.of(new StepValue.Real(Double.NaN))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.writeEntity(1, "BAD NAME", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.writeEntity(0, "X", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.writeEntity(1, "X", List.of(new StepValue.Binary("XYZ"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static byte[] rewriteDecoded(StepModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StepWriter writer = new StepWriter(out);
        writer.writeHeader(model.header());
        for (int id : model.ids()) {
            writer.writeEntity(id, model.typeName(id), model.entity(id).attributes());
        }
        writer.finish();
        return out.toByteArray();
    }
}
