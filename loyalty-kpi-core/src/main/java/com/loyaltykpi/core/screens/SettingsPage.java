package com.loyaltykpi.core.screens;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import com.loyaltykpi.core.audit.AuditAction;
import com.loyaltykpi.core.audit.AuditLog;
import com.loyaltykpi.core.dashboard.Dashboard;
import com.loyaltykpi.core.followup.AlertRecipients;
import com.loyaltykpi.core.incrementality.EstimateConfiguration;
import com.loyaltykpi.core.membership.MembershipSource;
import com.loyaltykpi.core.membership.MembershipSources;
import com.loyaltykpi.core.payoff.ProgramCosts;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.core.survey.SurveyConfiguration;

/**
 * The settings screen as both hosts show it (the Broadleaf admin and the KPI server), with the shared template
 * {@code loyalty_screens/templates/views/loyalty/settings.html}: the shop's time zone, the membership sources in use,
 * the survey's rules, the operators alerted of unhappy answers, the incremental-revenue estimate's design and the
 * program's costs; checked whole, then saved for every node and written to the audit log.
 */
public final class SettingsPage {

    /** The membership sources of a host without a storefront (the KPI server): no registration, no account page. */
    private static final List<MembershipSource> OUTSIDE_A_STOREFRONT = Arrays.asList(MembershipSource.LOYALTY_CARD,
            MembershipSource.ADMIN, MembershipSource.API, MembershipSource.IMPORT);

    private final ShopTimeZone timeZone;
    private final MembershipSources sources;
    private final SurveyConfiguration survey;
    private final AlertRecipients alertRecipients;
    private final EstimateConfiguration estimate;
    private final ProgramCosts costs;
    private final Dashboard dashboard;
    private final String defaultCurrency;
    private final AuditLog audit;
    private final boolean storefront;

    /**
     * storefront: whether the host is a shop's storefront (Broadleaf), which enrols at registration and on the
     * account page; the screen shows those sources only there.
     */
    public SettingsPage(ShopTimeZone timeZone, MembershipSources sources, SurveyConfiguration survey,
                        AlertRecipients alertRecipients, EstimateConfiguration estimate, ProgramCosts costs,
                        Dashboard dashboard, String defaultCurrency, AuditLog audit, boolean storefront) {
        this.timeZone = timeZone;
        this.sources = sources;
        this.survey = survey;
        this.alertRecipients = alertRecipients;
        this.estimate = estimate;
        this.costs = costs;
        this.dashboard = dashboard;
        this.defaultCurrency = defaultCurrency;
        this.audit = audit;
        this.storefront = storefront;
    }

    /** The screen showing what is stored now. */
    public Map<String, Object> model() {
        return model(stored(), EstimateForm.of(estimate.current()),
                CostsForm.of(costs, dashboard.currencies(defaultCurrency), months()), new LinkedHashMap<String, String>());
    }

    /**
     * Checks the posted form and saves it when every field is valid (null then; the host redirects to the screen), or
     * returns the screen with each field's problem in the operator's language (the host answers 422). A field the
     * request leaves out keeps its stored value.
     */
    public Map<String, Object> save(Map<String, String[]> posted, String operator, MessageSource messages, Locale locale) {
        SettingsForm stored = stored();
        String[] chosen = posted.get("sources");
        SettingsForm form = new SettingsForm(field(posted, "timeZone", stored.getTimeZone()), SettingsForm.sources(chosen),
                field(posted, "capDays", stored.getCapDays()), field(posted, "samplingPercent", stored.getSamplingPercent()),
                field(posted, "waveIntervalDays", stored.getWaveIntervalDays()),
                field(posted, "tokenLifetimeDays", stored.getTokenLifetimeDays()),
                field(posted, "commentMaxLength", stored.getCommentMaxLength()),
                field(posted, "reminderDays", stored.getReminderDays()),
                field(posted, "alertRecipients", stored.getAlertRecipients()));
        EstimateForm estimateForm = EstimateForm.posted(field(posted, "windowDays", null), field(posted, "cohortDays", null),
                field(posted, "excludedDays", null), "true".equals(field(posted, "neverMemberFallback", null)),
                posted.containsKey("_neverMemberFallback"), estimate.current());
        CostsForm costsForm = CostsForm.posted(posted, costs, dashboard.currencies(defaultCurrency), months());
        boolean valid = form.check();
        valid &= estimateForm.check();
        valid &= costsForm.check();
        if (!valid) {
            Map<String, String> errors = texts(form.getErrors(), messages, locale);
            errors.putAll(texts(estimateForm.getErrors(), messages, locale));
            errors.putAll(texts(costsForm.getErrors(), messages, locale));
            return model(form, estimateForm, costsForm, errors);
        }
        if (!form.zone().equals(timeZone.current())) {
            timeZone.change(form.zone());
        }
        sources.change(form.policy());
        survey.save(form.survey());
        alertRecipients.save(form.recipients());
        estimate.save(estimateForm.settings());
        costsForm.save(costs);
        audit.record(operator, AuditAction.SETTINGS, null, null);
        return null;
    }

    private SettingsForm stored() {
        return SettingsForm.of(timeZone.current(), sources.current(), survey.current(), alertRecipients.current());
    }

    private List<YearMonth> months() {
        return CostsForm.monthsUpTo(YearMonth.from(dashboard.today()));
    }

    private Map<String, Object> model(SettingsForm form, EstimateForm estimateForm, CostsForm costsForm,
                                      Map<String, String> errors) {
        Map<String, Object> model = new LinkedHashMap<String, Object>();
        model.put("form", form);
        model.put("estimate", estimateForm);
        model.put("costs", costsForm);
        model.put("errors", errors);
        model.put("allSources", storefront ? Arrays.asList(MembershipSource.choosable()) : OUTSIDE_A_STOREFRONT);
        return model;
    }

    private static String field(Map<String, String[]> posted, String name, String otherwise) {
        String[] values = posted.get(name);
        return values == null || values.length == 0 ? otherwise : values[0];
    }

    /** Each field's problem in the operator's language. */
    static Map<String, String> texts(Map<String, List<Object>> problems, MessageSource messages, Locale locale) {
        Map<String, String> texts = new LinkedHashMap<String, String>();
        for (Map.Entry<String, List<Object>> error : problems.entrySet()) {
            List<Object> parts = error.getValue();
            texts.put(error.getKey(), messages.getMessage((String) parts.get(0),
                    parts.subList(1, parts.size()).toArray(), locale));
        }
        return texts;
    }
}
