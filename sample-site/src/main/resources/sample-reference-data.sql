-- What the sample shop needs before its first page, after Broadleaf's admin scripts: two currencies, three
-- languages (each with its currency: the storefront sells in US dollars in English, in euros in Italian and
-- German, at the same figures), the shopper role, and the demo administrator (login admin, password admin;
-- Broadleaf's development encoder is plain text salted with the user id, as in its demo).
INSERT INTO BLC_CURRENCY (CURRENCY_CODE, FRIENDLY_NAME, DEFAULT_FLAG) VALUES ('USD', 'US Dollar', TRUE);
INSERT INTO BLC_CURRENCY (CURRENCY_CODE, FRIENDLY_NAME, DEFAULT_FLAG) VALUES ('EUR', 'Euro', FALSE);
INSERT INTO BLC_LOCALE (LOCALE_CODE, DEFAULT_FLAG, FRIENDLY_NAME, CURRENCY_CODE) VALUES ('en_US', TRUE, 'English', 'USD');
INSERT INTO BLC_LOCALE (LOCALE_CODE, DEFAULT_FLAG, FRIENDLY_NAME, CURRENCY_CODE) VALUES ('it_IT', FALSE, 'Italiano', 'EUR');
INSERT INTO BLC_LOCALE (LOCALE_CODE, DEFAULT_FLAG, FRIENDLY_NAME, CURRENCY_CODE) VALUES ('de_DE', FALSE, 'Deutsch', 'EUR');
INSERT INTO BLC_ROLE (ROLE_ID, ROLE_NAME) VALUES (-1, 'ROLE_USER');
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, EMAIL, LOGIN, NAME, PASSWORD, ACTIVE_STATUS_FLAG) VALUES (-1, 'admin@example.com', 'admin', 'Administrator', 'admin{-1}', TRUE);
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (-1, -1);
