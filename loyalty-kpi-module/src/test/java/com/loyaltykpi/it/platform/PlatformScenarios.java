package com.loyaltykpi.it.platform;

import com.loyaltykpi.broadleaf.capture.RecordOrderFactActivity;
import com.loyaltykpi.broadleaf.schema.CaptureSkipTable;
import com.loyaltykpi.broadleaf.schema.JobStateTable;
import com.loyaltykpi.broadleaf.schema.MembershipTable;
import com.loyaltykpi.broadleaf.schema.OrderFactTable;
import com.loyaltykpi.core.schema.SchemaCheck;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.core.schema.SchemaGuard;
import com.loyaltykpi.core.settings.SettingsStore;
import com.loyaltykpi.it.RecordingAppender;
import com.loyaltykpi.core.survey.AnswerChannel;
import com.loyaltykpi.core.survey.Answers;
import com.loyaltykpi.core.survey.Invitation;
import com.loyaltykpi.core.survey.Invitations;
import com.loyaltykpi.it.ShopScenarios;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.SequenceProcessor;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.hibernate.cfg.Configuration;
import org.hibernate.cfg.Environment;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.service.ServiceRegistryBuilder;
import org.hibernate.tool.hbm2ddl.SchemaValidator;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The module inside Broadleaf on this database: the shipped DDL, the workflow wiring, Hibernate's health. */
public abstract class PlatformScenarios extends ShopScenarios {

    @Test
    void uninstallAndInstallScriptsProduceTheSchemaTheModuleMapsAndNeeds() throws Exception {
        DataSource dataSource = shop.bean("lkDataSource", DataSource.class);
        String scripts = "config/loyalty-kpi/sql/" + database().key() + "/";

        runScript(dataSource, scripts + "drop-tables.sql");
        assertThat(guard().ensure().problems()).contains("table LK_ORDER_FACT is missing");
        runScript(dataSource, scripts + "create-tables.sql");

        SchemaCheck check = guard().ensure();
        assertThat(check.problems()).isEmpty();
        assertThat(check.created()).as("the script creates every unique key and index").isEmpty();
        validateMappings(dataSource);
        Customer member = fixture.register(true, null);
        Order order = fixture.checkout(member, fixture.product("Scripted", "10.00", "4.00"));
        assertThat(factOf(order).member()).isTrue();
    }

    @Test
    void theCustomerPeriodTableOfEarlierVersionsIsDroppedAtStartup() {
        shop.jdbc().execute("CREATE TABLE LK_CUSTOMER_PERIOD (CUSTOMER_ID VARCHAR(64) NOT NULL)");
        shop.jdbc().update("INSERT INTO LK_CUSTOMER_PERIOD (CUSTOMER_ID) VALUES ('someone')");

        SchemaCheck check = guard().ensure();

        assertThat(check.problems()).isEmpty();
        assertThat(check.created()).contains("dropped LK_CUSTOMER_PERIOD");
        assertThat(guard().ensure().created()).as("dropped once").doesNotContain("dropped LK_CUSTOMER_PERIOD");
    }

