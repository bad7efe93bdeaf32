package org.plinth.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StepReaderTest {

    static final String SMALL = """
            ISO-10303-21;
            HEADER;
            FILE_DESCRIPTION(('ViewDefinition [CoordinationView]','Option [x]'),'2;1');
            FILE_NAME('house.ifc','2024-01-02T03:04:05',('Ann','Bob'),('Plinth Ltd'),'pre 1.0','Origin 2','auth');
            FILE_SCHEMA(('IFC4'));
            ENDSEC;
            DATA;
            #1=IFCPERSON($,'Doe','John',$,$,$,$,$);
            #2= IFCCARTESIANPOINT((0.,1.5,-2.E-03));
            #10 = IFCWALL('2O2Fr$t4X7Zf8NOew3FLOH',#1,'Wall; (with) #sign ''quoted''',$,$,#2,$,'T-1',.STANDARD.);
            #11=IFCCARTESIANPOINT((1.,2.,3.));
            #12=IFCPROPERTYSINGLEVALUE('Width',$,IFCLENGTHMEASURE(2.5),$);
            ENDSEC;
            END-ISO-10303-21;
            """;

    static StepModel read(InputMode mode, String text) {
        return mode.read(text.getBytes(StandardCharsets.UTF_8), StepReadOptions.strict());
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void indexesEntitiesInFileOrder(InputMode mode) {
        StepModel model = read(mode, SMALL);

        assertThat(model.size()).isEqualTo(5);
        assertThat(model.ids()).containsExactly(1, 2, 10, 11, 12);
        assertThat(model.contains(10)).isTrue();
        assertThat(model.contains(3)).isFalse();
        assertThat(model.typeName(10)).isEqualTo("IFCWALL");
        assertThat(model.typeCode(3)).isEqualTo(-1);
        assertThat(model.warnings()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void readsHeader(InputMode mode) {
        StepHeader h = read(mode, SMALL).header();

        assertThat(h.description()).containsExactly("ViewDefinition [CoordinationView]", "Option [x]");
        assertThat(h.implementationLevel()).isEqualTo("2;1");
        assertThat(h.name()).isEqualTo("house.ifc");
        assertThat(h.timeStamp()).isEqualTo("2024-01-02T03:04:05");
        assertThat(h.author()).containsExactly("Ann", "Bob");
        assertThat(h.organization()).containsExactly("Plinth Ltd");
        assertThat(h.preprocessorVersion()).isEqualTo("pre 1.0");
        assertThat(h.originatingSystem()).isEqualTo("Origin 2");
        assertThat(h.authorization()).isEqualTo("auth");
        assertThat(h.schemas()).containsExactly("IFC4");
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void groupsIdsByTypeCode(InputMode mode) {
        StepModel model = read(mode, SMALL);
        int point = model.symbols().code("IFCCARTESIANPOINT");

        assertThat(model.typeCode(2)).isEqualTo(point);
        assertThat(model.idsOfType(point)).containsExactly(2, 11);
        assertThat(model.idsOfType(model.symbols().code("ifcWall"))).containsExactly(10);
        assertThat(model.symbols().code("IFCDOOR")).isEqualTo(-1);
        assertThat(model.idsOfType(-1)).isEmpty();
        assertThat(model.symbols().size()).isEqualTo(4);
        assertThat(model.symbols().name(point)).isEqualTo("IFCCARTESIANPOINT");
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void offsetAndLengthCoverTheRawStatement(InputMode mode) {
        StepModel model = read(mode, SMALL);
        byte[] bytes = SMALL.getBytes(StandardCharsets.UTF_8);

        String raw = new String(bytes, (int) model.offset(10), model.length(10), StandardCharsets.UTF_8);

        assertThat(raw).isEqualTo("#10 = IFCWALL('2O2Fr$t4X7Zf8NOew3FLOH',#1,'Wall; (with) #sign ''quoted''',$,$,#2,$,'T-1',.STANDARD.);");
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void decodesAttributesOnAccess(InputMode mode) {
        StepModel model = read(mode, SMALL);
        StepEntity wall = model.entity(10);

        assertThat(wall.id()).isEqualTo(10);
        assertThat(wall.typeName()).isEqualTo("IFCWALL");
        assertThat(wall.attributeCount()).isEqualTo(9);
        assertThat(wall.string(0)).isEqualTo("2O2Fr$t4X7Zf8NOew3FLOH");
        assertThat(wall.ref(1)).isEqualTo(1);
        assertThat(wall.string(2)).isEqualTo("Wall; (with) #sign 'quoted'");
        assertThat(wall.isNull(3)).isTrue();
        assertThat(wall.stringOpt(3)).isEmpty();
        assertThat(wall.ref(4)).isZero();
        assertThat(wall.enumValue(8)).isEqualTo("STANDARD");
        assertThat(model.entity(2).attribute(0)).isEqualTo(new StepValue.ListValue(List.of(
                new StepValue.Real(0.0), new StepValue.Real(1.5), new StepValue.Real(-0.002))));
        assertThat(model.entity(12).real(2)).isEqualTo(2.5);
        assertThat(model.entity(12).attribute(2))
                .isEqualTo(new StepValue.Typed("IFCLENGTHMEASURE", new StepValue.Real(2.5)));
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void absentEntityIsReportedWhenAccessed(InputMode mode) {
        StepModel model = read(mode, SMALL);

        assertThatThrownBy(() -> model.entity(99)).isInstanceOf(NoSuchElementException.class).hasMessageContaining("#99");
        assertThatThrownBy(() -> model.offset(99)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> model.typeName(99)).isInstanceOf(NoSuchElementException.class);
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void skipsCommentsAndWhitespaceAnywhere(InputMode mode) {
        String text = """
                /* leading */ ISO-10303-21 ; /* c */
                HEADER;FILE_DESCRIPTION(('d'),'2;1');FILE_NAME('n','t',(''),(''),'','','');
                FILE_SCHEMA(('IFC2X3'));ENDSEC;
                DATA;
                /* a comment with ; and ( and ' and #1=X(); */
                #1 /* id */ = /* eq */ IFCA /* name */ ( 1 , /* in list */ 'x/*not a comment*/' , ( #2 ,
                   #3 ) ) /* before semicolon */ ;
                	#2=IFCB();#3=IFCC(.T.);
                ENDSEC;END-ISO-10303-21;""";
        StepModel model = read(mode, text);

        assertThat(model.ids()).containsExactly(1, 2, 3);
        StepEntity first = model.entity(1);
        assertThat(first.integer(0)).isEqualTo(1);
        assertThat(first.string(1)).isEqualTo("x/*not a comment*/");
        assertThat(first.refs(2)).containsExactly(2, 3);
        assertThat(model.entity(2).attributeCount()).isZero();
        assertThat(model.entity(3).enumValue(0)).isEqualTo("T");
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void acceptsLowerCaseNamesByteOrderMarkAndComplexInstances(InputMode mode) {
        String text = "\uFEFFISO-10303-21;\nHEADER;\nFILE_DESCRIPTION((''),'2;1');\nFILE_NAME('','',(''),(''),'','','');\n"
                + "FILE_SCHEMA(('IFC4'));\nENDSEC;\nDATA;\n"
                + "#1=ifcWall('a');\n#2=IFCWALL('b');\n"
                + "#3=(IFCA(1,2)IFCB('x')IFCC());\n"
                + "ENDSEC;\nEND-ISO-10303-21;\n";
        StepModel model = read(mode, text);

        assertThat(model.typeCode(1)).isEqualTo(model.typeCode(2));
        assertThat(model.typeName(1)).isEqualTo("IFCWALL");
        assertThat(model.typeName(3)).isEmpty();
        assertThat(model.entity(3).attributes()).containsExactly(
                new StepValue.Typed("IFCA", new StepValue.ListValue(List.of(new StepValue.Integer(1), new StepValue.Integer(2)))),
                new StepValue.Typed("IFCB", new StepValue.ListValue(List.of(new StepValue.Str("x")))),
                new StepValue.Typed("IFCC", new StepValue.ListValue(List.of())));
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void keepsLongStatementsThatExceedTheScanWindow(InputMode mode) {
        StringBuilder sb = new StringBuilder("ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION((''),'2;1');\n"
                + "FILE_NAME('','',(''),(''),'','','');\nFILE_SCHEMA(('IFC4'));\nENDSEC;\nDATA;\n");
        sb.append("#1=IFCCARTESIANPOINTLIST3D((");
        for (int i = 0; i < 5000; i++) {
            sb.append(i == 0 ? "" : ",").append("(").append(i).append(".,0.5,-1.)");
        }
        sb.append("),$);\n#2=IFCLABEL('").append("x".repeat(20_000)).append("');\nENDSEC;\nEND-ISO-10303-21;\n");
        StepModel model = read(mode, sb.toString());

        assertThat(model.ids()).containsExactly(1, 2);
        StepValue.ListValue points = (StepValue.ListValue) model.entity(1).attribute(0);
        assertThat(points.values()).hasSize(5000);
        assertThat(points.values().get(4999)).isEqualTo(new StepValue.ListValue(List.of(
                new StepValue.Real(4999.0), new StepValue.Real(0.5), new StepValue.Real(-1.0))));
        assertThat(model.entity(2).string(0)).hasSize(20_000);
    }

    @ParameterizedTest
    @EnumSource(InputMode.class)
    void readsHeaderWithNullsAsEmptyValues(InputMode mode) {
        String text = "ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION($,'2;1');\nFILE_NAME($,'t',$,(''),$,$,$);\n"
                + "ENDSEC;\nDATA;\n#1=X();\nENDSEC;\nEND-ISO-10303-21;\n";
        StepHeader h = read(mode, text).header();

        assertThat(h.description()).isEmpty();
        assertThat(h.name()).isEmpty();
        assertThat(h.timeStamp()).isEqualTo("t");
        assertThat(h.author()).isEmpty();
        assertThat(h.organization()).containsExactly("");
        assertThat(h.schemas()).isEmpty();
    }
}
