/**
 * The module's tables declared as JPA entities of Broadleaf's blPU, so that Broadleaf's schema generation
 * (hbm2ddl) creates them where the shop lets Hibernate manage its schema. The module itself reads and writes
 * these tables with SQL (idempotent inserts, batches, aggregates); production installs run the DDL that the core
 * jar ships in {@code config/loyalty-kpi/sql/}, which a test checks against these mappings on every supported
 * database.
 * Unique keys and indexes are not declared here: {@link com.loyaltykpi.core.schema.SchemaGuard} owns them,
 * because Hibernate 4.1's hbm2ddl "update" would create the tables without their composite unique keys.
 */
package com.loyaltykpi.broadleaf.schema;
