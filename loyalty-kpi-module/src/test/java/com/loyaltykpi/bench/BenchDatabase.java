package com.loyaltykpi.bench;

import com.loyaltykpi.it.TestDatabase;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** A database of its own for one benchmark size: created with the shipped DDL, dropped afterwards. */
final class BenchDatabase implements AutoCloseable {

    private final TestDatabase database;
    private final String name;
    private final HikariDataSource dataSource;

    private BenchDatabase(TestDatabase database, String name, HikariDataSource dataSource) {
        this.database = database;
        this.name = name;
        this.dataSource = dataSource;
    }

    static BenchDatabase create(TestDatabase database) throws Exception {
        database.dropStaleDatabases();
        String name = TestDatabase.uniqueName();
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.create(name));
        dataSource.setUsername(database.user());
        dataSource.setPassword(database.password());
        dataSource.setMaximumPoolSize(4);
        ResourceDatabasePopulator ddl = new ResourceDatabasePopulator();
        ddl.addScript(new ClassPathResource("config/loyalty-kpi/sql/" + database.key() + "/create-tables.sql"));
        DatabasePopulatorUtils.execute(ddl, dataSource);
        return new BenchDatabase(database, name, dataSource);
    }

    HikariDataSource dataSource() {
        return dataSource;
    }

    /** Fresh planner statistics, as a shop's database keeps them. */
    void analyze() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        if (database == TestDatabase.POSTGRESQL) {
            jdbc.execute("ANALYZE");
        } else if (database == TestDatabase.MARIADB) {
            jdbc.execute("ANALYZE TABLE LK_ORDER_FACT, LK_ROLLUP, LK_FACT_CHANGE, LK_MEMBERSHIP");
        }
    }

    @Override
    public void close() throws Exception {
        dataSource.close();
        database.drop(name);
    }
}
