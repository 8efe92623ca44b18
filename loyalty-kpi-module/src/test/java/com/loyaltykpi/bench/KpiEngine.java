package com.loyaltykpi.bench;

import com.loyaltykpi.core.capture.FactChangeStore;
import com.loyaltykpi.core.capture.FactSync;
import com.loyaltykpi.core.capture.FactWriter;
import com.loyaltykpi.core.capture.OrderFactStore;
import com.loyaltykpi.core.imports.MembershipsImport;
import com.loyaltykpi.core.imports.OrdersImport;
import com.loyaltykpi.core.incrementality.EstimateConfiguration;
import com.loyaltykpi.core.incrementality.EstimateSettings;
import com.loyaltykpi.core.incrementality.IncrementalRevenue;
import com.loyaltykpi.core.kpi.KpiCache;
import com.loyaltykpi.core.followup.FollowUpStore;
import com.loyaltykpi.core.kpi.KpiService;
import com.loyaltykpi.core.mix.MixRollupStore;
import com.loyaltykpi.core.membership.MembershipSources;
import com.loyaltykpi.core.membership.MembershipStore;
import com.loyaltykpi.core.period.BusinessCalendar;
import com.loyaltykpi.core.privacy.ErasureStore;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.core.rollup.CalendarStore;
import com.loyaltykpi.core.rollup.ChangeApplier;
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

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Arrays;

import javax.sql.DataSource;

/** The KPI engine wired as bl-loyalty-kpi-applicationContext.xml wires it, on a plain DataSource. */
final class KpiEngine {

    final JdbcTemplate jdbc;
    final Clock clock = Clock.systemUTC();
    final OrderFactStore facts;
    final FactChangeStore changes;
    final RollupStore rollups;
    final SurveyRollupStore surveyRollups;
    final MixRollupStore mix;
    final MembershipStore memberships;
    final ShopTimeZone timeZone;
    final DataVersion dataVersion;
    final Aggregator aggregator;
    final OrdersImport ordersImport;
    final MembershipsImport membershipsImport;
    final IncrementalRevenue incrementalRevenue;
    final TransactionTemplate newTransaction;

    KpiEngine(DataSource dataSource) {
        jdbc = new JdbcTemplate(dataSource);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        newTransaction = new TransactionTemplate(transactions);
        newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        SettingsStore settings = new SettingsStore(jdbc);
        ClusterLock lock = new ClusterLock(jdbc, Aggregator.LOCK, OrdersImport.ORIGIN);
        lock.createRows();
        facts = new OrderFactStore(jdbc);
        changes = new FactChangeStore(jdbc);
        rollups = new RollupStore(jdbc);
        surveyRollups = new SurveyRollupStore(jdbc);
        mix = new MixRollupStore(jdbc);
        memberships = new MembershipStore(jdbc);
        timeZone = new ShopTimeZone(settings, "Europe/Rome");
        dataVersion = new DataVersion(settings, clock, 1000);
        aggregator = new Aggregator(Arrays.<ChangeApplier>asList(
                new OrderRollups(jdbc, changes, rollups, new CustomerCounts(jdbc), new CalendarStore(jdbc, settings),
                        mix, 10000),
                new SurveyAggregator(new SurveyChangeStore(jdbc), surveyRollups, mix, jdbc, 10000)),
                lock, settings, timeZone, dataVersion, newTransaction, snapshot);
        FactWriter writer = new FactWriter(facts, changes);
        FactSync sync = new FactSync(facts, memberships, writer, lock, dataVersion, newTransaction, clock);
        ordersImport = new OrdersImport(sync, lock, clock, 5000);
        membershipsImport = new MembershipsImport(memberships, sync, new MembershipSources(settings,
                "REGISTRATION,IMPORT"), lock, dataVersion, newTransaction, new ErasureStore(jdbc, "broadleaf"));
        incrementalRevenue = new IncrementalRevenue(jdbc, timeZone, new EstimateConfiguration(settings, EstimateSettings.defaults()), clock);
    }

    KpiService kpiService(KpiCache cache) {
        return new KpiService(rollups, surveyRollups, new FollowUpStore(jdbc), mix, memberships, timeZone,
                dataVersion, cache);
    }

    BusinessCalendar calendar() {
        return new BusinessCalendar(timeZone.current());
    }
}
