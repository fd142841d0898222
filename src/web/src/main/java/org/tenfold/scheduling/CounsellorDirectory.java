package org.tenfold.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/** The active counsellors and supervisors as the calendar's pickers show them: id, name and colour. */
@ApplicationScoped
public class CounsellorDirectory {

    /** A counsellor as the pickers show one; {@code shade} picks the calendar colour. */
    public record Counsellor(long id, String username, String name, int shade) implements Serializable {
    }

    static final int SHADES = 6;

    @Inject
    CalendarQueries scheduling;

    public List<Counsellor> active() {
        return scheduling.counsellors().stream()
                .map(s -> new Counsellor(s.id(), s.username(), s.displayName(), CalendarEvents.shade(s.id())))
                .sorted(java.util.Comparator.comparing(Counsellor::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
