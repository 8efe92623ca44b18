package com.loyaltykpi.broadleaf.schema;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** LK_OFFER_ASSIGNMENT: each customer's spells in an offer group, targeted or held out. */
@Entity
@Table(name = "LK_OFFER_ASSIGNMENT")
public class OfferAssignmentTable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID", length = 64, nullable = false)
    protected String customerId;

    @Column(name = "GROUP_CODE", length = 32, nullable = false)
    protected String groupCode;

    @Column(name = "HELD_OUT", nullable = false)
    protected boolean heldOut;

    @Column(name = "FROM_AT", nullable = false)
    protected long fromAt;

    @Column(name = "TO_AT")
    protected Long toAt;

    @Column(name = "PUBLISHED", nullable = false)
    protected boolean published;
}
