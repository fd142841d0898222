package org.tenfold.plan;

import java.time.Instant;

/** A framework step as screens, the API and reports show it; {@code version} goes back in If-Match. */
public record StepView(String code, int number, String title, String description, StepConcern concerns,
        String updatedBy, Instant updatedAt, long version) {

    public static StepView of(FrameworkStep s) {
        return new StepView(s.getCode(), s.getNumber(), s.getTitle(), s.getDescription(), s.getConcerns(),
                s.getUpdatedBy(), s.getUpdatedAt(), s.getVersion());
    }
}
