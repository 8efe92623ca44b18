package com.loyaltykpi.broadleaf.schema;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** LK_SURVEY_TOKEN: survey link tokens, stored as their SHA-256 only. */
@Entity
@Table(name = "LK_SURVEY_TOKEN")
public class SurveyTokenTable {

    @Id
    @Column(name = "TOKEN_HASH", length = 64)
    protected String tokenHash;

    @Column(name = "INVITATION_ID", nullable = false)
    protected long invitationId;

    @Column(name = "CHANNEL", length = 8, nullable = false)
    protected String channel;

    @Column(name = "CREATED_AT", nullable = false)
    protected long createdAt;
}
