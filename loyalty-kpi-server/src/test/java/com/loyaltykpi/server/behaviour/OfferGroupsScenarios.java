package com.loyaltykpi.server.behaviour;

import com.loyaltykpi.core.behaviour.BehaviourModels;
import com.loyaltykpi.core.behaviour.BehaviourSegment;
import com.loyaltykpi.core.offers.Audience;
import com.loyaltykpi.core.offers.OfferGroupPublisher;
import com.loyaltykpi.core.offers.OfferGroups;
import com.loyaltykpi.core.offers.OfferPolicy;
import com.loyaltykpi.core.offers.OfferPolicyStore;
import com.loyaltykpi.core.offers.OfferRule;
import com.loyaltykpi.core.privacy.AccessExport;
import com.loyaltykpi.core.privacy.Erasure;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.server.apikey.ApiKeys;
import com.loyaltykpi.server.it.ServerClient;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The offer groups of a simulated shop on a real database: every customer of the policy's segment assigned, a tenth
 * held out, the draw kept when the share changes, customers leaving a group when the policy changes, the platform
 * told only of changes (and told again after it failed), an erased customer gone. Run on HSQLDB, PostgreSQL and
 * MariaDB by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "loyalty.scheduling=false")
abstract class OfferGroupsScenarios {

    @LocalServerPort
    int port;
    @Autowired
    ApiKeys keys;
    @Autowired
    BehaviourModels models;
    @Autowired
    OfferPolicyStore policies;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ClusterLock lock;
    @Autowired
    TransactionTemplate lkNewTransaction;
    @Autowired
    Clock clock;
    @Autowired
    Erasure erasure;
    @Autowired
    AccessExport access;

    /** What the platform was told, and whether it fails the next time. */
    private final Map<String, String> told = new LinkedHashMap<String, String>();
    private boolean failing;

    @Test
    void customersAreAssignedHeldOutStickilyAndThePlatformIsToldOfChangesOnly() {
        ShopOrders orders = new ShopOrders();
        orders.simulate("o", 1500, new Random(1818));
        orders.send(new ServerClient(port, keys.issue("offers", "Web shop").secret()));
        models.refresh();
        OfferGroups groups = new OfferGroups(jdbc, policies, lock, lkNewTransaction, clock, new OfferGroupPublisher() {
            @Override
            public void publish(Map<String, String> groupByCustomer) {
                if (failing) {
                    throw new IllegalStateException("the shop's database is down");
                }
                told.putAll(groupByCustomer);
            }
        });
        Set<String> atRisk = customersIn(BehaviourSegment.AT_RISK);
        assertThat(atRisk).hasSizeGreaterThan(100);

        policies.save(new OfferPolicy(Collections.singletonList(new OfferRule("WINBACK", BehaviourSegment.AT_RISK,
                Audience.ALL, "EUR", null, null)), 0.10));
        OfferGroups.Changes first = groups.assign();
        assertThat(first.entered()).isEqualTo(atRisk.size());
        assertThat(first.left()).isZero();
        Map<String, Boolean> heldOut = current("WINBACK");
        assertThat(heldOut.keySet()).isEqualTo(atRisk);
        int held = first.heldOut();
        assertThat(held).isEqualTo(Collections.frequency(heldOut.values(), true));
        // binomial(n, 0.1): within 4 standard deviations
        double sd = Math.sqrt(atRisk.size() * 0.09);
        assertThat((double) held).isBetween(atRisk.size() * 0.1 - 4 * sd, atRisk.size() * 0.1 + 4 * sd);

        // the platform is told every changed customer: the group, or nothing for the held out
        failing = true;
        assertThatThrownBy(groups::publish).isInstanceOf(IllegalStateException.class);
        failing = false;
        assertThat(groups.publish()).as("told again after the failure").isEqualTo(atRisk.size());
        for (Map.Entry<String, Boolean> customer : heldOut.entrySet()) {
            assertThat(told.get(customer.getKey())).as(customer.getKey())
                    .isEqualTo(customer.getValue() ? null : "WINBACK");
        }
        assertThat(groups.publish()).as("nothing changed").isZero();

        // a larger share held out later: every customer keeps their draw
        policies.save(new OfferPolicy(policies.current().rules(), 0.5));
        OfferGroups.Changes again = groups.assign();
        assertThat(again.entered() + again.left()).isZero();
        assertThat(current("WINBACK")).isEqualTo(heldOut);

        // the policy now names the lost: the at-risk leave, the lost enter, half of them held out
        Set<String> lost = customersIn(BehaviourSegment.LOST);
        policies.save(new OfferPolicy(Collections.singletonList(new OfferRule("WINBACK", BehaviourSegment.LOST,
                Audience.ALL, "EUR", null, null)), 0.5));
        OfferGroups.Changes changed = groups.assign();
        assertThat(changed.left()).isEqualTo(atRisk.size());
        assertThat(changed.entered()).isEqualTo(lost.size());
        assertThat(current("WINBACK").keySet()).isEqualTo(lost);
        told.clear();
        assertThat(groups.publish()).isEqualTo(atRisk.size() + lost.size());
        String formerlyAtRisk = atRisk.iterator().next();
        assertThat(told).containsKey(formerlyAtRisk);
        assertThat(told.get(formerlyAtRisk)).as("left the group").isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LK_OFFER_ASSIGNMENT WHERE TO_AT IS NOT NULL",
                Integer.class)).as("their spells are kept, closed").isEqualTo(atRisk.size());

        // an erased customer: gone from the groups, and never assigned again
        String erased = lost.iterator().next();
        assertThat(access.of(erased).get("offerGroups").toString()).contains("WINBACK");
        erasure.eraseCustomer(erased, "test");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LK_OFFER_ASSIGNMENT WHERE CUSTOMER_ID = ?", Integer.class,
                erased)).isZero();
        models.refresh();
        groups.assign();
        assertThat(current("WINBACK")).doesNotContainKey(erased).hasSize(lost.size() - 1);

        // no rules: everyone leaves
        policies.save(new OfferPolicy(new ArrayList<OfferRule>(), 0.1));
        assertThat(groups.assign().left()).isEqualTo(lost.size() - 1);
        assertThat(current("WINBACK")).isEmpty();
    }

    private Set<String> customersIn(BehaviourSegment segment) {
        return new TreeSet<String>(jdbc.queryForList("SELECT CUSTOMER_ID FROM LK_CUSTOMER_MODEL WHERE SEGMENT = ?",
                String.class, segment.name()));
    }

    /** The group's current customers, each with whether held out. */
    private Map<String, Boolean> current(String group) {
        Map<String, Boolean> current = new HashMap<String, Boolean>();
        for (Map<String, Object> row : jdbc.queryForList("SELECT CUSTOMER_ID, HELD_OUT FROM LK_OFFER_ASSIGNMENT "
                + "WHERE TO_AT IS NULL AND GROUP_CODE = ?", group)) {
            current.put((String) row.get("CUSTOMER_ID"), Boolean.TRUE.equals(row.get("HELD_OUT"))
                    || Integer.valueOf(1).equals(row.get("HELD_OUT")));
        }
        return current;
    }
}
