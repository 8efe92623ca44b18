package com.loyaltykpi.broadleaf.schema;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** LK_BEHAVIOUR_FIT: the shop's BG/NBD and Gamma-Gamma fit per currency, or why it was refused; its honest check. */
@Entity
@Table(name = "LK_BEHAVIOUR_FIT")
public class BehaviourFitTable {

    @Id
    @Column(name = "CURRENCY", length = 3, nullable = false)
    protected String currency;

    @Column(name = "CUSTOMERS", nullable = false)
    protected int customers;

    @Column(name = "REPEAT_CUSTOMERS", nullable = false)
    protected int repeatCustomers;

    @Column(name = "BG_R", precision = 24, scale = 10)
    protected BigDecimal r;

    @Column(name = "BG_ALPHA", precision = 24, scale = 10)
    protected BigDecimal alpha;

    @Column(name = "BG_A", precision = 24, scale = 10)
    protected BigDecimal a;

    @Column(name = "BG_B", precision = 24, scale = 10)
    protected BigDecimal b;

    @Column(name = "BG_LOG_LIKELIHOOD", precision = 24, scale = 6)
    protected BigDecimal logLikelihood;

    @Column(name = "GG_P", precision = 24, scale = 10)
    protected BigDecimal p;

    @Column(name = "GG_Q", precision = 24, scale = 10)
    protected BigDecimal q;

    @Column(name = "GG_GAMMA", precision = 24, scale = 10)
    protected BigDecimal gamma;

    @Column(name = "REFUSAL", length = 500)
    protected String refusal;

    @Column(name = "CHECK_TRUSTED", nullable = false)
    protected boolean checkTrusted;

    @Column(name = "CHECK_MAE", precision = 19, scale = 5)
    protected BigDecimal checkMeanAbsoluteError;

    @Column(name = "CHECK_REASON", length = 500)
    protected String checkReason;

    @Column(name = "COMPUTED_AT", nullable = false)
    protected long computedAt;
}
