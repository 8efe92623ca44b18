package com.loyaltykpi.core.screens;

import com.loyaltykpi.core.behaviour.BehaviourSegment;
import com.loyaltykpi.core.behaviour.BehaviourStore;
import com.loyaltykpi.core.offers.OfferGroups;
import com.loyaltykpi.core.survey.AnswerStore;
import com.loyaltykpi.core.survey.SurveyAnswer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the member page shows of a customer beyond their membership and orders: their behaviour model per currency
 * (scores, segment, and the probability of being active and predicted value only where the shop's model passed its
 * honest check), their offer group (or that they are held out from its offer), and their latest survey answers.
 */
public final class CustomerProfile {

    /** Survey answers shown on a member's page, newest first. */
    public static final int ANSWERS_SHOWN = 20;

    private final BehaviourStore behaviour;
    private final AnswerStore answers;
    private final OfferGroups groups;

    public CustomerProfile(BehaviourStore behaviour, AnswerStore answers, OfferGroups groups) {
        this.behaviour = behaviour;
        this.answers = answers;
        this.groups = groups;
    }

    /** The customer's current offer group (targeted or held out), or null. */
    public OfferGroups.Spell offerGroup(String customerId) {
        return groups.currentOf(customerId);
    }

    /** The customer's model in each currency they bought in. */
    public List<Model> models(String customerId) {
        Set<Object> trusted = new HashSet<Object>();
        for (Map<String, Object> fit : behaviour.fits()) {
            if (Boolean.TRUE.equals(fit.get("CHECK_TRUSTED"))) {
                trusted.add(fit.get("CURRENCY"));
            }
        }
        List<Model> models = new ArrayList<Model>();
        for (Map<String, Object> row : behaviour.ofCustomer(customerId)) {
            models.add(new Model(row, trusted.contains(row.get("CURRENCY"))));
        }
        return models;
    }

    /** The customer's latest survey answers. */
    public List<SurveyAnswer> answers(String customerId) {
        return answers.ofCustomer(customerId, ANSWERS_SHOWN);
    }

    /** A customer's behaviour model in one currency, as the member page shows it. */
    public static final class Model {
        private final Map<String, Object> row;
        private final boolean trusted;

        Model(Map<String, Object> row, boolean trusted) {
            this.row = row;
            this.trusted = trusted;
        }

        public String currency() {
            return (String) row.get("CURRENCY");
        }

        public BehaviourSegment segment() {
            return BehaviourSegment.valueOf((String) row.get("SEGMENT"));
        }

        /** "R F M", each score 1 to 5. */
        public String scores() {
            return row.get("RECENCY_SCORE") + " " + row.get("FREQUENCY_SCORE") + " " + row.get("MONETARY_SCORE");
        }

        public int purchases() {
            return ((Number) row.get("PURCHASES")).intValue();
        }

        public int recencyDays() {
            return ((Number) row.get("RECENCY_DAYS")).intValue();
        }

        /** Whether the shop's model passed its honest check in this currency: only then are predictions shown. */
        public boolean trusted() {
            return trusted;
        }

        /** The probability of being active, or null (not fitted, or not trusted). */
        public Double probabilityActive() {
            return shown("P_ACTIVE");
        }

        /** The value predicted for the next 52 weeks, or null (not fitted, or not trusted). */
        public Double predictedValue() {
            return shown("PREDICTED_VALUE");
        }

        private Double shown(String column) {
            Object value = row.get(column);
            return trusted && value != null ? ((Number) value).doubleValue() : null;
        }
    }
}
