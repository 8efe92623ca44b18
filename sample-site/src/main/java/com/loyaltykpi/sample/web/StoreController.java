package com.loyaltykpi.sample.web;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/** The shop window: the home page with every category's products, and a product's page. */
@Controller
public class StoreController {

    @Resource(name = "blCatalogService")
    private CatalogService catalog;

    @RequestMapping(value = "/", method = RequestMethod.GET)
    public String home(Model model) {
        Map<Category, List<Product>> shelves = new LinkedHashMap<Category, List<Product>>();
        for (Category category : catalog.findAllCategories()) {
            List<Product> products = catalog.findActiveProductsByCategory(category);
            if (!products.isEmpty()) {
                shelves.put(category, products);
            }
        }
        model.addAttribute("shelves", shelves);
        return "catalog/home";
    }

    @RequestMapping(value = "/product/{id}", method = RequestMethod.GET)
    public String product(@PathVariable("id") String id, Model model, HttpServletResponse response) {
        Product product = id.matches("\\d{1,18}") ? catalog.findProductById(Long.valueOf(id)) : null;
        if (product == null || !product.isActive()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "catalog/missing";
        }
        model.addAttribute("product", product);
        return "catalog/product";
    }
}
