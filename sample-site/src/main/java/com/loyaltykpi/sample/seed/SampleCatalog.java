package com.loyaltykpi.sample.seed;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryImpl;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXref;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXrefImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.domain.SkuAttribute;
import org.broadleafcommerce.core.catalog.domain.SkuAttributeImpl;
import org.broadleafcommerce.core.catalog.domain.SkuImpl;
import org.broadleafcommerce.core.catalog.service.CatalogService;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * The sample shop's catalog: a coffee roaster's three categories, each product with a price and a cost (the SKU
 * attribute "cost" the module reads, so margins are real). Written through Broadleaf's catalog service.
 */
public final class SampleCatalog {

    /** One product of the catalog: its category, name, price and cost (the same figures in dollars and euros). */
    public static final class Item {
        final String category;
        final String name;
        final BigDecimal price;
        final BigDecimal cost;

        Item(String category, String name, String price, String cost) {
            this.category = category;
            this.name = name;
            this.price = new BigDecimal(price);
            this.cost = new BigDecimal(cost);
        }
    }

    public static final List<Item> ITEMS = Collections.unmodifiableList(Arrays.asList(
            new Item("Coffee", "Espresso Roma 1 kg", "24.90", "13.10"),
            new Item("Coffee", "Colombia Huila 500 g", "16.50", "8.70"),
            new Item("Coffee", "Ethiopia Yirgacheffe 250 g", "12.90", "6.20"),
            new Item("Coffee", "Decaf Swiss Water 500 g", "15.90", "8.90"),
            new Item("Tea", "Darjeeling First Flush 100 g", "11.50", "5.10"),
            new Item("Tea", "Sencha Kyoto 100 g", "9.90", "4.30"),
            new Item("Tea", "Earl Grey Classic 250 g", "8.90", "3.60"),
            new Item("Equipment", "Moka Pot 6 cups", "34.00", "19.50"),
            new Item("Equipment", "Burr Grinder", "89.00", "54.00"),
            new Item("Equipment", "Pour-over Kettle", "49.00", "27.80"),
            new Item("Equipment", "Milk Frother", "29.00", "15.40")));

    private final CatalogService catalog;

    public SampleCatalog(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** Creates the categories and products (call inside a transaction). */
    public void create() {
        Date yesterday = new Date(System.currentTimeMillis() - 24L * 3600 * 1000);
        List<Category> categories = new ArrayList<Category>();
        for (Item item : ITEMS) {
            Category category = categoryNamed(categories, item.category, yesterday);
            Sku sku = new SkuImpl();
            sku.setName(item.name);
            sku.setRetailPrice(new Money(item.price));
            sku.setActiveStartDate(yesterday);
            sku.setDiscountable(true);
            SkuAttribute cost = new SkuAttributeImpl();
            cost.setName("cost");
            cost.setValue(item.cost.toPlainString());
            cost.setSku(sku);
            sku.getSkuAttributes().put("cost", cost);
            sku = catalog.saveSku(sku);
            Product product = new ProductImpl();
            product.setDefaultSku(sku);
            product.setActiveStartDate(yesterday);
            product.setDefaultCategory(category);
            product = catalog.saveProduct(product);
            CategoryProductXref xref = new CategoryProductXrefImpl();
            xref.setCategory(category);
            xref.setProduct(product);
            xref.setDisplayOrder(BigDecimal.valueOf(category.getAllProductXrefs().size()));
            category.getAllProductXrefs().add(xref);
            catalog.saveCategory(category);
        }
    }

    private Category categoryNamed(List<Category> categories, String name, Date activeFrom) {
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).getName().equals(name)) {
                return categories.get(i);
            }
        }
        Category category = new CategoryImpl();
        category.setName(name);
        category.setUrl("/" + name.toLowerCase(java.util.Locale.ROOT));
        category.setActiveStartDate(activeFrom);
        category = catalog.saveCategory(category);
        categories.add(category);
        return category;
    }
}
