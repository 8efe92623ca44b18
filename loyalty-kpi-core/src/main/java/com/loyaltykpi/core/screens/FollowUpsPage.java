package com.loyaltykpi.core.screens;

import com.loyaltykpi.core.audit.AuditAction;
import com.loyaltykpi.core.audit.AuditLog;
import com.loyaltykpi.core.followup.AlertRecipients;
import com.loyaltykpi.core.followup.FollowUp;
import com.loyaltykpi.core.followup.FollowUpStore;
import com.loyaltykpi.core.followup.FollowUps;
import com.loyaltykpi.core.settings.ShopTimeZone;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The follow-ups screen as both hosts show it (the Broadleaf admin and the KPI server), with the shared template
 * {@code loyalty_screens/templates/views/loyalty/follow-ups.html}: the open follow-ups of unhappy answers oldest first
 * (the answer, the customer, whether the operators' alert went out), each closed with what was done; and the ones
 * closed last.
 */
public final class FollowUpsPage {

    /** Open follow-ups shown at most. */
    public static final int SHOWN = 100;
    /** Closed follow-ups shown. */
    public static final int CLOSED_SHOWN = 20;

    private final FollowUpStore store;
    private final FollowUps followUps;
    private final AlertRecipients recipients;
    private final ShopTimeZone timeZone;
    private final CustomerDirectory customers;
    private final AuditLog audit;

    public FollowUpsPage(FollowUpStore store, FollowUps followUps, AlertRecipients recipients, ShopTimeZone timeZone,
                         CustomerDirectory customers, AuditLog audit) {
        this.store = store;
        this.followUps = followUps;
        this.recipients = recipients;
        this.timeZone = timeZone;
        this.customers = customers;
        this.audit = audit;
    }

    /** The screen's model. */
    public Map<String, Object> model(Locale locale) {
        List<FollowUp> open = store.openOldestFirst(SHOWN);
        List<FollowUp> closed = store.closedLatestFirst(CLOSED_SHOWN);
        Set<String> customerIds = new HashSet<String>();
        List<FollowUp> all = new ArrayList<FollowUp>(open);
        all.addAll(closed);
        for (FollowUp followUp : all) {
            if (followUp.answer().customerId() != null) {
                customerIds.add(followUp.answer().customerId());
            }
        }
        Map<String, Object> model = new LinkedHashMap<String, Object>();
        model.put("open", open);
        model.put("openCount", store.countOpen());
        model.put("closed", closed);
        model.put("alerting", !recipients.current().isEmpty());
        model.put("names", customers.namesOf(customerIds));
        model.put("dates", new Dates(locale, timeZone.current()));
        model.put("noteMaxLength", FollowUpStore.NOTE_MAX_LENGTH);
        return model;
    }

    /**
     * Closes an open follow-up with what the operator did (required), written to the audit log. Returns what the
     * screen says next, as flash attributes: closedId, or a problem's message key (with what was typed, to show again).
     */
    public Map<String, Object> close(String id, String note, String operator) {
        Map<String, Object> next = new LinkedHashMap<String, Object>();
        Long followUp = id != null && id.matches("[0-9]{1,18}") ? Long.valueOf(id) : null;
        String text = FollowUpNote.clean(note);
        if (followUp == null) {
            next.put("problem", "lk.followUps.error.unknown");
        } else if (text == null || text.codePointCount(0, text.length()) > FollowUpStore.NOTE_MAX_LENGTH) {
            next.put("problem", "lk.followUps.error.note");
            next.put("problemArgument", FollowUpStore.NOTE_MAX_LENGTH);
            next.put("typed", note == null ? "" : note);
            next.put("typedFor", followUp);
        } else if (followUps.close(followUp, text, operator)) {
            audit.record(operator, AuditAction.CLOSE_FOLLOW_UP, null, "follow-up " + followUp);
            next.put("closedId", followUp);
        } else {
            next.put("problem", "lk.followUps.error.closed");
        }
        return next;
    }
}
