package org.tenfold.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One answer an item offers, with its value. */
@Embeddable
public class InstrumentOption {

    @Column(name = "item_number", nullable = false)
    private int itemNumber;

    @Column(nullable = false)
    private int position;

    @Column(name = "option_value", nullable = false)
    private int value;

    @Column(nullable = false, length = 200)
    private String label;

    protected InstrumentOption() {
    }

    InstrumentOption(int itemNumber, int position, InstrumentDefinition.Option o) {
        this.itemNumber = itemNumber;
        this.position = position;
        this.value = o.value();
        this.label = o.label();
    }

    int getItemNumber() { return itemNumber; }
    int getPosition() { return position; }

    InstrumentDefinition.Option toOption() {
        return new InstrumentDefinition.Option(value, label);
    }
}
