package com.loyaltykpi.broadleaf.schema;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** LK_AUDIT_EVENT: who did what and when (the admin user's name and at most a customer id, no other personal data). */
@Entity
@Table(name = "LK_AUDIT_EVENT")
public class AuditEventTable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    protected Long id;

    @Column(name = "HAPPENED_AT", nullable = false)
    protected long happenedAt;

    @Column(name = "ACTOR", length = 255, nullable = false)
    protected String actor;

    @Column(name = "ACTION", length = 32, nullable = false)
    protected String action;

    @Column(name = "CUSTOMER_ID", length = 64)
    protected String customerId;

    @Column(name = "DETAIL", length = 255)
    protected String detail;
}
