package com.loyaltykpi.admin.support;

import org.springframework.beans.factory.config.BeanPostProcessor;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Makes shared lists of the admin's context safe to sort from several threads at once. Broadleaf 3.1's admin
 * creates a persistence manager for every request (BroadleafAdminRequestFilter), and each one sorts the shared
 * singleton list "blPersistenceManagerEventHandlers" in place; on Java 8 and later two requests doing so at the
 * same moment fail with a ConcurrentModificationException, which the admin shows as a server error (seen by the
 * hostile-input tests). A CopyOnWriteArrayList sorts atomically, under its lock.
 */
public class ConcurrentlySortedLists implements BeanPostProcessor {

    private final List<String> beanNames;

    public ConcurrentlySortedLists(String... beanNames) {
        this.beanNames = Arrays.asList(beanNames);
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        return bean;
    }

    /** The named lists (also when a list factory bean makes them) become copy-on-write lists. */
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof List && !(bean instanceof CopyOnWriteArrayList) && beanNames.contains(beanName)) {
            return new CopyOnWriteArrayList<Object>((List<?>) bean);
        }
        return bean;
    }
}
