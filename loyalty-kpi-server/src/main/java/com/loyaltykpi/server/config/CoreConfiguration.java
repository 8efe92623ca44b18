package com.loyaltykpi.server.config;

import com.loyaltykpi.core.capture.FactChangeStore;
import com.loyaltykpi.core.capture.FactSync;
import com.loyaltykpi.core.capture.FactWriter;
import com.loyaltykpi.core.capture.OrderFactStore;
import com.loyaltykpi.core.followup.FollowUpStore;
import com.loyaltykpi.core.imports.MembershipsImport;
import com.loyaltykpi.core.imports.OrdersImport;
import com.loyaltykpi.core.kpi.KpiService;
import com.loyaltykpi.core.membership.Membership;
import com.loyaltykpi.core.membership.MembershipSources;
import com.loyaltykpi.core.membership.MembershipStore;
import com.loyaltykpi.core.mix.MixRollupStore;
import com.loyaltykpi.core.privacy.ErasureStore;
import com.loyaltykpi.core.rollup.AggregationJob;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.core.rollup.CalendarStore;
import com.loyaltykpi.core.rollup.CustomerCounts;
import com.loyaltykpi.core.rollup.OrderRollups;
import com.loyaltykpi.core.rollup.RollupStore;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.settings.DataVersion;
import com.loyaltykpi.core.settings.SettingsStore;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.core.survey.SurveyAggregator;
import com.loyaltykpi.core.survey.SurveyChangeStore;
import com.loyaltykpi.core.survey.SurveyRollupStore;
import com.loyaltykpi.core.survey.SurveyWaves;
import com.loyaltykpi.server.kpi.MemoryKpiCache;
import com.loyaltykpi.server.ofbiz.OfbizSync;
import com.loyaltykpi.server.schema.ServerSchema;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

/**
 * The core's services, wired as the Broadleaf module's application context wires them, on the server's data
 * source. Only the core's plain constructors are used, so the same classes run on Spring 3.2 and on Spring 6.
 */
@Configuration(proxyBeanMethods = false)
public class CoreConfiguration {

