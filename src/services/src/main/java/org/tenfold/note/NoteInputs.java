package org.tenfold.note;

import java.util.List;
import java.util.Map;

/** What the screens and the API send to the note services (bound from JSON: public fields). */
public final class NoteInputs {

    private NoteInputs() {
    }

    /** Starting a note: a format, or "start from my last note" on this case. */
    public static class NoteStart {
        public String format;
        public Boolean fromLastNote;
    }

    public static class StepInput {
        public String stepCode;
        public Integer rating;
        public String comment;
        public Long goalId;
        public Long objectiveId;
        public String objectiveStatus;
    }

    public static class HomeworkInput {
        public String kind;
        public Long refId;
        public String detail;
    }

    public static class MilestoneInput {
        public Long clientId;
        public String description;
    }

    /** The whole draft as the author has it now; sections by their code in the format. */
    public static class NoteDraft {
        public String format;
        public Map<String, String> sections;
        public List<StepInput> steps;
        public String riskUpdate;
        public String riskConcern;
        public Long riskClientId;
        public List<HomeworkInput> homework;
        public String homeworkText;
        public List<MilestoneInput> milestones;
    }

    /** A signature: the password re-entered. */
    public static class Signature {
        public String password;

        /** Never the password. */
        @Override
        public String toString() {
            return "Signature";
        }
    }

    public static class AddendumInput {
        public String text;
        public String password;

        @Override
        public String toString() {
            return "AddendumInput";
        }
    }

    public static class ChangeRequest {
        public String comment;
    }

    public static class PrivateText {
        public String text;
    }
}
