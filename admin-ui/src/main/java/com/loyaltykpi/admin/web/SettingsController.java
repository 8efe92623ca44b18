package com.loyaltykpi.admin.web;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import com.loyaltykpi.core.audit.AuditAction;
import com.loyaltykpi.core.dashboard.Dashboard;
import com.loyaltykpi.admin.settings.CostsForm;
import com.loyaltykpi.admin.settings.EstimateForm;
import com.loyaltykpi.admin.settings.SettingsForm;
import com.loyaltykpi.core.incrementality.EstimateConfiguration;
import com.loyaltykpi.core.membership.MembershipSource;
import com.loyaltykpi.core.membership.MembershipSources;
import com.loyaltykpi.core.payoff.ProgramCosts;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.core.followup.AlertRecipients;
import com.loyaltykpi.core.survey.SurveyConfiguration;

/**
 * Settings: the shop's time zone, the membership sources in use, the survey's rules, the incremental-revenue
 * estimate's design and the program's costs; checked, then saved for every node.
 */
@Controller
public class SettingsController extends LoyaltyAdminController {

    static final String SECTION = "loyalty-settings";

    private final ShopTimeZone timeZone;
    private final MembershipSources sources;
    private final SurveyConfiguration survey;
    private final AlertRecipients alertRecipients;
    private final EstimateConfiguration estimate;
    private final ProgramCosts costs;
    private final Dashboard dashboard;
    private final String defaultCurrency;

    public SettingsController(ShopTimeZone timeZone, MembershipSources sources, SurveyConfiguration survey,
                              AlertRecipients alertRecipients, EstimateConfiguration estimate, ProgramCosts costs,
                              Dashboard dashboard, String defaultCurrency) {
        this.timeZone = timeZone;
        this.sources = sources;
        this.survey = survey;
        this.alertRecipients = alertRecipients;
        this.estimate = estimate;
        this.costs = costs;
        this.dashboard = dashboard;
        this.defaultCurrency = defaultCurrency;
    }

    @RequestMapping(value = "/" + SECTION, method = RequestMethod.GET)
    public String show(HttpServletResponse response, Model model) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        return form(model, SettingsForm.of(timeZone.current(), sources.current(), survey.current(),
                alertRecipients.current()),
                EstimateForm.of(estimate.current()), CostsForm.of(costs, dashboard.currencies(defaultCurrency), months()),
                new LinkedHashMap<String, String>());
    }

    private List<YearMonth> months() {
        return CostsForm.monthsUpTo(YearMonth.from(dashboard.today()));
    }

    @RequestMapping(value = "/" + SECTION, method = RequestMethod.POST)
    public String save(HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect,
                       @RequestParam(value = "timeZone", required = false) String zone,
                       @RequestParam(value = "sources", required = false) String[] chosen,
                       @RequestParam(value = "capDays", required = false) String capDays,
                       @RequestParam(value = "samplingPercent", required = false) String samplingPercent,
                       @RequestParam(value = "waveIntervalDays", required = false) String waveIntervalDays,
                       @RequestParam(value = "tokenLifetimeDays", required = false) String tokenLifetimeDays,
                       @RequestParam(value = "commentMaxLength", required = false) String commentMaxLength,
                       @RequestParam(value = "reminderDays", required = false) String reminderDays,
                       @RequestParam(value = "alertRecipients", required = false) String recipients,
                       @RequestParam(value = "windowDays", required = false) String windowDays,
                       @RequestParam(value = "cohortDays", required = false) String cohortDays,
                       @RequestParam(value = "excludedDays", required = false) String excludedDays,
                       @RequestParam(value = "neverMemberFallback", defaultValue = "false") boolean neverMemberFallback,
                       @RequestParam(value = "_neverMemberFallback", required = false) String fallbackPosted) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        SettingsForm form = new SettingsForm(zone, SettingsForm.sources(chosen), capDays, samplingPercent,
                waveIntervalDays, tokenLifetimeDays, commentMaxLength, reminderDays,
                recipients != null ? recipients : String.join(", ", alertRecipients.current()));
        EstimateForm estimateForm = EstimateForm.posted(windowDays, cohortDays, excludedDays, neverMemberFallback,
                fallbackPosted != null, estimate.current());
        @SuppressWarnings("unchecked")
        Map<String, String[]> parameters = request.getParameterMap();
        CostsForm costsForm = CostsForm.posted(parameters, costs, dashboard.currencies(defaultCurrency), months());
        boolean valid = form.check();
        valid &= estimateForm.check();
        valid &= costsForm.check();
        if (!valid) {
            response.setStatus(422);
            Map<String, String> errors = messages(request, form.getErrors());
            errors.putAll(messages(request, estimateForm.getErrors()));
            errors.putAll(messages(request, costsForm.getErrors()));
            return form(model, form, estimateForm, costsForm, errors);
        }
        if (!form.zone().equals(timeZone.current())) {
            timeZone.change(form.zone());
        }
        sources.change(form.policy());
        survey.save(form.survey());
        alertRecipients.save(form.recipients());
        estimate.save(estimateForm.settings());
        costsForm.save(costs);
        audited(AuditAction.SETTINGS, null, null);
        redirect.addFlashAttribute("saved", Boolean.TRUE);
        return "redirect:/" + SECTION;
    }

    private String form(Model model, SettingsForm form, EstimateForm estimateForm, CostsForm costsForm, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("estimate", estimateForm);
        model.addAttribute("costs", costsForm);
        model.addAttribute("errors", errors);
        model.addAttribute("allSources", MembershipSource.choosable());
        return screen(model, SECTION, "settings");
    }

    /** Each field's problem in the operator's language. */
    private static Map<String, String> messages(HttpServletRequest request, Map<String, List<Object>> problems) {
        Map<String, String> texts = new LinkedHashMap<String, String>();
        for (Map.Entry<String, List<Object>> error : problems.entrySet()) {
            List<Object> parts = error.getValue();
            texts.put(error.getKey(), RequestContextUtils.getWebApplicationContext(request).getMessage(
                    (String) parts.get(0), parts.subList(1, parts.size()).toArray(), locale(request)));
        }
        return texts;
    }
}
