package org.tenfold.portal.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.measure.InstrumentDefinition;
import org.tenfold.measure.MeasureViews;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.portal.PortalQuestionnaires;

/**
 * A questionnaire of the client's own, answered in the portal ({@code fill.xhtml?f=12}: a number, no word about
 * it). Without a script: the radio buttons and text fields are plain form fields ({@code q1}, {@code q2}, ...),
 * read on the postback; "Save" keeps them, "Send" keeps them and sends in, or marks every required question still
 * unanswered beside it. Anything not the client's is "not found" (404), as a document that is not theirs.
 */
@Named
@RequestScoped
public class FillBacking {

    /** The query parameter naming the questionnaire (the response's id). */
    static final String PARAMETER = "f";

    @EJB
    PortalQuestionnaires questionnaires;

    @Inject
    ClinicProfile clinic;

    private long id;
    private boolean loaded;
    private MeasureViews.OwnPage page;
    private final Set<Integer> missing = new LinkedHashSet<>();
    private final Map<Integer, String> given = new HashMap<>();

    /** Which questionnaire, and the page as it is (404 for a number that is not theirs); once a request. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        String raw = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(PARAMETER);
        try {
            id = Long.parseLong(raw == null ? "" : raw.strip());
            page = questionnaires.open(id);
        } catch (NumberFormatException | NotFoundException e) {
            notFound();
        }
    }

    public void save() {
        act(false);
    }

    public void send() {
        act(true);
    }

    private void act(boolean send) {
        load();
        if (page == null) {
            return;
        }
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        for (MeasureViews.ItemView i : page.page().items()) {
            String v = params.get(name(i));
            given.put(i.number(), v);
        }
        try {
            MeasureViews.Sending result = send ? questionnaires.send(id, given) : questionnaires.save(id, given);
            if (result.submitted() != null) {
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                if (result.submitted().needsHelp()) {
                    external.getFlash().put("crisis", result.submitted().crisisText());
                }
                Pages.info("Thank you: your answers are sent.");
                Pages.redirect("forms.xhtml");
                return;
            }
            page = questionnaires.open(id);
            given.clear();
            if (send) {
                missing.addAll(result.missing());
                Pages.error(null, missing.size() == 1 ? "One question still needs an answer; it is marked below."
                        : missing.size() + " questions still need an answer; each is marked below.");
            } else {
                Pages.info("Saved. You can come back to finish later.");
            }
        } catch (NotFoundException e) {
            notFound();
        } catch (BusinessException e) {
            Pages.refused(e, null);
            page = reopen();
        }
    }

    private MeasureViews.OwnPage reopen() {
        try {
            return questionnaires.open(id);
        } catch (NotFoundException e) {
            notFound();
            return null;
        }
    }

    private void notFound() {
        page = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public MeasureViews.OwnPage getPage() {
        load();
        return page;
    }

    public long getId() {
        return id;
    }

    public List<MeasureViews.ItemView> getItems() {
        return getPage() == null ? List.of() : page.page().items();
    }

    /** The form field of a question. */
    public String name(MeasureViews.ItemView i) {
        return "q" + i.number();
    }

    public boolean choice(MeasureViews.ItemView i) {
        return i.kind() == InstrumentDefinition.Kind.CHOICE;
    }

    /** Whether an option is the one chosen: as just posted (when the page comes back), else as kept. */
    public boolean chosen(MeasureViews.ItemView i, MeasureViews.OptionView o) {
        if (given.containsKey(i.number())) {
            return String.valueOf(o.value()).equals(given.get(i.number()));
        }
        return i.value() != null && i.value() == o.value();
    }

    public String text(MeasureViews.ItemView i) {
        return given.containsKey(i.number()) ? given.get(i.number()) : i.answerText();
    }

    public boolean missing(MeasureViews.ItemView i) {
        return missing.contains(i.number());
    }

    public long getAnswered() {
        return getItems().stream().filter(i -> i.value() != null || i.answerText() != null).count();
    }

    public String getUntil() {
        return page == null || page.page().expiresAt() == null ? "" : Pages.day(page.page().expiresAt(), clinic.zone());
    }
}
