package org.tenfold.measure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.measure.MeasureViews.AnswerPage;
import org.tenfold.measure.MeasureViews.ItemView;
import org.tenfold.platform.BusinessException;
import org.tenfold.security.ClientAddress;
import org.tenfold.shell.Screens;

/**
 * The client's answering page behind a one-time link, without signing in. The page keeps no state on the server
 * (a transient view: no session is made for it); every request carries the token, and the service checks it each
 * time. Each answer is saved as it is chosen; sending in shows thanks, and the clinic's crisis text when an answer
 * needs it.
 */
@Named("answerPage")
@RequestScoped
public class AnswerPageBacking {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    @Inject
    Answering answering;

    @Inject
    ClientAddress clientAddress;

    @Inject
    ClinicProfile clinic;

    private String token;
    private AnswerPage page;
    private boolean loaded;
    private boolean submitted;
    private MeasureViews.Submitted result;
    private final Map<String, String> values = new HashMap<>();

    /** The token comes with every request: in the link's query on the first, in the form's field on each postback. */
    @jakarta.annotation.PostConstruct
    void token() {
        token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(MeasureLinks.PARAMETER);
    }

    /** On the first request: opens the link (audited) or shows that it does not open. */
    public void open() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        show(answering.open(token, address()));
    }

    private void show(Optional<AnswerPage> opened) {
        loaded = true;
        page = opened.orElse(null);
        values.clear();
        if (page != null) {
            for (ItemView i : page.items()) {
                if (i.value() != null) {
                    values.put(key(i.number()), String.valueOf(i.value()));
                } else if (i.answerText() != null) {
                    values.put(key(i.number()), i.answerText());
                }
            }
        }
    }

    /** The page as it is now (read again on a postback, where nothing was kept). */
    public AnswerPage getPage() {
        if (!loaded && !submitted) {
            Map<String, String> given = new HashMap<>(values);
            show(answering.page(token, address()));
            values.putAll(given);
        }
        return page;
    }

    /** Saves the answer just given. */
    public void save(int item) {
        String given = values.get(key(item));
        AnswerPage current = getPage();
        if (current == null) {
            return;
        }
        ItemView i = current.items().stream().filter(x -> x.number() == item).findFirst().orElse(null);
        if (i == null) {
            return;
        }
        try {
            Integer value = i.kind() == InstrumentDefinition.Kind.CHOICE && given != null && !given.isBlank()
                    ? Integer.valueOf(given) : null;
            String text = i.kind() == InstrumentDefinition.Kind.TEXT ? given : null;
            show(answering.answer(token, item, value, text, address()));
        } catch (NumberFormatException e) {
            Screens.error("Choose one of the answers.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    /** Sends the answers in. */
    public void submit() {
        try {
            Optional<MeasureViews.Submitted> r = answering.submit(token, address());
            if (r.isEmpty()) {
                page = null;
                loaded = true;
                return;
            }
            result = r.get();
            submitted = true;
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public long getAnswered() {
        AnswerPage p = getPage();
        return p == null ? 0 : p.items().stream().filter(i -> i.value() != null || i.answerText() != null).count();
    }

    public long getTotal() {
        AnswerPage p = getPage();
        return p == null ? 0 : p.items().stream().filter(ItemView::required).count();
    }

    public String getUntil() {
        AnswerPage p = getPage();
        return p == null || p.expiresAt() == null ? "" : DAY.format(p.expiresAt().atZone(clinic.zone()));
    }

    public List<ItemView> getItems() {
        AnswerPage p = getPage();
        return p == null ? List.of() : p.items();
    }

    private String address() {
        return clientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public String getToken() { return token; }
    public Map<String, String> getValues() { return values; }

    /** The answers' keys on the page ("q3"): text keys, so no expression language turns a number into another. */
    public static String key(int item) {
        return "q" + item;
    }
    public boolean isSubmitted() { return submitted; }
    public MeasureViews.Submitted getResult() { return result; }
}
