package org.plinth.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class StepValueDecoderTest {

    /** A one-entity file whose single attribute is {@code parameter}, written as raw bytes. */
    static byte[] file(byte[] parameter) {
        byte[] head = ("ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION((''),'2;1');\nFILE_NAME('','',(''),(''),'','','');\n"
                + "FILE_SCHEMA(('IFC4'));\nENDSEC;\nDATA;\n#1=X(").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ");\nENDSEC;\nEND-ISO-10303-21;\n".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + parameter.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(parameter, 0, all, head.length, parameter.length);
        System.arraycopy(tail, 0, all, head.length + parameter.length, tail.length);
        return all;
    }

    static StepValue decode(InputMode mode, String parameter) {
        return decode(mode, parameter.getBytes(StandardCharsets.ISO_8859_1));
    }

    static StepValue decode(InputMode mode, byte[] parameter) {
        return mode.read(file(parameter), StepReadOptions.strict()).entity(1).attribute(0);
    }

    static String string(InputMode mode, String literal) {
        return ((StepValue.Str) decode(mode, literal)).value();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.", "-0.", "1.E-05", "2.5E+3", "1.5", "-1.", "3.14159265358979", "0.1", "1.7976931348623157E308",
        "4.9E-324", "123456789012345678901234567890.", "0.30000000000000004", "1.E25", "2.E-30", "+7.25", "9007199254740993.",
        "1.000000000000000000001", "0.000000000000000000000000001", "1E5", "6.02214076E23", "-2.2250738585072014E-308"})
    void decodesRealsExactlyAsDoubleParseDouble(String literal) {
        for (InputMode mode : InputMode.values()) {
            StepValue v = decode(mode, literal);
            assertThat(v).isInstanceOf(StepValue.Real.class);
            assertThat(Double.doubleToRawLongBits(((StepValue.Real) v).value()))
                    .as("%s via %s", literal, mode)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(literal)));
        }
    }

    @Test
    void decodesRandomRealLiteralsExactlyAsDoubleParseDouble() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(2024);
        String[] literals = new String[20_000];
        StringBuilder list = new StringBuilder("(");
        for (int i = 0; i < literals.length; i++) {
            StringBuilder sb = new StringBuilder();
            if (rnd.nextInt(3) == 0) {
                sb.append('-');
            }
            sb.append(rnd.nextInt(10));
            for (int d = rnd.nextInt(12); d > 0; d--) {
                sb.append(rnd.nextInt(10));
            }
            sb.append('.');
            for (int d = rnd.nextInt(20); d > 0; d--) {
                sb.append(rnd.nextInt(10));
            }
            if (rnd.nextBoolean()) {
                sb.append('E').append(rnd.nextBoolean() ? "-" : "+").append(rnd.nextInt(rnd.nextBoolean() ? 30 : 330));
            }
            literals[i] = sb.toString();
            list.append(i == 0 ? "" : ",").append(literals[i]);
        }
        list.append(')');

        List<StepValue> values = ((StepValue.ListValue) decode(InputMode.BYTE_ARRAY, list.toString())).values();

        for (int i = 0; i < literals.length; i++) {
            assertThat(Double.doubleToRawLongBits(((StepValue.Real) values.get(i)).value())).as(literals[i])
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(literals[i])));
        }
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void decodesIntegers(InputMode mode) {
        assertThat(decode(mode, "42")).isEqualTo(new StepValue.Integer(42));
        assertThat(decode(mode, "-7")).isEqualTo(new StepValue.Integer(-7));
        assertThat(decode(mode, "+3")).isEqualTo(new StepValue.Integer(3));
        assertThat(decode(mode, "9223372036854775807")).isEqualTo(new StepValue.Integer(Long.MAX_VALUE));
        assertThat(decode(mode, "-9223372036854775808")).isEqualTo(new StepValue.Integer(Long.MIN_VALUE));
        assertThatThrownBy(() -> decode(mode, "9223372036854775808")).isInstanceOf(StepSyntaxException.class)
                .hasMessageContaining("integer out of range");
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void decodesEveryValueKind(InputMode mode) {
        assertThat(decode(mode, "$")).isEqualTo(StepValue.Null.INSTANCE);
        assertThat(decode(mode, "*")).isEqualTo(StepValue.Derived.INSTANCE);
        assertThat(decode(mode, "#123")).isEqualTo(new StepValue.Ref(123));
        assertThat(decode(mode, ".ELEMENT.")).isEqualTo(new StepValue.Enum("ELEMENT"));
        assertThat(decode(mode, ".U.")).isEqualTo(new StepValue.Enum("U"));
        assertThat(decode(mode, "\"0ABC\"")).isEqualTo(new StepValue.Binary("0ABC"));
        assertThat(decode(mode, "()")).isEqualTo(new StepValue.ListValue(List.of()));
        assertThat(decode(mode, "((1,2),(#3,$),('a'))")).isEqualTo(new StepValue.ListValue(List.of(
                new StepValue.ListValue(List.of(new StepValue.Integer(1), new StepValue.Integer(2))),
                new StepValue.ListValue(List.of(new StepValue.Ref(3), StepValue.Null.INSTANCE)),
                new StepValue.ListValue(List.of(new StepValue.Str("a"))))));
        assertThat(decode(mode, "IFCLABEL('x')")).isEqualTo(new StepValue.Typed("IFCLABEL", new StepValue.Str("x")));
        assertThat(decode(mode, "IFCBOOLEAN(.T.)")).isEqualTo(new StepValue.Typed("IFCBOOLEAN", new StepValue.Enum("T")));
        assertThat(decode(mode, "IFCCOMPLEXNUMBER((1.,2.))")).isEqualTo(new StepValue.Typed("IFCCOMPLEXNUMBER",
                new StepValue.ListValue(List.of(new StepValue.Real(1.0), new StepValue.Real(2.0)))));
        assertThat(decode(mode, "(IFCINTEGER(1),IFCREAL(2.))")).isEqualTo(new StepValue.ListValue(List.of(
                new StepValue.Typed("IFCINTEGER", new StepValue.Integer(1)),
                new StepValue.Typed("IFCREAL", new StepValue.Real(2.0)))));
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void decodesStringEscapes(InputMode mode) {
        assertThat(string(mode, "''")).isEmpty();
        assertThat(string(mode, "'it''s'")).isEqualTo("it's");
        assertThat(string(mode, "'a\\\\b'")).isEqualTo("a\\b");
        assertThat(string(mode, "'Au\\S\\_enw\\S\\dnde'")).isEqualTo("Außenwände");
        assertThat(string(mode, "'\\X\\E4\\X\\C4'")).isEqualTo("äÄ");
        assertThat(string(mode, "'1\\X2\\968E\\X0\\ - Story'")).isEqualTo("1階 - Story");
        assertThat(string(mode, "'\\X2\\5C4B\\X0\\\\X2\\6839\\X0\\'")).isEqualTo("屋根");
        assertThat(string(mode, "'\\X2\\D83DDE00\\X0\\'")).isEqualTo("\uD83D\uDE00");
        assertThat(string(mode, "'\\X4\\0001F600000000E9\\X0\\'")).isEqualTo("\uD83D\uDE00é");
        assertThat(string(mode, "'line\\N\\break\\F\\'")).isEqualTo("linebreak");
        assertThat(string(mode, "'C:\\Program Files\\x'")).isEqualTo("C:\\Program Files\\x");
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void switchesCodePagesWithP(InputMode mode) {
        // \S\ adds 128 to the character in the current ISO 8859 part: A=1 (default), B=2, E=5 (Cyrillic), G=7 (Greek)
        assertThat(string(mode, "'\\S\\D'")).isEqualTo("Ä");
        assertThat(string(mode, "'\\PB\\\\S\\1'")).isEqualTo("ą"); // 0xB1 in ISO 8859-2
        assertThat(string(mode, "'\\PE\\\\S\\@\\S\\P'")).isEqualTo("Ра"); // 0xC0, 0xD0 in ISO 8859-5
        assertThat(string(mode, "'\\PG\\\\S\\a\\S\\b\\PA\\\\S\\D'")).isEqualTo("αβÄ");
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void decodesRawUtf8AndFallsBackToLatin1ForInvalidBytes(InputMode mode) {
        byte[] utf8 = "'Grüße 階 😀'".getBytes(StandardCharsets.UTF_8);
        assertThat(((StepValue.Str) decode(mode, utf8)).value()).isEqualTo("Grüße 階 😀");

        byte[] latin1 = "'Grüße'".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(((StepValue.Str) decode(mode, latin1)).value()).isEqualTo("Grüße");

        byte[] truncated = {'\'', 'a', (byte) 0xE9, (byte) 0x9A, '\''};
        assertThat(((StepValue.Str) decode(mode, truncated)).value()).isEqualTo("a\u00E9\u009A");
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void rejectsMalformedWideEscapes(InputMode mode) {
        assertThatThrownBy(() -> decode(mode, "'\\X2\\00E"))
                .isInstanceOf(StepSyntaxException.class);
        assertThatThrownBy(() -> decode(mode, "'\\X2\\00E4'")).isInstanceOf(StepSyntaxException.class)
                .hasMessageContaining("without \\X0\\");
        assertThatThrownBy(() -> decode(mode, "'\\X2\\00G4\\X0\\'")).isInstanceOf(StepSyntaxException.class)
                .hasMessageContaining("bad hex digit")
                .satisfies(e -> assertThat(((StepSyntaxException) e).column()).as("column of the G").isEqualTo(13));
        assertThatThrownBy(() -> decode(mode, "'\\X4\\FFFFFFFF\\X0\\'")).isInstanceOf(StepSyntaxException.class)
                .hasMessageContaining("code point out of range");
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void rejectsMalformedTokensWhenDecoded(InputMode mode) {
        for (String bad : new String[] {"1.2.3", "1.5E", ".ABC", "#", "\"9F\"", "\"\"", "IFCLABEL 'x'", "1,", "-", "1abc",
            "#99999999999"}) {
            assertThatThrownBy(() -> decode(mode, bad)).as(bad).isInstanceOf(StepSyntaxException.class)
                    .satisfies(e -> assertThat(((StepSyntaxException) e).entityId()).isEqualTo(1));
        }
    }

    @Test
    void conveniencesUnwrapTypedValuesAndReportKindMismatches() {
        String text = "ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION((''),'2;1');\nFILE_NAME('','',(''),(''),'','','');\n"
                + "FILE_SCHEMA(('IFC4'));\nENDSEC;\nDATA;\n"
                + "#1=X(IFCLABEL('x'),IFCREAL(2.5),IFCINTEGER(3),IFCBOOLEAN(.F.),(#2,#3),$,*,4,#2);\n"
                + "ENDSEC;\nEND-ISO-10303-21;\n";
        StepEntity e = StepReader.read(text.getBytes(StandardCharsets.US_ASCII), StepReadOptions.strict()).entity(1);

        assertThat(e.string(0)).isEqualTo("x");
        assertThat(e.stringOpt(0)).contains("x");
        assertThat(e.real(1)).isEqualTo(2.5);
        assertThat(e.integer(2)).isEqualTo(3);
        assertThat(e.enumValue(3)).isEqualTo("F");
        assertThat(e.refs(4)).containsExactly(2, 3);
        assertThat(e.refs(5)).isEmpty();
        assertThat(e.isNull(5)).isTrue();
        assertThat(e.isNull(6)).isTrue();
        assertThat(e.stringOpt(6)).isEmpty();
        assertThat(e.real(7)).isEqualTo(4.0);
        assertThat(e.ref(8)).isEqualTo(2);

        assertThatThrownBy(() -> e.string(8)).isInstanceOf(StepValueException.class)
                .hasMessageContaining("#1").hasMessageContaining("attribute 8")
                .satisfies(x -> assertThat(((StepValueException) x).attributeIndex()).isEqualTo(8));
        assertThatThrownBy(() -> e.ref(0)).isInstanceOf(StepValueException.class);
        assertThatThrownBy(() -> e.integer(1)).isInstanceOf(StepValueException.class);
        assertThatThrownBy(() -> e.refs(0)).isInstanceOf(StepValueException.class);
        assertThatThrownBy(() -> e.enumValue(0)).isInstanceOf(StepValueException.class);
        assertThatThrownBy(() -> e.attribute(9)).isInstanceOf(StepValueException.class).hasMessageContaining("has 9");
        assertThatThrownBy(() -> e.attribute(-1)).isInstanceOf(StepValueException.class);
    }
}
