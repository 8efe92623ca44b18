package com.loyaltykpi.server.behaviour;

import com.loyaltykpi.core.behaviour.BehaviourModels;
import com.loyaltykpi.core.behaviour.BehaviourStore;
import com.loyaltykpi.core.screens.CustomersPage;
import com.loyaltykpi.core.settings.ClusterLock;
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
    CustomersPage lkCustomersPage(BehaviourStore store, ShopTimeZone timeZone) {
        return new CustomersPage(store, timeZone);
    }
}
