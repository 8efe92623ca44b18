-- Loyalty KPI server: its own tables, beside the core's (created at startup when missing).

-- API keys of the sources that feed the server (a shop, a till system): only a SHA-256 hash of each key is kept;
-- PREFIX (the key's first characters) lets an operator tell keys apart. REVOKED_AT set: the key is refused.
CREATE TABLE LK_API_KEY (
    ID                 BIGSERIAL NOT NULL,
    SOURCE             VARCHAR(16)   NOT NULL,
    LABEL              VARCHAR(100)  NOT NULL,
    KEY_HASH           VARCHAR(64)   NOT NULL,
    PREFIX             VARCHAR(12)   NOT NULL,
    CREATED_AT         BIGINT        NOT NULL,
    REVOKED_AT         BIGINT,
    PRIMARY KEY (ID)
);
CREATE UNIQUE INDEX LK_API_KEY_HASH ON LK_API_KEY (KEY_HASH);

-- Operators of the web UI: a bcrypt hash of each password, never the password; ROLE is VIEWER, ANALYST or ADMINISTRATOR.
CREATE TABLE LK_OPERATOR (
    ID                 BIGSERIAL NOT NULL,
    USERNAME           VARCHAR(64)   NOT NULL,
    PASSWORD_HASH      VARCHAR(100)  NOT NULL,
    ROLE               VARCHAR(16)   NOT NULL,
    CREATED_AT         BIGINT        NOT NULL,
    PRIMARY KEY (ID)
);
CREATE UNIQUE INDEX LK_OPERATOR_USERNAME ON LK_OPERATOR (USERNAME);

-- Customers' e-mail addresses for the survey e-mails (relationship waves, reminders), sent by the shop through the
-- API (PUT /api/v1/customers/{id}/contact); deleted when the customer is erased, included in the access export.
-- LANGUAGE is the e-mail's language (en, it or de; null: loyalty.survey.mail-language).
CREATE TABLE LK_CONTACT (
    CUSTOMER_ID        VARCHAR(64)   NOT NULL,
    EMAIL              VARCHAR(254)  NOT NULL,
    LANGUAGE           VARCHAR(8),
    UPDATED_AT         BIGINT        NOT NULL,
    PRIMARY KEY (CUSTOMER_ID)
);
