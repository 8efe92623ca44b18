package com.loyaltykpi.server.behaviour;

import com.loyaltykpi.core.behaviour.BehaviourModels;
import com.loyaltykpi.core.behaviour.BehaviourStore;
import com.loyaltykpi.core.behaviour.BehaviourUpdates;
import com.loyaltykpi.core.cohorts.RetentionCohorts;
import com.loyaltykpi.core.offers.BehaviourJob;
import com.loyaltykpi.core.offers.OfferGroups;
import com.loyaltykpi.core.offers.OfferPolicyStore;
import com.loyaltykpi.core.screens.CustomersPage;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.settings.SettingsStore;
import com.loyaltykpi.core.settings.ShopTimeZone;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/** The customers' behaviour models (docs/CUSTOMERS.md), computed from the facts by the core. */
@Configuration(proxyBeanMethods = false)
class BehaviourServices {

    @Bean
    BehaviourStore lkBehaviourStore(JdbcTemplate jdbc) {
        return new BehaviourStore(jdbc);
    }

    @Bean
    BehaviourModels lkBehaviourModels(JdbcTemplate jdbc, BehaviourStore store, ShopTimeZone timeZone, ClusterLock lock,
                                      TransactionTemplate lkNewTransaction, Clock clock) {
        return new BehaviourModels(jdbc, store, timeZone, lock, lkNewTransaction, clock);
    }

    @Bean
    OfferPolicyStore lkOfferPolicyStore(JdbcTemplate jdbc, SettingsStore settings) {
        return new OfferPolicyStore(jdbc, settings);
    }

    /** The offer groups, recorded for the holdout's comparison; the server has no shop's offer engine to tell. */
    @Bean
    OfferGroups lkOfferGroups(JdbcTemplate jdbc, OfferPolicyStore policies, ClusterLock lock,
                              TransactionTemplate lkNewTransaction, Clock clock) {
        return new OfferGroups(jdbc, policies, lock, lkNewTransaction, clock, null);
    }

    @Bean
    RetentionCohorts lkRetentionCohorts(JdbcTemplate jdbc, ShopTimeZone timeZone, TransactionTemplate lkNewTransaction) {
        return new RetentionCohorts(jdbc, timeZone, lkNewTransaction);
    }

    @Bean
    BehaviourUpdates lkBehaviourUpdates(JdbcTemplate jdbc, BehaviourStore store, SettingsStore settings,
                                        ShopTimeZone timeZone, ClusterLock lock, TransactionTemplate lkNewTransaction,
                                        Clock clock) {
        return new BehaviourUpdates(jdbc, store, settings, timeZone, lock, lkNewTransaction, clock);
    }

    @Bean
    BehaviourJob lkBehaviourJob(BehaviourModels models, RetentionCohorts cohorts, OfferGroups groups,
                                BehaviourUpdates updates) {
        return new BehaviourJob(models, cohorts, groups, updates);
    }

    @Bean
    CustomersPage lkCustomersPage(BehaviourStore store, RetentionCohorts cohorts, ShopTimeZone timeZone, Clock clock) {
        return new CustomersPage(store, cohorts, timeZone, clock);
    }
}
