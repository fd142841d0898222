package org.tenfold.note;

import java.util.List;

/** The formats a session note is written in, each with its guided sections in order. */
public enum NoteFormat {
    DAP(List.of(
            new Section("DATA", "Data", "What was observed and said: the client's words, behaviour, the session's content."),
            new Section("ASSESSMENT", "Assessment", "Your clinical reading of the data: progress, patterns, risk."),
            new Section("PLAN", "Plan", "What happens next: homework, focus of the next session, referrals."))),
    SOAP(List.of(
            new Section("SUBJECTIVE", "Subjective", "What the client reports: feelings, concerns, events since last time."),
            new Section("OBJECTIVE", "Objective", "What you observed: presentation, affect, behaviour in session."),
            new Section("ASSESSMENT", "Assessment", "Your clinical reading: progress on the steps, risk."),
            new Section("PLAN", "Plan", "Next steps: homework, next session's focus, referrals."))),
    BIRP(List.of(
            new Section("BEHAVIOUR", "Behaviour", "The client's presentation and what they brought to the session."),
            new Section("INTERVENTION", "Intervention", "What you did: techniques, exercises, psychoeducation."),
            new Section("RESPONSE", "Response", "How the client responded to the interventions."),
            new Section("PLAN", "Plan", "Next steps: homework, next session's focus, referrals.")));

    /** One guided section: its code (stable, used by the API), label and prompt. */
    public record Section(String code, String label, String prompt) {
    }

    /** The most sections any format has (the table holds this many). */
    public static final int MAX_SECTIONS = 4;

    private final List<Section> sections;

    NoteFormat(List<Section> sections) {
        this.sections = sections;
    }

    public List<Section> sections() {
        return sections;
    }

    /** The position of a section code in this format, or -1. */
    public int indexOf(String code) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
