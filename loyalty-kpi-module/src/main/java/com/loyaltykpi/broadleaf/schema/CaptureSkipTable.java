package com.loyaltykpi.broadleaf.schema;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** LK_CAPTURE_SKIP: orders deliberately not recorded, and why. */
@Entity
@Table(name = "LK_CAPTURE_SKIP")
public class CaptureSkipTable {

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

    @Column(name = "REASON", length = 255, nullable = false)
    protected String reason;

    @Column(name = "SKIPPED_AT", nullable = false)
    protected long skippedAt;
}
