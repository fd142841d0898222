package org.tenfold.plan;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;

/** The administrator rewords the ten steps: title and description, one step at a time. */
@Named
@ViewScoped
public class FrameworkBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A step as the form edits it. */
    public static class EditableStep implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final int number;
        private final StepConcern concerns;
        private long version;
        private String title;
        private String description;

        EditableStep(StepView s) {
            this.code = s.code();
            this.number = s.number();
            this.concerns = s.concerns();
            this.version = s.version();
            this.title = s.title();
            this.description = s.description();
        }

        public String getCode() { return code; }
        public int getNumber() { return number; }
        public StepConcern getConcerns() { return concerns; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }

    @Inject
    FrameworkService framework;

    private List<EditableStep> steps;

    @PostConstruct
    void init() {
        steps = new ArrayList<>(framework.stepsForEditing().stream().map(EditableStep::new).toList());
    }

    public void save(EditableStep step) {
        try {
            StepView saved = framework.reword(step.code, step.version, step.title, step.description);
            step.version = saved.version();
            step.title = saved.title();
            step.description = saved.description();
            Screens.info("Step " + saved.number() + " saved.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public String concernsLabel(StepConcern c) {
        return switch (c) {
            case IN_RECOVERY -> "the partner in recovery";
            case BOTH -> "both partners, together";
            case EACH -> "each partner";
            case COUPLE -> "the couple";
        };
    }

    public List<EditableStep> getSteps() {
        return steps;
    }
}
