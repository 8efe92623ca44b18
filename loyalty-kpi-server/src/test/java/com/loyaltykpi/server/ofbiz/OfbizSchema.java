package com.loyaltykpi.server.ofbiz;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The subset of OFBiz's tables the connector reads, created as OFBiz's entity engine creates them from its entity
 * definitions (applications/datamodel/entitydef/order-entitymodel.xml and party-entitymodel.xml of
 * apache/ofbiz-framework): every field of OrderHeader, OrderItem, OrderAdjustment, OrderRole, OrderStatus and
 * PartyClassification and PartyAttribute with its declared type, the column names OFBiz
 * derives from field names (orderItemSeqId: ORDER_ITEM_SEQ_ID), the four stamp fields the entity engine adds to every
 * entity, the types of framework/entity/fieldtype/fieldtypepostgres.xml and fieldtypederby.xml, and the primary keys.
 * Tested against the schema, not a running OFBiz.
 */
final class OfbizSchema {

    enum Dialect {
        POSTGRESQL("TIMESTAMPTZ"), DERBY("TIMESTAMP");

        final String dateTime;

        Dialect(String dateTime) {
            this.dateTime = dateTime;
        }

        String type(String fieldType) {
            return switch (fieldType) {
                case "id", "id-ne" -> "VARCHAR(20)";
                case "id-long" -> "VARCHAR(60)";
                case "id-vlong" -> "VARCHAR(255)";
                case "indicator" -> "CHAR(1)";
                case "date-time" -> dateTime;
                case "currency-amount" -> "NUMERIC(18,2)";
                case "currency-precise" -> "NUMERIC(18,3)";
                case "fixed-point" -> "NUMERIC(18,6)";
                case "floating-point" -> this == POSTGRESQL ? "FLOAT8" : "DOUBLE";
                case "numeric" -> "NUMERIC(20,0)";
                case "name" -> "VARCHAR(100)";
                case "description", "comment", "long-varchar", "value" -> "VARCHAR(255)";
                case "short-varchar" -> "VARCHAR(60)";
                default -> throw new IllegalArgumentException("no field type " + fieldType);
            };
        }
    }

    /** entity: fields as "name type", the primary key fields last after "|". */
    private static final Map<String, String> ENTITIES = new LinkedHashMap<>();

