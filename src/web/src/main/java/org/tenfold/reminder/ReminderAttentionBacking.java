package org.tenfold.reminder;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;

/**
 * Reminders that need an administrator (admin/reminders.xhtml): those that may not have been sent and
 * those that could not be sent, each to send again or to mark as handled.
 */
@Named
@ViewScoped
public class ReminderAttentionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReminderAttentionService attention;

    private List<ReminderAttention.Item> items;
    private long total;

    @PostConstruct
    void init() {
        load();
    }

    public void sendAgain(ReminderAttention.Item item) {
        try {
            attention.sendAgain(item.id());
            Screens.info("The " + kindWord(item.kind()) + " to " + item.clientName()
                    + " will be sent again within a minute.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
        load();
    }

    public void markHandled(ReminderAttention.Item item) {
        try {
            attention.markHandled(item.id());
            Screens.info("The " + kindWord(item.kind()) + " to " + item.clientName()
                    + " is marked as handled; it is not sent.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
        load();
    }

    private void load() {
        ReminderAttention.Listing listing = attention.list();
        items = listing.items();
        total = listing.total();
    }

    private static String kindWord(ReminderKind kind) {
        return switch (kind) {
            case REMINDER -> "reminder";
            case MOVED -> "notice of the new time";
            case CANCELLED -> "cancellation notice";
        };
    }

    public List<ReminderAttention.Item> getItems() { return items; }
    public long getTotal() { return total; }
    public boolean isMore() { return total > items.size(); }
    public long getUnconfirmedAfterMinutes() { return ReminderAttentionService.UNCONFIRMED_AFTER.toMinutes(); }
}
