package com.loyaltykpi.sample.seed;

import com.loyaltykpi.broadleaf.offers.OfferGroupAttribute;
import com.loyaltykpi.core.behaviour.BehaviourModels;
import com.loyaltykpi.core.behaviour.BehaviourSegment;
import com.loyaltykpi.core.offers.Audience;
import com.loyaltykpi.core.offers.OfferGroups;
import com.loyaltykpi.core.offers.OfferPolicy;
import com.loyaltykpi.core.offers.OfferPolicyStore;
import com.loyaltykpi.core.offers.OfferRule;

import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferImpl;
import org.broadleafcommerce.core.offer.domain.OfferRuleImpl;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDeliveryType;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferRuleType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;

/**
 * The sample shop's personalised offer: an ordinary Broadleaf offer, 15% off the order, whose customer rule reads the
 * offer group the module keeps on each customer; the offer policy putting the at-risk and cannot-lose customers of
 * both currencies in that group (a fifth held out, so that the sample has a comparison group worth the name); then
 * the models, the groups and the customer attributes computed at once rather than an hour after the first start.
 */
final class SampleOffers {

    static final String GROUP = "WINBACK";
    static final String OFFER_NAME = "Win-back: 15% off your order";
    /** The sample's holdout seed: fixed, so every first start draws the same customers (a real shop's is random). */
    private static final String SEED = "sample-shop-holdout";

    private final ApplicationContext site;

    SampleOffers(ApplicationContext site) {
        this.site = site;
    }

    void create() {
        new TransactionTemplate(site.getBean("blTransactionManager", PlatformTransactionManager.class))
                .execute(status -> site.getBean("blOfferService", OfferService.class).save(offer()));
        List<OfferRule> rules = new ArrayList<OfferRule>();
        for (String currency : new String[] {"USD", "EUR"}) {
            for (BehaviourSegment segment : new BehaviourSegment[] {BehaviourSegment.AT_RISK,
                    BehaviourSegment.CANNOT_LOSE}) {
                rules.add(new OfferRule(GROUP, segment, Audience.ALL, currency, null, null));
            }
        }
        OfferPolicyStore policies = site.getBean("lkOfferPolicyStore", OfferPolicyStore.class);
        policies.seedWith(SEED);
        policies.save(new OfferPolicy(rules, 0.20));
        site.getBean("lkBehaviourModels", BehaviourModels.class).refresh();
        OfferGroups groups = site.getBean("lkOfferGroups", OfferGroups.class);
        groups.assign();
        groups.publish();
    }

    private static Offer offer() {
        OfferImpl offer = new OfferImpl();
        offer.setName(OFFER_NAME);
        offer.setDescription("For customers of the loyalty module's WINBACK offer group");
        offer.setMarketingMessage("We missed you: 15% off");
        offer.setType(OfferType.ORDER);
        offer.setDiscountType(OfferDiscountType.PERCENT_OFF);
        offer.setValue(new BigDecimal("15"));
        offer.setStartDate(new Date(System.currentTimeMillis() - 24L * 3600 * 1000));
        offer.setAutomaticallyAdded(true);
        offer.setDeliveryType(OfferDeliveryType.AUTOMATIC);
        offer.setCombinableWithOtherOffers(true);
        offer.setTreatAsNewFormat(true);
        org.broadleafcommerce.core.offer.domain.OfferRule customerRule = new OfferRuleImpl();
        customerRule.setMatchRule(OfferGroupAttribute.customerRule("loyaltyOfferGroup", GROUP));
        offer.setOfferMatchRules(new HashMap<String, org.broadleafcommerce.core.offer.domain.OfferRule>(
                Collections.singletonMap(
                        OfferRuleType.CUSTOMER.getType(), customerRule)));
        return offer;
    }
}