    static {
        ENTITIES.put("OrderHeader", "orderId id, orderTypeId id, orderName name, externalId id, salesChannelEnumId id, "
                + "orderDate date-time, priority indicator, entryDate date-time, pickSheetPrintedDate date-time, "
                + "visitId id, statusId id, createdBy id-vlong, firstAttemptOrderId id, currencyUom id, "
                + "syncStatusId id, billingAccountId id, originFacilityId id, webSiteId id, productStoreId id, "
                + "agreementId id, terminalId id-long, transactionId id-long, autoOrderShoppingListId id, "
                + "needsInventoryIssuance indicator, isRushOrder indicator, internalCode id-long, "
                + "remainingSubTotal currency-amount, grandTotal currency-amount, isViewed indicator, "
                + "invoicePerShipment indicator | orderId");
        ENTITIES.put("OrderItem", "orderId id, orderItemSeqId id, externalId id, orderItemTypeId id, "
                + "orderItemGroupSeqId id, isItemGroupPrimary indicator, fromInventoryItemId id, budgetId id, "
                + "budgetItemSeqId id, productId id, supplierProductId id-long, productFeatureId id, prodCatalogId id, "
                + "productCategoryId id, isPromo indicator, quoteId id, quoteItemSeqId id, shoppingListId id, "
                + "shoppingListItemSeqId id, subscriptionId id, deploymentId id, quantity fixed-point, "
                + "cancelQuantity fixed-point, selectedAmount fixed-point, unitPrice currency-precise, "
                + "unitListPrice currency-precise, unitAverageCost currency-amount, unitRecurringPrice currency-amount, "
                + "isModifiedPrice indicator, recurringFreqUomId id, itemDescription description, comments comment, "
                + "correspondingPoId id, statusId id, syncStatusId id, estimatedShipDate date-time, "
                + "estimatedDeliveryDate date-time, autoCancelDate date-time, dontCancelSetDate date-time, "
                + "dontCancelSetUserLogin id-vlong, shipBeforeDate date-time, shipAfterDate date-time, "
                + "cancelBackOrderDate date-time, overrideGlAccountId id, salesOpportunityId id, "
                + "changeByUserLoginId id-vlong | orderId, orderItemSeqId");
        ENTITIES.put("OrderAdjustment", "orderAdjustmentId id, orderAdjustmentTypeId id, orderId id, "
                + "orderItemSeqId id, shipGroupSeqId id, comments comment, description description, "
                + "amount currency-precise, recurringAmount currency-precise, amountAlreadyIncluded currency-precise, "
                + "productPromoId id, productPromoRuleId id, productPromoActionSeqId id, productFeatureId id, "
                + "correspondingProductId id, taxAuthorityRateSeqId id, sourceReferenceId id-long, "
                + "sourcePercentage fixed-point, customerReferenceId id-long, primaryGeoId id, secondaryGeoId id, "
                + "exemptAmount currency-amount, taxAuthGeoId id, taxAuthPartyId id, overrideGlAccountId id, "
                + "includeInTax indicator, includeInShipping indicator, isManual indicator, createdDate date-time, "
                + "createdByUserLogin id-vlong, lastModifiedDate date-time, lastModifiedByUserLogin id-vlong, "
                + "originalAdjustmentId id, AMOUNT_PER_QUANTITY currency-amount, PERCENTAGE floating-point "
                + "| orderAdjustmentId");
        // party-entitymodel.xml
        ENTITIES.put("PartyClassification", "partyId id, partyClassificationGroupId id, fromDate date-time, "
                + "thruDate date-time | partyId, partyClassificationGroupId, fromDate");
        ENTITIES.put("PartyAttribute", "partyId id, attrName id-long, attrValue value, attrDescription description "
                + "| partyId, attrName");
        ENTITIES.put("OrderRole", "orderId id, partyId id, roleTypeId id | orderId, partyId, roleTypeId");
        ENTITIES.put("OrderStatus", "orderStatusId id, statusId id, orderId id, orderItemSeqId id, "
                + "orderPaymentPreferenceId id, statusDatetime date-time, statusUserLogin id-vlong, "
                + "changeReason description | orderStatusId");
    }

    /** The stamp fields OFBiz's entity engine adds to every entity. */
    private static final String STAMPS = "lastUpdatedStamp date-time, lastUpdatedTxStamp date-time, "
            + "createdStamp date-time, createdTxStamp date-time";

    private OfbizSchema() {
    }

    static void create(JdbcTemplate jdbc, Dialect dialect) {
        for (Map.Entry<String, String> entity : ENTITIES.entrySet()) {
            String table = column(entity.getKey());
            String[] parts = entity.getValue().split("\\|");
            List<String> columns = new ArrayList<>();
            for (String field : (parts[0].trim() + ", " + STAMPS).split(",\\s*")) {
                String[] nameType = field.trim().split("\\s+");
                columns.add(column(nameType[0]) + " " + dialect.type(nameType[1]));
            }
            List<String> key = new ArrayList<>();
            for (String field : parts[1].split(",")) {
                key.add(column(field.trim()));
            }
            jdbc.execute("CREATE TABLE " + table + " (" + String.join(", ", columns) + ", CONSTRAINT PK_" + table
                    + " PRIMARY KEY (" + String.join(", ", key) + "))");
            // the entity engine's indexes on the transaction stamps of every entity
            jdbc.execute("CREATE INDEX " + table + "_TXSTMP ON " + table + " (LAST_UPDATED_TX_STAMP)");
            jdbc.execute("CREATE INDEX " + table + "_TXCRTS ON " + table + " (CREATED_TX_STAMP)");
        }
        jdbc.execute("CREATE INDEX ORDER_ITEM_HDR ON ORDER_ITEM (ORDER_ID)");
        jdbc.execute("CREATE INDEX ORDER_ADJ_OHEAD ON ORDER_ADJUSTMENT (ORDER_ID)");
    }

    /** OFBiz's column name of a field: camelCase to UPPER_SNAKE (names given in upper case are col-name overrides). */
    static String column(String field) {
        if (field.equals(field.toUpperCase(Locale.ROOT))) {
            return field;
        }
        return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
