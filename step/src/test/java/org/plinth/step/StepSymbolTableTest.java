package org.plinth.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StepSymbolTableTest {

    @Test
    void givesDenseCodesInOrderOfFirstAppearanceThroughGrowth() {
        StepSymbolTable symbols = new StepSymbolTable();
        for (int i = 0; i < 5000; i++) {
            assertThat(symbols.intern("IFCTYPE" + i)).isEqualTo(i);
        }
        for (int i = 0; i < 5000; i++) {
            assertThat(symbols.code("IfcType" + i)).isEqualTo(i);
            assertThat(symbols.name(i)).isEqualTo("IFCTYPE" + i);
        }
        assertThat(symbols.size()).isEqualTo(5000);
        assertThat(symbols.code("IFCTYPE5000")).isEqualTo(-1);
    }

    @Test
    void internsByBytesIgnoringCaseAndKeepsUpperCase() {
        StepSymbolTable symbols = new StepSymbolTable();
        byte[] text = "xxifcWall_Type2yy".getBytes(StandardCharsets.US_ASCII);
        int code = symbols.intern(text, 2, 15, StepSymbolTable.hash(text, 2, 15));

        assertThat(symbols.name(code)).isEqualTo("IFCWALL_TYPE2");
        assertThat(symbols.intern("IFCWALL_TYPE2")).isEqualTo(code);
        assertThat(symbols.code("ifcwall_type2")).isEqualTo(code);
        assertThat(symbols.code("IFCWALL_TYPE")).isEqualTo(-1);
        assertThatThrownBy(() -> symbols.name(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
