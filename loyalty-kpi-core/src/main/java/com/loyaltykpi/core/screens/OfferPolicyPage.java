package com.loyaltykpi.core.screens;

import com.loyaltykpi.core.audit.AuditAction;
import com.loyaltykpi.core.audit.AuditLog;
import com.loyaltykpi.core.behaviour.BehaviourSegment;
import com.loyaltykpi.core.offers.Audience;
import com.loyaltykpi.core.offers.OfferGroups;
import com.loyaltykpi.core.offers.OfferPolicy;
import com.loyaltykpi.core.offers.OfferPolicyStore;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.MessageSource;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The offer policy on the settings screen (its own form in {@code settings.html}; the Broadleaf admin's, as only a
 * platform with an offer engine can use the groups): the rules per segment and the share held out, checked whole (overlapping rules refused, both named), saved for every node, the
 * customers' groups assigned anew at once and the change written to the audit log.
 */
public final class OfferPolicyPage {

    private static final Log LOG = LogFactory.getLog(OfferPolicyPage.class);

    private final OfferPolicyStore store;
    private final OfferGroups groups;
    private final TransactionTemplate newTransaction;
    private final AuditLog audit;

    public OfferPolicyPage(OfferPolicyStore store, OfferGroups groups, TransactionTemplate newTransaction,
                           AuditLog audit) {
        this.store = store;
        this.groups = groups;
        this.newTransaction = newTransaction;
        this.audit = audit;
    }

    /** The offers part of the settings screen, showing what is stored. */
    public Map<String, Object> model() {
        return model(OffersForm.of(store.current()), new LinkedHashMap<String, String>());
    }

    /**
     * Checks the posted policy and saves it when valid (null then; the host redirects to the screen), or returns the
     * offers part of the screen with each problem in the operator's language (the host answers 422).
     */
    public Map<String, Object> save(Map<String, String[]> posted, String operator, MessageSource messages,
                                    Locale locale) {
        OffersForm form = OffersForm.posted(posted);
        if (!form.check()) {
            return model(form, SettingsPage.texts(form.getErrors(), messages, locale));
        }
        final OfferPolicy policy = form.policy();
        newTransaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                store.save(policy);
            }
        });
        audit.record(operator, AuditAction.SETTINGS, null, "offer policy: " + policy.rules().size() + " rules");
        try {
            groups.assign();
        } catch (RuntimeException e) {
            LOG.warn("Loyalty: the offer policy is saved; the customers' groups follow at the next computation", e);
        }
        groups.publishScheduled();
        return null;
    }

    private static Map<String, Object> model(OffersForm form, Map<String, String> errors) {
        Map<String, Object> model = new LinkedHashMap<String, Object>();
        model.put("offers", form);
        model.put("offerErrors", errors);
        model.put("segments", Arrays.asList(BehaviourSegment.values()));
        model.put("audiences", Arrays.asList(Audience.values()));
        return model;
    }
}
