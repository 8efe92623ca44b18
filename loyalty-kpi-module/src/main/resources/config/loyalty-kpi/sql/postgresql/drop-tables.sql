-- Loyalty KPI module: uninstall on PostgreSQL 12+. Removes the module's tables and everything it recorded.
-- Remove the module from patchConfigLocation first, so that nothing writes to them any more.
DROP TABLE LK_ORDER_FACT;
DROP TABLE LK_CAPTURE_SKIP;
DROP TABLE LK_MEMBERSHIP;
DROP TABLE LK_JOB_STATE;
DROP TABLE LK_FACT_CHANGE;
DROP TABLE LK_ROLLUP;
DROP TABLE LK_CUSTOMER_PERIOD;
DROP TABLE LK_SETTING;
DROP TABLE LK_LOCK;
