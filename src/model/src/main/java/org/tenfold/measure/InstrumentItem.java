package org.tenfold.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One item of an instrument as its reference table holds it (its options are rows of their own). */
@Embeddable
public class InstrumentItem {

    @Column(name = "item_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private InstrumentDefinition.Kind kind;

    @Column(name = "item_text", nullable = false, length = 1000)
    private String text;

    @Column(name = "step_code", length = 40)
    private String stepCode;

    @Column(nullable = false)
    private boolean scored;

    @Column(name = "reverse_scored", nullable = false)
    private boolean reverse;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "critical_above")
    private Integer criticalAbove;

    @Column(name = "critical_raises", length = 20)
    private String criticalRaises;

    @Column(name = "critical_label", length = 200)
    private String criticalLabel;

    protected InstrumentItem() {
    }

    InstrumentItem(InstrumentDefinition.Item i) {
        number = i.number();
        kind = i.kind();
        text = i.text();
        stepCode = i.stepCode();
        scored = i.scored();
        reverse = i.reverse();
        required = i.required();
        if (i.critical() != null) {
            criticalAbove = i.critical().above();
            criticalRaises = i.critical().raises();
            criticalLabel = i.critical().label();
        }
    }

    InstrumentDefinition.Item toItem(java.util.List<InstrumentDefinition.Option> options) {
        return new InstrumentDefinition.Item(number, kind, text, stepCode, scored, reverse, required, options,
                criticalAbove == null ? null
                        : new InstrumentDefinition.Critical(criticalAbove, criticalRaises, criticalLabel));
    }

    public int getNumber() { return number; }
}
