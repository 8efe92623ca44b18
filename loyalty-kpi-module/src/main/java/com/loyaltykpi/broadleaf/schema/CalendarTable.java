package com.loyaltykpi.broadleaf.schema;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** LK_CALENDAR: each UTC quarter hour's business day, week, month, quarter and year in the shop's time zone. */
@Entity
@Table(name = "LK_CALENDAR")
public class CalendarTable {

    @Id
    @Column(name = "SLOT_NO")
    protected Long slotNo;

    @Temporal(TemporalType.DATE)
    @Column(name = "DAY_START", nullable = false)
    protected Date dayStart;

    @Temporal(TemporalType.DATE)
    @Column(name = "WEEK_START", nullable = false)
    protected Date weekStart;

    @Temporal(TemporalType.DATE)
    @Column(name = "MONTH_START", nullable = false)
    protected Date monthStart;

    @Temporal(TemporalType.DATE)
    @Column(name = "QUARTER_START", nullable = false)
    protected Date quarterStart;

    @Temporal(TemporalType.DATE)
    @Column(name = "YEAR_START", nullable = false)
    protected Date yearStart;
}
