package com.loyaltykpi.broadleaf.schema;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** LK_MEMBERSHIP: one row per membership period; OPEN_GUARD allows one open period per customer. */
@Entity
@Table(name = "LK_MEMBERSHIP")
public class MembershipTable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID", length = 64, nullable = false)
    protected String customerId;

    @Column(name = "ENROLLED_AT", nullable = false)
    protected long enrolledAt;

    @Column(name = "LEFT_AT")
    protected Long leftAt;

    @Column(name = "SOURCE", length = 32, nullable = false)
    protected String source;

    @Column(name = "LEFT_THROUGH", length = 32)
    protected String leftThrough;

    @Column(name = "OPEN_GUARD", nullable = false)
    protected long openGuard;
}
