package com.loyaltykpi.admin.web;

import org.springframework.web.bind.WebDataBinder;

/**
 * Request binding never walks {@code class.*}: on JDK 9 and later, Spring 3.2's binder reaches a class loader
 * through {@code class.module.classLoader} (the data-binding attack known as Spring4Shell, CVE-2022-22965), and
 * Spring 3.2 gets no fix. Every Loyalty screen's form objects bind through this.
 */
final class BindingGuard {

    /** Any property path through a {@code class} property, at the start or nested, in either case. */
    static final String[] DISALLOWED = {"class.*", "Class.*", "*.class.*", "*.Class.*", "*.class", "*.Class"};

    private BindingGuard() {
    }

    static void apply(WebDataBinder binder) {
        binder.setDisallowedFields(DISALLOWED);
    }
}