    @Test
    void theColumnsOfEarlierVersionsAreUpgradedAtStartupAndTheRollupsRebuiltOnce() throws Exception {
        JdbcTemplate jdbc = shop.jdbc();
        // an answer about a recorded order, whatever else the shop holds
        Order order = fixture.checkout(fixture.register(false, null), fixture.product("Upgrade lamp", "30.00", "10.00"));
        Invitations invitations = shop.bean("lkInvitations", Invitations.class);
        Invitation invitation = invitations.forOrder(ORIGIN, String.valueOf(order.getId()),
                String.valueOf(order.getCustomer().getId()), order.getSubmitDate().toInstant());
        shop.bean("lkAnswers", Answers.class).submit(invitations.token(invitation, AnswerChannel.LINK), "4", "8", null,
                "127.0.0.1");
        // the shape of the tables before the one-click survey, the data kept as it is
        List<Long> withoutRecommend = jdbc.queryForList("SELECT ID FROM LK_SURVEY_ANSWER WHERE RECOMMEND IS NULL", Long.class);
        jdbc.update("UPDATE LK_SURVEY_ANSWER SET RECOMMEND = -99 WHERE RECOMMEND IS NULL");
        jdbc.execute(database().key().equals("mariadb") ? "ALTER TABLE LK_SURVEY_ANSWER MODIFY RECOMMEND INTEGER NOT NULL"
                : "ALTER TABLE LK_SURVEY_ANSWER ALTER COLUMN RECOMMEND SET NOT NULL");
        jdbc.execute("ALTER TABLE LK_SURVEY_ROLLUP DROP COLUMN RECOMMEND_ANSWERS");
        List<Map<String, Object>> followUps = jdbc.queryForList("SELECT ID, FOLLOWED_UP_AT FROM LK_SURVEY_ANSWER");
        jdbc.execute("ALTER TABLE LK_SURVEY_ANSWER DROP COLUMN FOLLOWED_UP_AT");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LK_SURVEY_INVITATION WHERE REMINDED_AT IS NOT NULL",
                Long.class)).as("no reminder to keep").isZero();
        jdbc.execute("ALTER TABLE LK_SURVEY_INVITATION DROP COLUMN REMINDED_AT");
        // and before the order mix: the answers' place in it is found again from their orders
        String linked = "SELECT a.ID, a.ORDER_CURRENCY, a.VALUE_STEP FROM LK_SURVEY_ANSWER a JOIN LK_SURVEY_INVITATION i "
                + "ON i.ID = a.INVITATION_ID JOIN LK_ORDER_FACT f ON f.ORIGIN = i.ORDER_ORIGIN AND f.ORDER_ID = i.ORDER_ID "
                + "ORDER BY a.ID";
        List<Map<String, Object>> mixOfAnswers = jdbc.queryForList(linked);
        assertThat(mixOfAnswers).as("answers about recorded orders").isNotEmpty();
        for (String column : new String[] {"LK_SURVEY_ROLLUP.WAVE_INVITATIONS", "LK_SURVEY_ROLLUP.WAVE_ANSWERED",
            "LK_SURVEY_CHANGE.CHANNEL", "LK_SURVEY_CHANGE.ORDER_CURRENCY", "LK_SURVEY_CHANGE.VALUE_STEP",
            "LK_SURVEY_ANSWER.ORDER_CURRENCY", "LK_SURVEY_ANSWER.VALUE_STEP", "LK_ORDER_FACT.DISCOUNT"}) {
            jdbc.execute("ALTER TABLE " + column.substring(0, column.indexOf('.')) + " DROP COLUMN "
                    + column.substring(column.indexOf('.') + 1));
        }
        shop.bean("lkSettingsStore", SettingsStore.class).remove("rollup.builtAs");

        SchemaCheck check = guard().ensure();
        jdbc.update("UPDATE LK_SURVEY_ANSWER SET RECOMMEND = NULL WHERE RECOMMEND = -99");
        for (Map<String, Object> answer : followUps) {
            jdbc.update("UPDATE LK_SURVEY_ANSWER SET FOLLOWED_UP_AT = ? WHERE ID = ?", answer.get("FOLLOWED_UP_AT"),
                    answer.get("ID"));
        }

        assertThat(check.problems()).isEmpty();
        String[] upgrades = {"LK_SURVEY_ANSWER.RECOMMEND may be null", "LK_SURVEY_ANSWER.FOLLOWED_UP_AT added",
            "LK_SURVEY_ROLLUP.RECOMMEND_ANSWERS added", "LK_SURVEY_INVITATION.REMINDED_AT added",
            "LK_SURVEY_ROLLUP.WAVE_INVITATIONS added", "LK_SURVEY_ROLLUP.WAVE_ANSWERED added", "LK_SURVEY_CHANGE.CHANNEL added",
            "LK_SURVEY_CHANGE.VALUE_STEP added", "LK_SURVEY_ANSWER.VALUE_STEP added",
            "LK_SURVEY_ANSWER.VALUE_STEP filled in from the orders", "LK_ORDER_FACT.DISCOUNT added"};
        assertThat(check.created()).contains(upgrades);
        assertThat(guard().ensure().created()).as("upgraded once").doesNotContain(upgrades);
        assertThat(jdbc.queryForList("SELECT ID FROM LK_SURVEY_ANSWER WHERE RECOMMEND IS NULL", Long.class))
                .containsExactlyInAnyOrderElementsOf(withoutRecommend);
        Aggregator aggregator = shop.bean("lkAggregator", Aggregator.class);
        assertThat(aggregator.aggregate().rebuilt()).as("the first aggregation after the upgrade").isTrue();
        assertThat(aggregator.aggregate().rebuilt()).as("and only the first").isFalse();
        assertThat(jdbc.queryForList(linked)).as("the answers' currencies and value steps").isEqualTo(mixOfAnswers);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LK_ORDER_FACT WHERE DISCOUNT IS NOT NULL", Long.class))
                .as("the facts of the earlier version: discounts not recorded").isZero();
        Order after = fixture.checkout(fixture.register(false, null), fixture.product("Upgraded lamp", "30.00", "10.00"));
        assertThat(jdbc.queryForObject("SELECT DISCOUNT FROM LK_ORDER_FACT WHERE ORDER_ID = ?", BigDecimal.class,
                String.valueOf(after.getId()))).as("recorded from now on").isEqualByComparingTo("0");
        assertThat(jdbc.queryForObject("SELECT COALESCE(SUM(RECOMMEND_ANSWERS), 0) FROM LK_SURVEY_ROLLUP WHERE "
                + "GRANULARITY = 'YEAR' AND SEGMENT = 'ALL'", Long.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM LK_SURVEY_ANSWER WHERE RECOMMEND IS NOT NULL", Long.class));
    }

    @Test
    void moduleActivityRunsRightAfterBroadleafCompletesTheOrder() {
        List<String> names = new ArrayList<String>();
        for (Activity<?> activity : shop.bean("blCheckoutWorkflow", SequenceProcessor.class).getActivities()) {
            names.add(activity.getBeanName());
        }
        assertThat(names.indexOf("lkRecordOrderFactActivity")).isEqualTo(names.indexOf("blCompleteOrderActivity") + 1);
        assertThat(shop.bean("lkRecordOrderFactActivity", RecordOrderFactActivity.class).getModuleName())
                .isEqualTo("Loyalty KPI");
    }

    @Test
    void hibernateLazyProxiesAreOnAndTheSchemaWasCreatedWithoutErrors() throws Exception {
        final Customer customer = fixture.register(false, null);
        Object reference = shop.inRequest(() -> {
            EntityManager em = shop.entityManager();
            return em.getReference(CustomerImpl.class, customer.getId());
        });

        assertThat(reference).as("javassist proxies (need --add-opens java.base/java.lang)").isInstanceOf(HibernateProxy.class);
        assertThat(RecordingAppender.recorded("HHH000142")).as("javassist enhancement failures").isEmpty();
        assertThat(RecordingAppender.recorded("HHH000388")).as("failed schema statements").isEmpty();
        assertThat(RecordingAppender.recorded("HHH000389")).as("failed schema statements").isEmpty();
    }

    private SchemaGuard guard() {
        return shop.bean("lkSchemaGuard", SchemaGuard.class);
    }

    private static void runScript(DataSource dataSource, String path) {
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator();
        populator.addScript(new ClassPathResource(path));
        DatabasePopulatorUtils.execute(populator, dataSource);
    }

    /** Hibernate's own check that the tables match the module's entity mappings (types, lengths, nullability). */
    private void validateMappings(DataSource dataSource) {
        Configuration configuration = new Configuration()
                .addAnnotatedClass(OrderFactTable.class).addAnnotatedClass(CaptureSkipTable.class)
                .addAnnotatedClass(MembershipTable.class).addAnnotatedClass(JobStateTable.class)
                .setProperty(Environment.DIALECT, System.getProperty("blPU.hibernate.dialect"));
        ServiceRegistry registry = new ServiceRegistryBuilder().applySettings(configuration.getProperties())
                .applySetting(Environment.DATASOURCE, dataSource).buildServiceRegistry();
        new SchemaValidator(registry, configuration).validate();
    }
}
