package com.loyaltykpi.broadleaf.schema;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** LK_ERASURE: what was erased on request (a customer, a guest's order): never enrolled or invited again. */
@Entity
@Table(name = "LK_ERASURE")
public class ErasureTable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    protected Long id;

    @Column(name = "KIND", length = 8, nullable = false)
    protected String kind;

    @Column(name = "ORIGIN", length = 16, nullable = false)
    protected String origin;

    @Column(name = "SUBJECT_ID", length = 64, nullable = false)
    protected String subjectId;

    @Column(name = "ERASED_AT", nullable = false)
    protected long erasedAt;
}
