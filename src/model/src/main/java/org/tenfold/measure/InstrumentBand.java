package org.tenfold.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One severity band of an instrument's score. */
@Embeddable
public class InstrumentBand {

    @Column(nullable = false)
    private int position;

    @Column(name = "score_from", nullable = false)
    private double from;

    @Column(name = "score_to", nullable = false)
    private double to;

    @Column(nullable = false, length = 100)
    private String label;

    protected InstrumentBand() {
    }

    InstrumentBand(int position, InstrumentDefinition.Band b) {
        this.position = position;
        this.from = b.from();
        this.to = b.to();
        this.label = b.label();
    }

    int getPosition() { return position; }

    InstrumentDefinition.Band toBand() {
        return new InstrumentDefinition.Band(from, to, label);
    }
}