    /** Every core write runs in a transaction of its own (the core's convention on every host). */
    @Bean
    TransactionTemplate lkNewTransaction(DataSourceTransactionManager transactionManager) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    /** The aggregation's consistent reads. */
    @Bean
    TransactionTemplate lkSnapshotTransaction(DataSourceTransactionManager transactionManager) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        template.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        return template;
    }

    @Bean
    Clock lkClock() {
        return Clock.systemUTC();
    }

    @Bean
    ServerSchema lkServerSchema(DataSource dataSource) {
        ServerSchema schema = new ServerSchema(dataSource);
        schema.install();
        return schema;
    }

    @Bean
    @DependsOn("lkServerSchema")
    SettingsStore lkSettingsStore(JdbcTemplate jdbc) {
        return new SettingsStore(jdbc);
    }

    @Bean
    @DependsOn("lkServerSchema")
    ClusterLock lkClusterLock(JdbcTemplate jdbc, LoyaltyProperties properties) {
        ClusterLock lock = new ClusterLock(jdbc, (int) properties.lockWait().toSeconds(), Aggregator.LOCK, FactSync.LOCK,
                OfbizSync.LOCK, SurveyWaves.LOCK);
        lock.createRows();
        return lock;
    }

    @Bean
    ShopTimeZone lkShopTimeZone(SettingsStore settings, LoyaltyProperties properties) {
        return new ShopTimeZone(settings, properties.timeZone());
    }

    @Bean
    DataVersion lkDataVersion(SettingsStore settings, Clock clock) {
        return new DataVersion(settings, clock, 1000);
    }

    @Bean
    OrderFactStore lkOrderFactStore(JdbcTemplate jdbc) {
        return new OrderFactStore(jdbc);
    }

    @Bean
    FactChangeStore lkFactChangeStore(JdbcTemplate jdbc) {
        return new FactChangeStore(jdbc);
    }

    @Bean
    MembershipStore lkMembershipStore(JdbcTemplate jdbc) {
        return new MembershipStore(jdbc);
    }

    @Bean
    RollupStore lkRollupStore(JdbcTemplate jdbc) {
        return new RollupStore(jdbc);
    }

    @Bean
    SurveyRollupStore lkSurveyRollupStore(JdbcTemplate jdbc) {
        return new SurveyRollupStore(jdbc);
    }

    @Bean
    MixRollupStore lkMixRollupStore(JdbcTemplate jdbc) {
        return new MixRollupStore(jdbc);
    }

    @Bean
    ErasureStore lkErasureStore(JdbcTemplate jdbc) {
        return new ErasureStore(jdbc, "server");
    }

    @Bean
    MembershipSources lkMembershipSources(SettingsStore settings, LoyaltyProperties properties) {
        return new MembershipSources(settings, properties.membershipSources());
    }

    /** Customers are whoever the shop's systems name: an id is a registered customer, a missing one a guest. */
    @Bean
    Membership lkMembership(MembershipStore store, MembershipSources sources, DataVersion dataVersion,
                            TransactionTemplate lkNewTransaction, Clock clock, ErasureStore erasures) {
        return new Membership(store, customerId -> !customerId.isBlank(), sources, dataVersion, lkNewTransaction,
                clock, erasures);
    }

    @Bean
    FactSync lkFactSync(OrderFactStore facts, FactChangeStore changes, MembershipStore memberships, ClusterLock lock,
                        DataVersion dataVersion, TransactionTemplate lkNewTransaction, Clock clock) {
        return new FactSync(facts, memberships, new FactWriter(facts, changes), lock, dataVersion, lkNewTransaction,
                clock);
    }

    @Bean
    OrdersImport lkOrdersImport(FactSync sync, ClusterLock lock, Clock clock, LoyaltyProperties properties) {
        return new OrdersImport(sync, lock, clock, properties.importChunkSize());
    }

    @Bean
    MembershipsImport lkMembershipsImport(MembershipStore store, FactSync sync, MembershipSources sources,
                                          ClusterLock lock, DataVersion dataVersion,
                                          TransactionTemplate lkNewTransaction, ErasureStore erasures) {
        return new MembershipsImport(store, sync, sources, lock, dataVersion, lkNewTransaction, erasures);
    }

    @Bean
    Aggregator lkAggregator(JdbcTemplate jdbc, FactChangeStore changes, RollupStore rollups,
                            SurveyChangeStore surveyChanges, SurveyRollupStore surveyRollups, MixRollupStore mix, SettingsStore settings,
                            ClusterLock lock, ShopTimeZone timeZone, DataVersion dataVersion,
                            TransactionTemplate lkNewTransaction, TransactionTemplate lkSnapshotTransaction) {
        return new Aggregator(List.of(
                new OrderRollups(jdbc, changes, rollups, new CustomerCounts(jdbc), new CalendarStore(jdbc, settings),
                        mix, 10000),
                new SurveyAggregator(surveyChanges, surveyRollups, mix, jdbc, 10000)),
                lock, settings, timeZone, dataVersion, lkNewTransaction, lkSnapshotTransaction);
    }

    @Bean
    AggregationJob lkAggregationJob(Aggregator aggregator) {
        return new AggregationJob(aggregator);
    }

    @Bean
    FollowUpStore lkFollowUpStore(JdbcTemplate jdbc) {
        return new FollowUpStore(jdbc);
    }

    @Bean
    KpiService lkKpiService(FollowUpStore followUps, RollupStore rollups, SurveyRollupStore surveyRollups,
                            MixRollupStore mix, MembershipStore memberships, ShopTimeZone timeZone,
                            DataVersion dataVersion) {
        return new KpiService(rollups, surveyRollups, followUps, mix, memberships, timeZone,
                dataVersion, new MemoryKpiCache(200));
    }
}
