package com.loyaltykpi.broadleaf.schema;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** LK_FACT_CHANGE: fact changes the rollups have not applied yet, with the figures of the fact at that time. */
@Entity
@Table(name = "LK_FACT_CHANGE")
public class FactChangeTable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    protected Long id;

    @Column(name = "ORIGIN", length = 16, nullable = false)
    protected String origin;

    @Column(name = "ORDER_ID", length = 64, nullable = false)
    protected String orderId;

    @Column(name = "CHANGE_SIGN", nullable = false)
    protected int changeSign;

    @Column(name = "CUSTOMER_ID", length = 64)
    protected String customerId;

    @Column(name = "SUBMITTED_AT", nullable = false)
    protected long submittedAt;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    protected String currency;

    @Column(name = "IS_MEMBER", nullable = false)
    protected boolean member;

    @Column(name = "REVENUE", precision = 19, scale = 5, nullable = false)
    protected BigDecimal revenue;

    @Column(name = "COST", precision = 19, scale = 5, nullable = false)
    protected BigDecimal cost;

    @Column(name = "COST_KNOWN_REVENUE", precision = 19, scale = 5, nullable = false)
    protected BigDecimal costKnownRevenue;

    @Column(name = "CHANGED_AT", nullable = false)
    protected long changedAt;
}
