package com.loyaltykpi.it.platform;

import com.loyaltykpi.broadleaf.capture.RecordOrderFactActivity;
import com.loyaltykpi.broadleaf.schema.CaptureSkipTable;
import com.loyaltykpi.broadleaf.schema.JobStateTable;
import com.loyaltykpi.broadleaf.schema.MembershipTable;
import com.loyaltykpi.broadleaf.schema.OrderFactTable;
import com.loyaltykpi.core.schema.SchemaCheck;
import com.loyaltykpi.core.schema.SchemaGuard;
import com.loyaltykpi.it.RecordingAppender;
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
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import java.util.ArrayList;
import java.util.List;

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
