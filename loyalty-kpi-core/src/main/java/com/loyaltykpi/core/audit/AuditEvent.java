package com.loyaltykpi.core.audit;

import java.time.Instant;

/** One line of the audit log. */
public final class AuditEvent {

    private final Instant at;
    private final String actor;
    private final AuditAction action;
    private final String customerId;
    private final String detail;

    public AuditEvent(Instant at, String actor, AuditAction action, String customerId, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.customerId = customerId;
        this.detail = detail;
    }

    public Instant at() {
        return at;
    }

    /** The admin user's login name, or what the integrator's code gave. */
    public String actor() {
        return actor;
    }

    public AuditAction action() {
        return action;
    }

    /** The customer concerned, or null. */
    public String customerId() {
        return customerId;
    }

    /** What else identifies the action (a file kind, a row count, a setting's name), never personal data; or null. */
    public String detail() {
        return detail;
    }
}
