package org.plinth.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StepBadInputTest {

    static final String HEAD = "ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION((''),'2;1');\nFILE_NAME('','',(''),(''),'','','');\n"
            + "FILE_SCHEMA(('IFC4'));\nENDSEC;\nDATA;\n"; // DATA; is line 7
    static final String TAIL = "ENDSEC;\nEND-ISO-10303-21;\n";

    static StepModel lenient(InputMode mode, String text) {
        return mode.read(text.getBytes(StandardCharsets.ISO_8859_1), StepReadOptions.lenientDefaults());
    }

    static StepSyntaxException strictFailure(InputMode mode, String text) {
        return catchThrowableOfType(() -> mode.read(text.getBytes(StandardCharsets.ISO_8859_1), StepReadOptions.strict()),
                StepSyntaxException.class);
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void truncatedFileKeepsCompleteEntities(InputMode mode) {
        String text = HEAD + "#1=A(1);\n#2=B('abc',(1,2";

        StepModel model = lenient(mode, text);
        assertThat(model.ids()).containsExactly(1);
        assertThat(model.warnings()).extracting(StepWarning::message)
                .anySatisfy(m -> assertThat(m).contains("unexpected end of file inside entity"))
                .anySatisfy(m -> assertThat(m).contains("missing END-ISO-10303-21"));
        assertThat(model.warnings().get(0).entityId()).isEqualTo(2);
        assertThat(model.warnings().get(0).line()).isEqualTo(9);

        StepSyntaxException e = strictFailure(mode, text);
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.entityId()).isEqualTo(2);
        assertThat(e.excerpt()).isEqualTo("#2=B('abc',(1,2");
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void missingEndIsAWarningOrAnError(InputMode mode) {
        String text = HEAD + "#1=A(1);\nENDSEC;\n";

        StepModel model = lenient(mode, text);
        assertThat(model.ids()).containsExactly(1);
        assertThat(model.warningCount()).isEqualTo(1);
        assertThat(model.warnings().get(0).message()).contains("missing END-ISO-10303-21");

        assertThat(strictFailure(mode, text).reason()).isEqualTo("missing END-ISO-10303-21");
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void unterminatedStringSkipsOnlyItsEntity(InputMode mode) {
        String text = HEAD + "#1=A('ok');\n#2=B('never closed,$);\n#3=C('fine');\n#4=D('it''s');\n" + TAIL;

        StepModel model = lenient(mode, text);
        assertThat(model.ids()).containsExactly(1, 3, 4);
        assertThat(model.entity(3).string(0)).isEqualTo("fine");
        assertThat(model.warnings()).singleElement().satisfies(w -> {
            assertThat(w.entityId()).isEqualTo(2);
            assertThat(w.line()).isEqualTo(9);
            assertThat(w.column()).isEqualTo(6);
            assertThat(w.message()).contains("unterminated string");
        });

        StepSyntaxException e = strictFailure(mode, text);
        assertThat(e.reason()).isEqualTo("unterminated string");
        assertThat(e.entityId()).isEqualTo(2);
        assertThat(e.line()).isEqualTo(9);
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void duplicateIdKeepsTheFirstInstance(InputMode mode) {
        String text = HEAD + "#1=A('first');\n#2=B();\n#1=A('second');\n" + TAIL;

        StepModel model = lenient(mode, text);
        assertThat(model.ids()).containsExactly(1, 2);
        assertThat(model.entity(1).string(0)).isEqualTo("first");
        assertThat(model.warnings()).singleElement().satisfies(w -> {
            assertThat(w.entityId()).isEqualTo(1);
            assertThat(w.line()).isEqualTo(10);
            assertThat(w.message()).contains("duplicate entity id #1");
        });

        StepSyntaxException e = strictFailure(mode, text);
        assertThat(e.entityId()).isEqualTo(1);
        assertThat(e.line()).isEqualTo(10);
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void danglingReferenceIsReportedWhenFollowed(InputMode mode) {
        String text = HEAD + "#1=A(#77,(#1,#78));\n" + TAIL;

        StepModel model = mode.read(text.getBytes(StandardCharsets.US_ASCII), StepReadOptions.strict());
        int target = model.entity(1).ref(0);
        assertThat(target).isEqualTo(77);
        assertThat(model.contains(target)).isFalse();
        assertThat(model.typeCode(target)).isEqualTo(-1);
        assertThatThrownBy(() -> model.entity(target)).isInstanceOf(NoSuchElementException.class).hasMessage("no entity #77");
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void garbageBetweenStatementsIsSkipped(InputMode mode) {
        String text = HEAD + "#1=A(1);\n\u0001\u0002garbage ]]\n#2=B(2);\n@@@;\n#3=C(3);\n" + TAIL;

        StepModel model = lenient(mode, text);
        assertThat(model.ids()).containsExactly(1, 2, 3);
        assertThat(model.warningCount()).isEqualTo(2);
        assertThat(model.warnings().get(0).line()).isEqualTo(9);
        assertThat(model.warnings().get(1).line()).isEqualTo(11);

        StepSyntaxException e = strictFailure(mode, text);
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.reason()).contains("byte 0x01");
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void nonAsciiBytesOutsideStringsBreakTheEntity(InputMode mode) {
        String text = HEAD + "#1=A(1,\u00FF\u00FE);\n#2=B('gr\u00FC\u00DFe');\n" + TAIL;

        StepModel model = lenient(mode, text);
        assertThat(model.ids()).containsExactly(2);
        assertThat(model.entity(2).string(0)).isEqualTo("grüße");
        assertThat(model.warnings().get(0).message()).contains("byte 0xFF in parameter list");

        StepSyntaxException e = strictFailure(mode, text);
        assertThat(e.entityId()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(8);
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void missingSemicolonLosesOnlyThatEntity(InputMode mode) {
        String text = HEAD + "#1=A(1)\n#2=B(2);\n#3=C(3) #4=D(4);\n#5=E(5);\n" + TAIL;

        StepModel model = lenient(mode, text);
        assertThat(model.ids()).containsExactly(2, 5);
        assertThat(model.warnings()).extracting(StepWarning::entityId).containsExactly(1, 3);
        assertThat(model.warnings().get(0).message()).contains("expected ';'");

        StepSyntaxException e = strictFailure(mode, text);
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.column()).isEqualTo(8);
        assertThat(e.entityId()).isEqualTo(1);
        assertThat(e.excerpt()).isEqualTo("#1=A(1)");
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void unbalancedParenthesesLoseOnlyThatEntity(InputMode mode) {
        String text = HEAD + "#1=A((1,2);\n#2=B(2));\n#3=C(3);\n#4=D((4)\n#5=E(5);\n" + TAIL;

        StepModel model = lenient(mode, text);
        assertThat(model.ids()).containsExactly(3, 5);
        assertThat(model.warnings()).extracting(StepWarning::entityId).containsExactly(1, 2, 4);
        assertThat(model.warnings().get(0).message()).contains("unbalanced parentheses");

        assertThat(strictFailure(mode, text).entityId()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void entityOutsideDataSectionIsAcceptedOnlyWhenLenient(InputMode mode) {
        String text = "ISO-10303-21;\nHEADER;\nFILE_SCHEMA(('IFC4'));\n#1=A(1);\nENDSEC;\nEND-ISO-10303-21;\n";

        StepModel model = lenient(mode, text);
        assertThat(model.ids()).containsExactly(1);
        assertThat(model.header().schemas()).containsExactly("IFC4");
        assertThat(model.warnings()).extracting(StepWarning::message)
                .anySatisfy(m -> assertThat(m).contains("entity instance outside a DATA section"));

        assertThat(strictFailure(mode, text).line()).isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void limitsBoundNestingStringLengthAndEntityCount(InputMode mode) {
        StepReadOptions tight = new StepReadOptions(true, 3, 10, 2);
        String text = HEAD + "#1=A((((1))));\n#2=B('0123456789abc');\n#3=C(((1)),'0123456789');\n" + TAIL;

        StepModel model = mode.read(text.getBytes(StandardCharsets.US_ASCII), tight);
        assertThat(model.ids()).containsExactly(3);
        assertThat(model.warnings()).extracting(StepWarning::message)
                .satisfiesExactly(
                        m -> assertThat(m).contains("lists nested deeper than 3"),
                        m -> assertThat(m).contains("string longer than 10 bytes"));

        String many = HEAD + "#1=A();\n#2=A();\n#3=A();\n" + TAIL;
        assertThatThrownBy(() -> mode.read(many.getBytes(StandardCharsets.US_ASCII), tight))
                .isInstanceOf(StepSyntaxException.class)
                .hasMessageContaining("more than 2 entity instances");
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void keepsTheFirstThousandWarningsAndCountsAll(InputMode mode) {
        StringBuilder sb = new StringBuilder(HEAD);
        for (int i = 1; i <= 1500; i++) {
            sb.append('#').append(i).append("=A(1)\n");
        }
        sb.append("#9999=OK();\n").append(TAIL);

        StepModel model = lenient(mode, sb.toString());
        assertThat(model.ids()).containsExactly(9999);
        assertThat(model.warnings()).hasSize(1000);
        assertThat(model.warningCount()).isEqualTo(1500);
        assertThat(model.warnings().get(999).line()).isEqualTo(8 + 999);
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void excerptIsShortEvenOnAHugeLine(InputMode mode) {
        StringBuilder sb = new StringBuilder(HEAD);
        for (int i = 1; i <= 200; i++) {
            sb.append('#').append(i).append("=A(1,2,3);");
        }
        sb.append("#201=A(1,2,=3);").append(TAIL);

        StepSyntaxException e = strictFailure(mode, sb.toString());
        assertThat(e.excerpt()).hasSizeLessThanOrEqualTo(80).contains("=A(1,2,=3)");
        assertThat(e.getMessage()).hasSizeLessThan(200);
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.column()).isEqualTo(sb.indexOf("=3);") - HEAD.length() + 1);
        assertThat(e.entityId()).isEqualTo(201);
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void inputThatIsNotStepThrowsEvenWhenLenient(InputMode mode) {
        assertThatThrownBy(() -> lenient(mode, "PK\u0003\u0004 this is a zip file, not an IFC"))
                .isInstanceOf(StepSyntaxException.class).hasMessageContaining("not an ISO 10303-21 file");
        assertThatThrownBy(() -> lenient(mode, "")).isInstanceOf(StepSyntaxException.class);
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void unterminatedCommentAndBadSlashAreErrors(InputMode mode) {
        assertThat(strictFailure(mode, HEAD + "#1=A(1);\n/* never closed\n#2=B();\n" + TAIL).reason())
                .isEqualTo("unterminated comment");
        assertThat(strictFailure(mode, HEAD + "#1=A(1 / 2);\n" + TAIL).reason()).isEqualTo("unexpected '/'");
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void countsLinesEndedByCrLfOrLoneCr(InputMode mode) {
        String lf = HEAD + "#1=A(1);\n#2=B(2,=);\n" + TAIL;
        for (String text : new String[] {lf, lf.replace("\n", "\r\n"), lf.replace("\n", "\r")}) {
            StepSyntaxException e = strictFailure(mode, text);
            assertThat(e.line()).isEqualTo(9);
            assertThat(e.column()).isEqualTo(8);
            assertThat(e.excerpt()).isEqualTo("#2=B(2,=);");
        }
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void unterminatedStringIsFoundAcrossCarriageReturnLines(InputMode mode) {
        String text = (HEAD + "#1=A('open);\n#2=B('ok');\n" + TAIL).replace("\n", "\r");

        StepModel model = lenient(mode, text);
        assertThat(model.ids()).containsExactly(2);
        assertThat(model.warnings()).singleElement().satisfies(w -> assertThat(w.line()).isEqualTo(8));
    }
}
