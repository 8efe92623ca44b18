-- Loyalty KPI module: tables for MariaDB 10.3+ / MySQL 5.7+.
-- Run once on install, before the first start with the module, when the shop does not let Hibernate create
-- its schema (blPU.hibernate.hbm2ddl.auto = none or validate). Instants are epoch milliseconds (UTC).
-- The unique keys make every write idempotent; the module checks them at startup (SchemaGuard).

-- One row per submitted order (KPIS.md, order fact), keyed by origin and the platform's order id.
CREATE TABLE LK_ORDER_FACT (
    ID                 BIGINT NOT NULL AUTO_INCREMENT,
    ORIGIN             VARCHAR(16)   NOT NULL,
    ORDER_ID           VARCHAR(64)   NOT NULL,
    ORDER_NUMBER       VARCHAR(255),
    CUSTOMER_ID        VARCHAR(64),
    SUBMITTED_AT       BIGINT        NOT NULL,
    CURRENCY           VARCHAR(3)    NOT NULL,
    REVENUE            DECIMAL(19,5) NOT NULL,
    COST               DECIMAL(19,5) NOT NULL,
    COST_KNOWN_REVENUE DECIMAL(19,5) NOT NULL,
    IS_MEMBER          BOOLEAN       NOT NULL,
    STATUS             VARCHAR(16)   NOT NULL,
    CANCELLED_AT       BIGINT,
    RECORDED_AT        BIGINT        NOT NULL,
    DISCOUNT           DECIMAL(19,5),
    PRIMARY KEY (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE UNIQUE INDEX LK_ORDER_FACT_ORDER ON LK_ORDER_FACT (ORIGIN, ORDER_ID);
CREATE INDEX LK_ORDER_FACT_SUBMITTED ON LK_ORDER_FACT (SUBMITTED_AT, ID);
CREATE INDEX LK_ORDER_FACT_CUSTOMER ON LK_ORDER_FACT (CUSTOMER_ID, SUBMITTED_AT);
CREATE INDEX LK_ORDER_FACT_RECORDED ON LK_ORDER_FACT (RECORDED_AT);
CREATE INDEX LK_ORDER_FACT_CANCELLED ON LK_ORDER_FACT (CANCELLED_AT);

-- Orders deliberately not recorded, with the reason.
CREATE TABLE LK_CAPTURE_SKIP (
    ID                 BIGINT NOT NULL AUTO_INCREMENT,
    ORIGIN             VARCHAR(16)   NOT NULL,
    ORDER_ID           VARCHAR(64)   NOT NULL,
    ORDER_NUMBER       VARCHAR(255),
    REASON             VARCHAR(255)  NOT NULL,
    SKIPPED_AT         BIGINT        NOT NULL,
    PRIMARY KEY (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE UNIQUE INDEX LK_CAPTURE_SKIP_ORDER ON LK_CAPTURE_SKIP (ORIGIN, ORDER_ID);

-- Membership periods. OPEN_GUARD is 0 while a period is open and its ENROLLED_AT once closed: unique with
-- CUSTOMER_ID, it allows one open period per customer.
CREATE TABLE LK_MEMBERSHIP (
    ID                 BIGINT NOT NULL AUTO_INCREMENT,
    CUSTOMER_ID        VARCHAR(64)   NOT NULL,
    ENROLLED_AT        BIGINT        NOT NULL,
    LEFT_AT            BIGINT,
    SOURCE             VARCHAR(32)   NOT NULL,
    LEFT_THROUGH       VARCHAR(32),
    OPEN_GUARD         BIGINT        NOT NULL,
    PRIMARY KEY (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE UNIQUE INDEX LK_MEMBERSHIP_OPEN ON LK_MEMBERSHIP (CUSTOMER_ID, OPEN_GUARD);
CREATE INDEX LK_MEMBERSHIP_ENROLLED ON LK_MEMBERSHIP (ENROLLED_AT);
CREATE INDEX LK_MEMBERSHIP_LEFT ON LK_MEMBERSHIP (LEFT_AT);

-- Latest progress of each background job (backfill, reconciliation).
CREATE TABLE LK_JOB_STATE (
    JOB_NAME           VARCHAR(64)   NOT NULL,
    SINCE_AT           BIGINT        NOT NULL,
    STARTED_AT         BIGINT        NOT NULL,
    CURSOR_VALUE       VARCHAR(255),
    TOTAL_COUNT        BIGINT        NOT NULL,
    DONE_COUNT         BIGINT        NOT NULL,
    RECORDED_COUNT     BIGINT        NOT NULL,
    CANCELLED_COUNT    BIGINT        NOT NULL,
    SKIPPED_COUNT      BIGINT        NOT NULL,
    UNREADABLE_COUNT   BIGINT        NOT NULL,
    UPDATED_AT         BIGINT        NOT NULL,
    FINISHED_AT        BIGINT,
    PRIMARY KEY (JOB_NAME)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Fact changes the rollups have not applied yet (+1 counted in, -1 counted out), with the fact's figures.
CREATE TABLE LK_FACT_CHANGE (
    ID                 BIGINT NOT NULL AUTO_INCREMENT,
    ORIGIN             VARCHAR(16)   NOT NULL,
    ORDER_ID           VARCHAR(64)   NOT NULL,
    CHANGE_SIGN        INTEGER       NOT NULL,
    CUSTOMER_ID        VARCHAR(64),
    SUBMITTED_AT       BIGINT        NOT NULL,
    CURRENCY           VARCHAR(3)    NOT NULL,
    IS_MEMBER          BOOLEAN       NOT NULL,
    REVENUE            DECIMAL(19,5) NOT NULL,
    COST               DECIMAL(19,5) NOT NULL,
    COST_KNOWN_REVENUE DECIMAL(19,5) NOT NULL,
    CHANGED_AT         BIGINT        NOT NULL,
    PRIMARY KEY (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX LK_FACT_CHANGE_CUSTOMER ON LK_FACT_CHANGE (CUSTOMER_ID);

-- Measures per (granularity, period, segment, currency): what the KPI queries read.
CREATE TABLE LK_ROLLUP (
    GRANULARITY        VARCHAR(8)    NOT NULL,
    PERIOD_START       DATE          NOT NULL,
    SEGMENT            VARCHAR(10)   NOT NULL,
    CURRENCY           VARCHAR(3)    NOT NULL,
    ORDERS             BIGINT        NOT NULL,
    GUEST_ORDERS       BIGINT        NOT NULL,
    REVENUE            DECIMAL(19,5) NOT NULL,
    COST               DECIMAL(19,5) NOT NULL,
    COST_KNOWN_REVENUE DECIMAL(19,5) NOT NULL,
    CUSTOMERS          BIGINT        NOT NULL,
    REPEAT_CUSTOMERS   BIGINT        NOT NULL,
    PRIMARY KEY (GRANULARITY, PERIOD_START, SEGMENT, CURRENCY)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Each UTC quarter hour (SLOT_NO = SUBMITTED_AT / 900000) with its business day and periods in the shop's time zone.
CREATE TABLE LK_CALENDAR (
    SLOT_NO            BIGINT        NOT NULL,
    DAY_START          DATE          NOT NULL,
    WEEK_START         DATE          NOT NULL,
    MONTH_START        DATE          NOT NULL,
    QUARTER_START      DATE          NOT NULL,
    YEAR_START         DATE          NOT NULL,
    PRIMARY KEY (SLOT_NO)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Settings shared by every node.
CREATE TABLE LK_SETTING (
    NAME               VARCHAR(64)   NOT NULL,
    SETTING_VALUE      VARCHAR(255),
    PRIMARY KEY (NAME)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Cluster-wide locks (the module inserts its rows at startup).
CREATE TABLE LK_LOCK (
    NAME               VARCHAR(64)   NOT NULL,
    PRIMARY KEY (NAME)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Survey invitations: one per order at most (unique ORDER_ORIGIN, ORDER_ID), or one per customer and wave (unique
-- CUSTOMER_ID, WAVE_AT). DELIVERED_AT is negative (minus the instant) while a node is sending the wave e-mail.
-- SEGMENT is the customer's membership when the order was submitted (or when the wave ran).
CREATE TABLE LK_SURVEY_INVITATION (
    ID                 BIGINT NOT NULL AUTO_INCREMENT,
    CUSTOMER_ID        VARCHAR(64),
    ORDER_ORIGIN       VARCHAR(16),
    ORDER_ID           VARCHAR(64),
    CHANNEL            VARCHAR(16)   NOT NULL,
    SEGMENT            VARCHAR(10)   NOT NULL,
    ISSUED_AT          BIGINT        NOT NULL,
    EXPIRES_AT         BIGINT        NOT NULL,
    ANSWERED_AT        BIGINT,
    DELIVERED_AT       BIGINT,
    REMINDED_AT        BIGINT,
    WAVE_AT            BIGINT,
    PRIMARY KEY (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE UNIQUE INDEX LK_SURVEY_INVITATION_ORDER ON LK_SURVEY_INVITATION (ORDER_ORIGIN, ORDER_ID);
CREATE UNIQUE INDEX LK_SURVEY_INVITATION_WAVE ON LK_SURVEY_INVITATION (CUSTOMER_ID, WAVE_AT);
CREATE INDEX LK_SURVEY_INVITATION_CUSTOMER ON LK_SURVEY_INVITATION (CUSTOMER_ID, ISSUED_AT);
CREATE INDEX LK_SURVEY_INVITATION_ISSUED ON LK_SURVEY_INVITATION (ISSUED_AT);

-- Survey link tokens, stored only as their SHA-256 (hex): each opens one invitation.
CREATE TABLE LK_SURVEY_TOKEN (
    TOKEN_HASH         VARCHAR(64)   NOT NULL,
    INVITATION_ID      BIGINT        NOT NULL,
    CHANNEL            VARCHAR(8)    NOT NULL,
    CREATED_AT         BIGINT        NOT NULL,
    PRIMARY KEY (TOKEN_HASH)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Survey answers: one per invitation (unique INVITATION_ID). An anonymised answer has no customer, order or comment;
-- it keeps the currency and value step of its order (the order mix of the weighted index), which name no one.
CREATE TABLE LK_SURVEY_ANSWER (
    ID                 BIGINT NOT NULL AUTO_INCREMENT,
    INVITATION_ID      BIGINT        NOT NULL,
    ANSWERED_AT        BIGINT        NOT NULL,
    CHANNEL            VARCHAR(8)    NOT NULL,
    SEGMENT            VARCHAR(10)   NOT NULL,
    CUSTOMER_ID        VARCHAR(64),
    ORDER_ID           VARCHAR(64),
    SATISFACTION       INTEGER       NOT NULL,
    RECOMMEND          INTEGER,
    COMMENT_TEXT       VARCHAR(10000) CHARACTER SET utf8mb4,
    FOLLOWED_UP_AT     BIGINT,
    ORDER_CURRENCY     VARCHAR(3),
    VALUE_STEP         INTEGER,
    PRIMARY KEY (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE UNIQUE INDEX LK_SURVEY_ANSWER_INVITATION ON LK_SURVEY_ANSWER (INVITATION_ID);
CREATE INDEX LK_SURVEY_ANSWER_ANSWERED ON LK_SURVEY_ANSWER (ANSWERED_AT, ID);
CREATE INDEX LK_SURVEY_ANSWER_CUSTOMER ON LK_SURVEY_ANSWER (CUSTOMER_ID);

-- Invitations and answers the satisfaction rollups have not counted yet.
CREATE TABLE LK_SURVEY_CHANGE (
    ID                 BIGINT NOT NULL AUTO_INCREMENT,
    KIND               VARCHAR(10)   NOT NULL,
    SEGMENT            VARCHAR(10)   NOT NULL,
    HAPPENED_AT        BIGINT        NOT NULL,
    ISSUED_AT          BIGINT        NOT NULL,
    SATISFACTION       INTEGER       NOT NULL,
    RECOMMEND          INTEGER       NOT NULL,
    CHANNEL            VARCHAR(16),
    ORDER_CURRENCY     VARCHAR(3),
    VALUE_STEP         INTEGER,
    PRIMARY KEY (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Satisfaction measures per (granularity, period, segment): invitations by issue date, answers by answer date.
CREATE TABLE LK_SURVEY_ROLLUP (
    GRANULARITY          VARCHAR(8)    NOT NULL,
    PERIOD_START         DATE          NOT NULL,
    SEGMENT              VARCHAR(10)   NOT NULL,
    INVITATIONS          BIGINT        NOT NULL,
    ANSWERED_INVITATIONS BIGINT        NOT NULL,
    ANSWERS              BIGINT        NOT NULL,
    SATISFACTION_SUM     BIGINT        NOT NULL,
    SATISFACTION_SQUARES BIGINT        NOT NULL,
    SATISFIED            BIGINT        NOT NULL,
    RECOMMEND_ANSWERS    BIGINT        NOT NULL,
    PROMOTERS            BIGINT        NOT NULL,
    DETRACTORS           BIGINT        NOT NULL,
    WAVE_INVITATIONS     BIGINT        DEFAULT 0 NOT NULL,
    WAVE_ANSWERED        BIGINT        DEFAULT 0 NOT NULL,
    PRIMARY KEY (GRANULARITY, PERIOD_START, SEGMENT)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Customers who asked not to be invited to surveys again (the link in every survey e-mail).
CREATE TABLE LK_SURVEY_OPT_OUT (
    CUSTOMER_ID        VARCHAR(64)   NOT NULL,
    OPTED_OUT_AT       BIGINT        NOT NULL,
    PRIMARY KEY (CUSTOMER_ID)
);

-- What was erased on request (a customer's id, or a guest order's key): never enrolled or invited to a survey again.
CREATE TABLE LK_ERASURE (
    ID                 BIGINT NOT NULL AUTO_INCREMENT,
    KIND               VARCHAR(8)    NOT NULL,
    ORIGIN             VARCHAR(16)   NOT NULL,
    SUBJECT_ID         VARCHAR(64)   NOT NULL,
    ERASED_AT          BIGINT        NOT NULL,
    PRIMARY KEY (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE UNIQUE INDEX LK_ERASURE_SUBJECT ON LK_ERASURE (KIND, ORIGIN, SUBJECT_ID);

-- Who did what and when: the admin user's name and at most a customer id, no other personal data.
CREATE TABLE LK_AUDIT_EVENT (
    ID                 BIGINT NOT NULL AUTO_INCREMENT,
    HAPPENED_AT        BIGINT        NOT NULL,
    ACTOR              VARCHAR(255)  NOT NULL,
    ACTION             VARCHAR(32)   NOT NULL,
    CUSTOMER_ID        VARCHAR(64),
    DETAIL             VARCHAR(255),
    PRIMARY KEY (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX LK_AUDIT_EVENT_HAPPENED ON LK_AUDIT_EVENT (HAPPENED_AT, ID);

-- Follow-ups of unhappy answers (satisfaction 1-2 or recommendation 0-6): one per answered invitation; the operators'
-- alert e-mail (ALERTED_AT: null not sent, minus an instant while a node sends it, an instant once sent), and
-- what an operator did and when they closed it.
CREATE TABLE LK_SURVEY_FOLLOW_UP (
    ID                 BIGINT NOT NULL AUTO_INCREMENT,
    INVITATION_ID      BIGINT        NOT NULL,
    SEGMENT            VARCHAR(10)   NOT NULL,
    OPENED_AT          BIGINT        NOT NULL,
    ALERTED_AT         BIGINT,
    ALERT_ATTEMPTS     INTEGER       DEFAULT 0 NOT NULL,
    ALERT_PROBLEM      VARCHAR(200),
    CLOSED_AT          BIGINT,
    CLOSED_BY          VARCHAR(255),
    NOTE_TEXT          VARCHAR(2000) CHARACTER SET utf8mb4,
    PRIMARY KEY (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE UNIQUE INDEX LK_SURVEY_FOLLOW_UP_INVITATION ON LK_SURVEY_FOLLOW_UP (INVITATION_ID);
CREATE INDEX LK_SURVEY_FOLLOW_UP_OPENED ON LK_SURVEY_FOLLOW_UP (OPENED_AT);
CREATE INDEX LK_SURVEY_FOLLOW_UP_CLOSED ON LK_SURVEY_FOLLOW_UP (CLOSED_AT);

-- The order mix: per (granularity, period, segment, currency, order-value step), the submitted orders (SOURCE
-- 'ORDER') and the answers about orders with their satisfaction sums (SOURCE 'ANSWER'), for the weighted index.
CREATE TABLE LK_MIX_ROLLUP (
    GRANULARITY        VARCHAR(8)    NOT NULL,
    PERIOD_START       DATE          NOT NULL,
    SEGMENT            VARCHAR(10)   NOT NULL,
    CURRENCY           VARCHAR(3)    NOT NULL,
    VALUE_STEP         INTEGER       NOT NULL,
    SOURCE             VARCHAR(8)    NOT NULL,
    ITEMS              BIGINT        NOT NULL,
    SCORE_SUM          BIGINT        NOT NULL,
    SCORE_SQUARES      BIGINT        NOT NULL,
    PRIMARY KEY (SOURCE, GRANULARITY, PERIOD_START, SEGMENT, CURRENCY, VALUE_STEP)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The behaviour model of each registered customer per currency (docs/CUSTOMERS.md): recency, frequency and monetary
-- scores against the shop's customers, the segment, the purchases, the days since the last one and, where the shop's
-- fit succeeded, the probability of being active and the purchases, spend per purchase and value expected in the next
-- 52 weeks. Recomputed whole by the behaviour job; an erased customer has no row.
CREATE TABLE LK_CUSTOMER_MODEL (
    CUSTOMER_ID        VARCHAR(64)   NOT NULL,
    CURRENCY           VARCHAR(3)    NOT NULL,
    RECENCY_SCORE      INTEGER       NOT NULL,
    FREQUENCY_SCORE    INTEGER       NOT NULL,
    MONETARY_SCORE     INTEGER       NOT NULL,
    SEGMENT            VARCHAR(16)   NOT NULL,
    PURCHASES          INTEGER       NOT NULL,
    RECENCY_DAYS       INTEGER       NOT NULL,
    P_ACTIVE           DECIMAL(19,5),
    EXPECTED_PURCHASES DECIMAL(19,5),
    EXPECTED_SPEND     DECIMAL(19,5),
    PREDICTED_VALUE    DECIMAL(19,5),
    COMPUTED_AT        BIGINT        NOT NULL,
    PRIMARY KEY (CUSTOMER_ID, CURRENCY)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX LK_CUSTOMER_MODEL_SEGMENT ON LK_CUSTOMER_MODEL (CURRENCY, SEGMENT);

-- The shop's fit per currency: customers and repeat customers it rests on, BG/NBD's and Gamma-Gamma's parameters
-- (null where refused, with the reason), and the honest check on the last six months: whether the predictions may
-- be shown, the mean absolute error per customer, and why not.
CREATE TABLE LK_BEHAVIOUR_FIT (
    CURRENCY           VARCHAR(3)    NOT NULL,
    CUSTOMERS          INTEGER       NOT NULL,
    REPEAT_CUSTOMERS   INTEGER       NOT NULL,
    BG_R               DECIMAL(24,10),
    BG_ALPHA           DECIMAL(24,10),
    BG_A               DECIMAL(24,10),
    BG_B               DECIMAL(24,10),
    BG_LOG_LIKELIHOOD  DECIMAL(24,6),
    GG_P               DECIMAL(24,10),
    GG_Q               DECIMAL(24,10),
    GG_GAMMA           DECIMAL(24,10),
    REFUSAL            VARCHAR(500),
    CHECK_TRUSTED      BOOLEAN       NOT NULL,
    CHECK_MAE          DECIMAL(19,5),
    CHECK_REASON       VARCHAR(500),
    COMPUTED_AT        BIGINT        NOT NULL,
    PRIMARY KEY (CURRENCY)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The honest check per currency and frequency class (repeat purchases before the last six months, 7: seven or more):
-- customers, and the purchases per customer predicted for and made in the last six months.
CREATE TABLE LK_BEHAVIOUR_CHECK (
    CURRENCY           VARCHAR(3)    NOT NULL,
    REPEAT_PURCHASES   INTEGER       NOT NULL,
    CUSTOMERS          INTEGER       NOT NULL,
    PREDICTED          DECIMAL(19,5) NOT NULL,
    ACTUAL             DECIMAL(19,5) NOT NULL,
    PRIMARY KEY (CURRENCY, REPEAT_PURCHASES)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The behaviour model's segments per currency: customers, and, where the fit succeeded, the sum of their predicted
-- value and the mean probability of being active (replaced by each computation).
CREATE TABLE LK_BEHAVIOUR_SEGMENT (
    CURRENCY           VARCHAR(3)    NOT NULL,
    SEGMENT            VARCHAR(16)   NOT NULL,
    CUSTOMERS          INTEGER       NOT NULL,
    PREDICTED_VALUE    DECIMAL(19,5),
    P_ACTIVE           DECIMAL(19,5),
    PRIMARY KEY (CURRENCY, SEGMENT)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The quintile cut points of the latest behaviour models, per currency and score (R, F, M): a customer whose orders
-- changed since is scored alone against them (replaced by each computation).
CREATE TABLE LK_BEHAVIOUR_CUT (
    CURRENCY           VARCHAR(3)    NOT NULL,
    SCORE              VARCHAR(1)    NOT NULL,
    CUT_1              DOUBLE        NOT NULL,
    CUT_2              DOUBLE        NOT NULL,
    CUT_3              DOUBLE        NOT NULL,
    CUT_4              DOUBLE        NOT NULL,
    PRIMARY KEY (CURRENCY, SCORE)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The offer policy, edited in the settings: rules in order, each naming the offer group of the customers of one
-- segment and audience in one currency, optionally within a range of predicted value (docs/CUSTOMERS.md).
CREATE TABLE LK_OFFER_RULE (
    RULE_POSITION      INTEGER       NOT NULL,
    GROUP_CODE         VARCHAR(32)   NOT NULL,
    SEGMENT            VARCHAR(16)   NOT NULL,
    AUDIENCE           VARCHAR(16)   NOT NULL,
    CURRENCY           VARCHAR(3)    NOT NULL,
    MIN_VALUE          DECIMAL(19,5),
    MAX_VALUE          DECIMAL(19,5),
    PRIMARY KEY (RULE_POSITION)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Each customer's spells in an offer group: targeted or held out (drawn once per spell), from and to (null while
-- current), and whether the platform has been told the customer's current group.
CREATE TABLE LK_OFFER_ASSIGNMENT (
    ID                 BIGINT NOT NULL AUTO_INCREMENT,
    CUSTOMER_ID        VARCHAR(64)   NOT NULL,
    GROUP_CODE         VARCHAR(32)   NOT NULL,
    HELD_OUT           BOOLEAN       NOT NULL,
    FROM_AT            BIGINT        NOT NULL,
    TO_AT              BIGINT,
    PUBLISHED          BOOLEAN       NOT NULL,
    PRIMARY KEY (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX LK_OFFER_ASSIGNMENT_CUSTOMER ON LK_OFFER_ASSIGNMENT (CUSTOMER_ID, TO_AT);
CREATE INDEX LK_OFFER_ASSIGNMENT_PUBLISHED ON LK_OFFER_ASSIGNMENT (PUBLISHED);

-- Retention cohorts, replaced by each computation: per kind (FIRST_ORDER: customers by the month of their first
-- order, members or not at that order; ENROLMENT: members by the month they enrolled), the cohort's customers and how
-- many of them bought in each of the 12 months after the cohort's month (counts only, no customer).
CREATE TABLE LK_COHORT (
    KIND               VARCHAR(16)   NOT NULL,
    COHORT_MONTH       VARCHAR(7)    NOT NULL,
    SEGMENT            VARCHAR(10)   NOT NULL,
    CUSTOMERS          INTEGER       NOT NULL,
    ACTIVE_1           INTEGER       NOT NULL,
    ACTIVE_2           INTEGER       NOT NULL,
    ACTIVE_3           INTEGER       NOT NULL,
    ACTIVE_4           INTEGER       NOT NULL,
    ACTIVE_5           INTEGER       NOT NULL,
    ACTIVE_6           INTEGER       NOT NULL,
    ACTIVE_7           INTEGER       NOT NULL,
    ACTIVE_8           INTEGER       NOT NULL,
    ACTIVE_9           INTEGER       NOT NULL,
    ACTIVE_10          INTEGER       NOT NULL,
    ACTIVE_11          INTEGER       NOT NULL,
    ACTIVE_12          INTEGER       NOT NULL,
    PRIMARY KEY (KIND, COHORT_MONTH, SEGMENT)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
