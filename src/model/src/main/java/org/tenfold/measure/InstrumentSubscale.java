package org.tenfold.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A subscale of an instrument: its items (as "1,2") and its own cut-off, if any. */
@Embeddable
public class InstrumentSubscale {

    @Column(nullable = false)
    private int position;

    @Column(name = "subscale_code", nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "item_numbers", nullable = false, length = 500)
    private String items;

    @Column(name = "cutoff_value")
    private Double cutoffValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "cutoff_when", length = 12)
    private InstrumentDefinition.ClinicalWhen cutoffWhen;

    @Column(name = "cutoff_label", length = 300)
    private String cutoffLabel;

    protected InstrumentSubscale() {
    }

    InstrumentSubscale(int position, InstrumentDefinition.Subscale s) {
        this.position = position;
        this.code = s.code();
        this.title = s.title();
        this.items = s.items().stream().map(String::valueOf).collect(Collectors.joining(","));
        if (s.cutoff() != null) {
            cutoffValue = s.cutoff().value();
            cutoffWhen = s.cutoff().clinicalWhen();
            cutoffLabel = s.cutoff().label();
        }
    }

    int getPosition() { return position; }

    InstrumentDefinition.Subscale toSubscale() {
        return new InstrumentDefinition.Subscale(code, title, Arrays.stream(items.split(",")).map(String::strip)
                .map(Integer::valueOf).toList(), cutoffValue == null ? null
                        : new InstrumentDefinition.Cutoff(cutoffValue, cutoffWhen, cutoffLabel));
    }
}
