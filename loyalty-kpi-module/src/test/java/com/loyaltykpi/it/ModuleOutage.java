package com.loyaltykpi.it;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.InfrastructureProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * The module's database going away on demand, for outage tests: wraps the module's DataSource ("lkDataSource")
 * so that, while {@link #begin() down}, every connection the module asks for is refused as by an unreachable
 * server. Broadleaf's own persistence keeps its DataSource: checkouts go on, as they must. Connections a
 * Broadleaf transaction already holds are shared as before (the wrapper names its target to Spring).
 */
public class ModuleOutage implements BeanPostProcessor {

    private static volatile boolean down;

    /** The module's database is unreachable from now on. */
    public static void begin() {
        down = true;
    }

    /** The module's database is back. */
    public static void end() {
        down = false;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return "lkDataSource".equals(beanName) ? new Switchable((DataSource) bean) : bean;
    }

    /** The module's DataSource, refusing connections during an outage. */
    static final class Switchable extends DelegatingDataSource implements InfrastructureProxy {

        Switchable(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            refuseIfDown();
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            refuseIfDown();
            return super.getConnection(username, password);
        }

        @Override
        public Object getWrappedObject() {
            return getTargetDataSource();
        }

        private static void refuseIfDown() throws SQLException {
            if (down) {
                throw new SQLException("test outage: the module's database is unreachable", "08001");
            }
        }
    }
}
