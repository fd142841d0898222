package org.tenfold.scheduling;

import java.time.Duration;

/** What kind of appointment, with the length front desk books by default. */
public enum AppointmentType {
    INTAKE("Intake", 90),
    INDIVIDUAL("Individual", 50),
    COUPLE("Couple", 80),
    GROUP("Group", 90);

    private final String label;
    private final Duration defaultLength;

    AppointmentType(String label, int minutes) {
        this.label = label;
        this.defaultLength = Duration.ofMinutes(minutes);
    }

    public String label() {
        return label;
    }

    public Duration defaultLength() {
        return defaultLength;
    }
}
