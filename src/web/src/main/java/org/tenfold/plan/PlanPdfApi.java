package org.tenfold.plan;

import java.util.Locale;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.report.Audience;

/** The plan PDF's audience as the API and the screen name it: clinician (the record) or client. */
final class PlanPdfApi {

    private PlanPdfApi() {
    }

    static Audience audience(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "clinician" -> Audience.CLINICIAN;
            case "client" -> Audience.CLIENT;
            default -> throw new InvalidInputException("audience",
                    "Choose audience=clinician for the record or audience=client for the client copy.");
        };
    }
}
