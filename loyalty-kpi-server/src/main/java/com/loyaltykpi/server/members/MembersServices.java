package com.loyaltykpi.server.members;

import com.loyaltykpi.core.audit.AuditLog;
import com.loyaltykpi.core.behaviour.BehaviourStore;
import com.loyaltykpi.core.capture.OrderFactStore;
import com.loyaltykpi.core.membership.Membership;
import com.loyaltykpi.core.membership.MembershipStore;
import com.loyaltykpi.core.offers.OfferGroups;
import com.loyaltykpi.core.privacy.AccessExport;
import com.loyaltykpi.core.privacy.Erasure;
import com.loyaltykpi.core.privacy.ErasureStore;
import com.loyaltykpi.core.screens.CustomerDirectory;
import com.loyaltykpi.core.screens.CustomerProfile;
import com.loyaltykpi.core.screens.MembersPage;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.settings.DataVersion;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.core.survey.AnswerStore;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * The members screens' services, wired as the Broadleaf admin wires them (the same {@link MembersPage}, erasure and
 * access export), over the customer ids the server has seen instead of a platform's customers.
 */
@Configuration(proxyBeanMethods = false)
class MembersServices {

    @Bean
    Erasure lkErasure(JdbcTemplate jdbc, ErasureStore erasures, MembershipStore memberships, AuditLog audit,
                      ClusterLock lock, DataVersion dataVersion, TransactionTemplate lkNewTransaction, Clock clock) {
        return new Erasure(new ServerPersonalData(jdbc), erasures, memberships, new SeenOrders(jdbc), audit, lock,
                dataVersion, lkNewTransaction, clock, null);
    }

    @Bean
    AccessExport lkAccessExport(JdbcTemplate jdbc, ErasureStore erasures, Clock clock) {
        return new ServerAccessExport(jdbc, erasures, clock);
    }

    /** The server's customers: the ids its sources sent. */
    @Bean
    CustomerDirectory lkCustomerDirectory(JdbcTemplate jdbc) {
        return new SeenCustomers(jdbc);
    }

    @Bean
    MembersPage lkMembersPage(CustomerDirectory customers, Membership membership, OrderFactStore facts, ShopTimeZone timeZone,
                              Erasure erasure, AccessExport access, AuditLog audit, BehaviourStore behaviour,
                              AnswerStore answers, OfferGroups groups) {
        return new MembersPage(customers, membership, facts, timeZone, erasure, access, audit,
                new CustomerProfile(behaviour, answers, groups));
    }
}
