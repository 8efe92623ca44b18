package com.loyaltykpi.admin.web;

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

import com.loyaltykpi.admin.settings.SettingsForm;
import com.loyaltykpi.core.membership.MembershipSource;
import com.loyaltykpi.core.membership.MembershipSources;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.core.survey.SurveyConfiguration;

/** Settings: the shop's time zone, the membership sources in use, the survey's rules; checked, then saved for every node. */
@Controller
public class SettingsController extends LoyaltyAdminController {

    static final String SECTION = "loyalty-settings";

    private final ShopTimeZone timeZone;
    private final MembershipSources sources;
    private final SurveyConfiguration survey;

    public SettingsController(ShopTimeZone timeZone, MembershipSources sources, SurveyConfiguration survey) {
        this.timeZone = timeZone;
        this.sources = sources;
        this.survey = survey;
    }

    @RequestMapping(value = "/" + SECTION, method = RequestMethod.GET)
    public String show(HttpServletResponse response, Model model) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        return form(model, SettingsForm.of(timeZone.current(), sources.current(), survey.current()), new LinkedHashMap<String, String>());
    }

    @RequestMapping(value = "/" + SECTION, method = RequestMethod.POST)
    public String save(HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect,
                       @RequestParam(value = "timeZone", required = false) String zone,
                       @RequestParam(value = "sources", required = false) String[] chosen,
                       @RequestParam(value = "capDays", required = false) String capDays,
                       @RequestParam(value = "samplingPercent", required = false) String samplingPercent,
                       @RequestParam(value = "waveIntervalDays", required = false) String waveIntervalDays,
                       @RequestParam(value = "tokenLifetimeDays", required = false) String tokenLifetimeDays,
                       @RequestParam(value = "commentMaxLength", required = false) String commentMaxLength) {
        if (!allowed(SECTION, response)) {
            return NO_ACCESS;
        }
        SettingsForm form = new SettingsForm(zone, SettingsForm.sources(chosen), capDays, samplingPercent,
                waveIntervalDays, tokenLifetimeDays, commentMaxLength);
        if (!form.check()) {
            response.setStatus(422);
            return form(model, form, messages(request, form));
        }
        if (!form.zone().equals(timeZone.current())) {
            timeZone.change(form.zone());
        }
        sources.change(form.policy());
        survey.save(form.survey());
        redirect.addFlashAttribute("saved", Boolean.TRUE);
        return "redirect:/" + SECTION;
    }

    private String form(Model model, SettingsForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("allSources", MembershipSource.values());
        return screen(model, SECTION, "settings");
    }

    /** Each field's problem in the operator's language. */
    private static Map<String, String> messages(HttpServletRequest request, SettingsForm form) {
        Map<String, String> texts = new LinkedHashMap<String, String>();
        for (Map.Entry<String, List<Object>> error : form.getErrors().entrySet()) {
            List<Object> parts = error.getValue();
            texts.put(error.getKey(), RequestContextUtils.getWebApplicationContext(request).getMessage(
                    (String) parts.get(0), parts.subList(1, parts.size()).toArray(), locale(request)));
        }
        return texts;
    }
}
