package io.openrcm.code.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One row of {@code encounter_service_line}. Modifiers and diagnosis pointers have four columns each, the four slots
 * the 837P service line has, rather than an array type.
 */
@Embeddable
public class ServiceLineRow {

    @Column(name = "line_number", nullable = false)
    public int lineNumber;

    @Column(name = "code_system", length = 10)
    public String codeSystem;

    @Column(name = "code", length = 5)
    public String code;

    @Column(name = "text", length = 500)
    public String text;

    @Column(name = "modifier_1", length = 2)
    public String modifier1;
    @Column(name = "modifier_2", length = 2)
    public String modifier2;
    @Column(name = "modifier_3", length = 2)
    public String modifier3;
    @Column(name = "modifier_4", length = 2)
    public String modifier4;

    @Column(name = "units", nullable = false)
    public int units;

    @Column(name = "dx_pointer_1", nullable = false)
    public Integer dxPointer1;
    @Column(name = "dx_pointer_2")
    public Integer dxPointer2;
    @Column(name = "dx_pointer_3")
    public Integer dxPointer3;
    @Column(name = "dx_pointer_4")
    public Integer dxPointer4;

    @Column(name = "coded_by", length = 80)
    public String codedBy;

    void setModifiers(List<String> modifiers) {
        modifier1 = at(modifiers, 0);
        modifier2 = at(modifiers, 1);
        modifier3 = at(modifiers, 2);
        modifier4 = at(modifiers, 3);
    }

    List<String> modifiers() {
        return present(modifier1, modifier2, modifier3, modifier4);
    }

    void setDiagnosisPointers(List<Integer> pointers) {
        dxPointer1 = at(pointers, 0);
        dxPointer2 = at(pointers, 1);
        dxPointer3 = at(pointers, 2);
        dxPointer4 = at(pointers, 3);
    }

    List<Integer> diagnosisPointers() {
        return present(dxPointer1, dxPointer2, dxPointer3, dxPointer4);
    }

    private static <T> T at(List<T> values, int index) {
        return index < values.size() ? values.get(index) : null;
    }

    @SafeVarargs
    private static <T> List<T> present(T... slots) {
        List<T> values = new ArrayList<>(Arrays.asList(slots));
        values.removeIf(Objects::isNull);
        return values;
    }
}
