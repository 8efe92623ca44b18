package com.loyaltykpi.core.screens;

import com.loyaltykpi.core.audit.AuditAction;
import com.loyaltykpi.core.audit.AuditLog;
import com.loyaltykpi.core.comments.CommentAnalysis;
import com.loyaltykpi.core.dashboard.Dashboard;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.privacy.Erasure;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.core.survey.AnswerCsv;
import com.loyaltykpi.core.survey.AnswerFilter;
import com.loyaltykpi.core.survey.AnswerStore;
import com.loyaltykpi.core.survey.SurveyAnswer;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The survey answers screen as both hosts show it (the Broadleaf admin and the KPI server), with the shared template
 * {@code loyalty_screens/templates/views/loyalty/answers.html}: answers filtered by date, score and segment, their
 * comments (escaped) and what detractors and promoters say in them, the CSV export, and a guest's erasure on request.
 */
public final class AnswersPage {

    /** Answers per page. */
    public static final int PAGE_SIZE = 50;
    /** The longest order number or e-mail address looked up for a guest's erasure. */
    public static final int GUEST_KEY_LENGTH = 255;

    private final AnswerStore store;
    private final ShopTimeZone timeZone;
    private final Dashboard dashboard;
    private final CustomerDirectory customers;
    private final CommentAnalysis comments;
    private final Erasure erasure;
    private final AuditLog audit;

    public AnswersPage(AnswerStore store, ShopTimeZone timeZone, Dashboard dashboard, CustomerDirectory customers,
                       CommentAnalysis comments, Erasure erasure, AuditLog audit) {
        this.store = store;
        this.timeZone = timeZone;
        this.dashboard = dashboard;
        this.customers = customers;
        this.comments = comments;
        this.erasure = erasure;
        this.audit = audit;
    }

    /** The screen for these filters and this page (a page that is no number: the first, and a 400). */
    public ScreenView list(AnswerParameters asked, String page, Locale locale) {
        AnswerQuery query = asked.query(dashboard.today());
        AnswerFilter filter = query.filter(timeZone.current());
        Integer requested = PageNumber.parse(page);
        Map<String, Object> model = new LinkedHashMap<String, Object>();
        if (requested == null) {
            model.put("problem", "lk.error.page");
        }
        int pageNumber = requested == null ? 0 : requested;
        long total = store.count(filter);
        model.put("query", query);
        model.put("segments", Segment.values());
        model.put("total", total);
        model.put("page", pageNumber);
        model.put("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        List<SurveyAnswer> shown = store.list(filter, pageNumber * PAGE_SIZE, PAGE_SIZE);
        Set<String> customerIds = new HashSet<String>();
        for (SurveyAnswer answer : shown) {
            if (answer.customerId() != null) {
                customerIds.add(answer.customerId());
            }
        }
        model.put("answers", shown);
        model.put("names", customers.namesOf(customerIds));
        model.put("contacts", customers.contacts());
        model.put("dates", new Dates(locale, timeZone.current()));
        // what detractors and promoters say, over the period (every score: both groups are needed)
        model.put("words", comments.of(filter.from(), filter.to()));
        return new ScreenView("answers", model, requested == null ? 400 : 200);
    }

    /** The file name of the export of these filters. */
    public String exportName(AnswerParameters asked) {
        AnswerQuery query = asked.query(dashboard.today());
        return "survey-answers-" + query.from() + "-" + query.to() + ".csv";
    }

    /** Every answer of the filters as CSV (the export format of docs/KPIS.md), streamed; written to the audit log. */
    public void export(AnswerParameters asked, Writer out, String operator) throws IOException {
        AnswerQuery query = asked.query(dashboard.today());
        audit.record(operator, AuditAction.EXPORT, null, "survey answers " + query.from() + ".." + query.to());
        AnswerCsv.write(store, query.filter(timeZone.current()), out);
        out.flush();
    }

    /**
     * Erases a guest's survey data, found by order number or e-mail address (registered customers: the member page).
     * Returns what the screen says next, as flash attributes: guestErased (the orders erased), or a problem's message
     * key.
     */
    public Map<String, Object> eraseGuest(String guest, String operator) {
        Map<String, Object> next = new LinkedHashMap<String, Object>();
        if (guest == null || guest.trim().isEmpty() || guest.length() > GUEST_KEY_LENGTH) {
            next.put("problem", "lk.answers.error.guest");
            return next;
        }
        int erased = erasure.eraseGuest(guest, operator);
        if (erased == 0) {
            next.put("problem", "lk.answers.guest.none");
        } else {
            next.put("guestErased", erased);
        }
        return next;
    }
}
