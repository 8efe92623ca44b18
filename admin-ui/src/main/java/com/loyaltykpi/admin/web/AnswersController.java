package com.loyaltykpi.admin.web;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.loyaltykpi.core.screens.Dates;
import com.loyaltykpi.core.screens.PageNumber;
import com.loyaltykpi.admin.answers.AnswerParameters;
import com.loyaltykpi.admin.answers.AnswerQuery;
import com.loyaltykpi.admin.members.BroadleafCustomerSearch;
import com.loyaltykpi.core.dashboard.Dashboard;
import com.loyaltykpi.core.audit.AuditAction;
import com.loyaltykpi.core.comments.CommentAnalysis;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.core.privacy.Erasure;
import com.loyaltykpi.core.survey.AnswerCsv;
import com.loyaltykpi.core.survey.AnswerFilter;
import com.loyaltykpi.core.survey.AnswerStore;
import com.loyaltykpi.core.survey.SurveyAnswer;

/**
 * Survey answers: filter by date, score and segment, read the comments (escaped) and what detractors and promoters
 * say in them, export CSV, erase a guest's.
 */
@Controller
public class AnswersController extends LoyaltyAdminController {

    static final String SECTION = "loyalty-answers";
    static final int PAGE_SIZE = 50;
    /** The longest order number or e-mail address looked up. */
    static final int GUEST_KEY_LENGTH = 255;

    private final AnswerStore store;
    private final Erasure erasure;
    private final ShopTimeZone timeZone;
    private final Dashboard dashboard;
    private final BroadleafCustomerSearch customers;
    private final CommentAnalysis comments;

    public AnswersController(AnswerStore store, Erasure erasure, ShopTimeZone timeZone, Dashboard dashboard,
                             BroadleafCustomerSearch customers, CommentAnalysis comments) {
        this.store = store;
        this.erasure = erasure;
        this.timeZone = timeZone;
        this.dashboard = dashboard;
        this.customers = customers;
        this.comments = comments;
    }

    @RequestMapping(value = "/" + SECTION, method = RequestMethod.GET)
    public String list(HttpServletRequest request, HttpServletResponse response, Model model, AnswerParameters asked,
                       @RequestParam(value = "page", required = false, defaultValue = "0") String page) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        AnswerQuery query = asked.query(dashboard.today());
        AnswerFilter filter = query.filter(timeZone.current());
        Integer requested = PageNumber.parse(page);
        if (requested == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", "lk.error.page");
        }
        int pageNumber = requested == null ? 0 : requested;
        long total = store.count(filter);
        model.addAttribute("query", query);
        model.addAttribute("segments", Segment.values());
        model.addAttribute("total", total);
        model.addAttribute("page", pageNumber);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        List<SurveyAnswer> shown = store.list(filter, pageNumber * PAGE_SIZE, PAGE_SIZE);
        Set<String> customerIds = new HashSet<String>();
        for (SurveyAnswer answer : shown) {
            if (answer.customerId() != null) {
                customerIds.add(answer.customerId());
            }
        }
        model.addAttribute("answers", shown);
        model.addAttribute("names", customers.namesOf(customerIds));
        model.addAttribute("dates", new Dates(locale(request), timeZone.current()));
        // what detractors and promoters say, over the period (every score: both groups are needed)
        model.addAttribute("words", comments.of(filter.from(), filter.to()));
        return screen(model, SECTION, "answers");
    }

    /** Every answer of the filter as CSV (the export format of docs/KPIS.md), streamed. */
    @RequestMapping(value = "/" + SECTION + "/export", method = RequestMethod.GET)
    public String export(HttpServletResponse response, AnswerParameters asked) throws IOException {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        AnswerQuery query = asked.query(dashboard.today());
        audited(AuditAction.EXPORT, null, "survey answers " + query.from() + ".." + query.to());
        Writer out = CsvDownload.start(response, "survey-answers-" + query.from() + "-" + query.to() + ".csv");
        AnswerCsv.write(store, query.filter(timeZone.current()), out);
        out.flush();
        return null;
    }

    /** Erases a guest's survey data, found by order number or e-mail address (registered customers: member page). */
    @RequestMapping(value = "/" + SECTION + "/erase-guest", method = RequestMethod.POST)
    public String eraseGuest(HttpServletResponse response, @RequestParam(value = "guest", required = false) String guest,
                             RedirectAttributes redirect) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        if (guest == null || guest.trim().isEmpty() || guest.length() > GUEST_KEY_LENGTH) {
            redirect.addFlashAttribute("problem", "lk.answers.error.guest");
        } else {
            int erased = erasure.eraseGuest(guest, adminName());
            if (erased == 0) {
                redirect.addFlashAttribute("problem", "lk.answers.guest.none");
            } else {
                redirect.addFlashAttribute("guestErased", erased);
            }
        }
        return "redirect:/" + SECTION;
    }
}
