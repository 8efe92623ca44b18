package com.loyaltykpi.broadleaf.schema;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** LK_LOCK: one row per cluster-wide lock, locked for update by the node running the job it guards. */
@Entity
@Table(name = "LK_LOCK")
public class LockTable {

    @Id
    @Column(name = "NAME", length = 64)
    protected String name;
}
