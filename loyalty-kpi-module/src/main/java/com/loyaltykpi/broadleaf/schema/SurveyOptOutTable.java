package com.loyaltykpi.broadleaf.schema;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** LK_SURVEY_OPT_OUT: customers who asked not to be invited to surveys again. */
@Entity
@Table(name = "LK_SURVEY_OPT_OUT")
public class SurveyOptOutTable {

    @Id
    @Column(name = "CUSTOMER_ID", length = 64, nullable = false)
    protected String customerId;

    @Column(name = "OPTED_OUT_AT", nullable = false)
    protected long optedOutAt;
}
