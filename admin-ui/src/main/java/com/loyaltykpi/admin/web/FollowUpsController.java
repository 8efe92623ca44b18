package com.loyaltykpi.admin.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.loyaltykpi.core.screens.Dates;
import com.loyaltykpi.admin.members.BroadleafCustomerSearch;
import com.loyaltykpi.core.audit.AuditAction;
import com.loyaltykpi.core.followup.AlertRecipients;
import com.loyaltykpi.core.followup.FollowUp;
import com.loyaltykpi.core.followup.FollowUpStore;
import com.loyaltykpi.core.followup.FollowUps;
import com.loyaltykpi.core.settings.ShopTimeZone;

/**
 * Follow-ups of unhappy answers: the open ones oldest first (the answer, the customer, whether the operators'
 * alert went out), each closed with what was done; and the ones closed last.
 */
@Controller
public class FollowUpsController extends LoyaltyAdminController {

    static final String SECTION = "loyalty-follow-ups";
    static final int SHOWN = 100;
    static final int CLOSED_SHOWN = 20;

    private final FollowUpStore store;
    private final FollowUps followUps;
    private final AlertRecipients recipients;
    private final ShopTimeZone timeZone;
    private final BroadleafCustomerSearch customers;

    public FollowUpsController(FollowUpStore store, FollowUps followUps, AlertRecipients recipients,
                               ShopTimeZone timeZone, BroadleafCustomerSearch customers) {
        this.store = store;
        this.followUps = followUps;
        this.recipients = recipients;
        this.timeZone = timeZone;
        this.customers = customers;
    }

    @RequestMapping(value = "/" + SECTION, method = RequestMethod.GET)
    public String list(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
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
        model.addAttribute("open", open);
        model.addAttribute("openCount", store.countOpen());
        model.addAttribute("closed", closed);
        model.addAttribute("alerting", !recipients.current().isEmpty());
        model.addAttribute("names", customers.namesOf(customerIds));
        model.addAttribute("dates", new Dates(locale(request), timeZone.current()));
        model.addAttribute("noteMaxLength", FollowUpStore.NOTE_MAX_LENGTH);
        return screen(model, SECTION, "follow-ups");
    }

    /** Closes an open follow-up with what the operator did (required). */
    @RequestMapping(value = "/" + SECTION + "/{id}/close", method = RequestMethod.POST)
    public String close(HttpServletResponse response, @PathVariable("id") String id,
                        @RequestParam(value = "note", required = false) String note, RedirectAttributes redirect) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        Long followUp = id.matches("[0-9]{1,18}") ? Long.valueOf(id) : null;
        String text = FollowUpNote.clean(note);
        if (followUp == null) {
            redirect.addFlashAttribute("problem", "lk.followUps.error.unknown");
        } else if (text == null || text.codePointCount(0, text.length()) > FollowUpStore.NOTE_MAX_LENGTH) {
            redirect.addFlashAttribute("problem", "lk.followUps.error.note");
            redirect.addFlashAttribute("problemArgument", FollowUpStore.NOTE_MAX_LENGTH);
            redirect.addFlashAttribute("typed", note == null ? "" : note);
            redirect.addFlashAttribute("typedFor", followUp);
        } else if (followUps.close(followUp, text, adminName())) {
            audited(AuditAction.CLOSE_FOLLOW_UP, null, "follow-up " + followUp);
            redirect.addFlashAttribute("closedId", followUp);
        } else {
            redirect.addFlashAttribute("problem", "lk.followUps.error.closed");
        }
        return "redirect:/" + SECTION;
    }
}
