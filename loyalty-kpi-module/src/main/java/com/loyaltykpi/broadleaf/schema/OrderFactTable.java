package com.loyaltykpi.broadleaf.schema;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** LK_ORDER_FACT: one row per submitted order (see docs/KPIS.md, order fact). Instants are epoch milliseconds. */
@Entity
@Table(name = "LK_ORDER_FACT")
public class OrderFactTable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    protected Long id;

    @Column(name = "ORIGIN", length = 16, nullable = false)
    protected String origin;

    @Column(name = "ORDER_ID", length = 64, nullable = false)
    protected String orderId;

    @Column(name = "ORDER_NUMBER", length = 255)
    protected String orderNumber;

    @Column(name = "CUSTOMER_ID", length = 64)
    protected String customerId;

    @Column(name = "SUBMITTED_AT", nullable = false)
    protected long submittedAt;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    protected String currency;

    @Column(name = "REVENUE", precision = 19, scale = 5, nullable = false)
    protected BigDecimal revenue;

    @Column(name = "COST", precision = 19, scale = 5, nullable = false)
    protected BigDecimal cost;

    @Column(name = "COST_KNOWN_REVENUE", precision = 19, scale = 5, nullable = false)
    protected BigDecimal costKnownRevenue;

    @Column(name = "IS_MEMBER", nullable = false)
    protected boolean member;

    @Column(name = "STATUS", length = 16, nullable = false)
    protected String status;

    @Column(name = "CANCELLED_AT")
    protected Long cancelledAt;

    @Column(name = "RECORDED_AT", nullable = false)
    protected long recordedAt;

    @Column(name = "DISCOUNT", precision = 19, scale = 5)
    protected BigDecimal discount;
}
