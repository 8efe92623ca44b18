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
    PRIMARY KEY (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE UNIQUE INDEX LK_ORDER_FACT_ORDER ON LK_ORDER_FACT (ORIGIN, ORDER_ID);
CREATE INDEX LK_ORDER_FACT_SUBMITTED ON LK_ORDER_FACT (SUBMITTED_AT);
CREATE INDEX LK_ORDER_FACT_CUSTOMER ON LK_ORDER_FACT (CUSTOMER_ID, SUBMITTED_AT);

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
