package com.loyaltykpi.broadleaf.schema;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** LK_OFFER_RULE: the offer policy's rules, in order. */
@Entity
@Table(name = "LK_OFFER_RULE")
public class OfferRuleTable {

    @Id
    @Column(name = "RULE_POSITION")
    protected int position;

    @Column(name = "GROUP_CODE", length = 32, nullable = false)
    protected String groupCode;

    @Column(name = "SEGMENT", length = 16, nullable = false)
    protected String segment;

    @Column(name = "AUDIENCE", length = 16, nullable = false)
    protected String audience;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    protected String currency;

    @Column(name = "MIN_VALUE", precision = 19, scale = 5)
    protected BigDecimal minValue;

    @Column(name = "MAX_VALUE", precision = 19, scale = 5)
    protected BigDecimal maxValue;
}
