package org.tenfold.portal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;

/** What every portal page does the same way: messages, redirects, dates in the clinic's zone. */
final class Pages {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private Pages() {
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void error(String field, String text) {
        FacesContext.getCurrentInstance().addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** A refusal the client can act on, shown beside the field it names (or at the top). */
    static void refused(BusinessException e, String fieldClientId) {
        if (e instanceof InvalidInputException invalid && !invalid.fieldErrors().isEmpty()) {
            invalid.fieldErrors().values().forEach(m -> error(fieldClientId, m));
        } else {
            error(null, e.getMessage());
        }
    }

    static void redirect(String page) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/" + page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    static String day(Instant at, ZoneId zone) {
        return at == null ? "" : DAY.format(at.atZone(zone));
    }

    static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    static String day(LocalDate d) {
        return d == null ? "" : SHORT_DAY.format(d);
    }
}
