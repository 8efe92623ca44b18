package com.loyaltykpi.server.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

/**
 * The UI's language: the browser's (English, Italian, German), or the one chosen with ?lang= for the session. The
 * pages shared with the Broadleaf admin come from the core jar: their templates (loyalty_screens/templates/) and
 * their script, styles and Chart.js under /loyalty-assets/, the addresses the admin serves them at. So do the survey
 * pages shared with the storefront: their templates (webTemplates/loyalty-kpi/) and their stylesheet under
 * /loyalty/static/; and their e-mail (emailTemplates/loyalty-kpi/).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        return new SessionLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor byParameter = new LocaleChangeInterceptor();
        byParameter.setParamName("lang");
        registry.addInterceptor(byParameter);
    }

    @Bean
    ITemplateResolver lkSharedTemplates() {
        return fromCoreJar("loyalty_screens/templates/", null, 1);
    }

    @Bean
    ITemplateResolver lkSurveyTemplates() {
        return fromCoreJar("webTemplates/", "loyalty-kpi/*", 2);
    }

    @Bean
    ITemplateResolver lkSurveyMailTemplates() {
        return fromCoreJar("emailTemplates/", "loyalty-kpi/*", 3);
    }

    /** Templates in the core jar under this folder (those of this pattern only, when given), before Boot's own. */
    private static ITemplateResolver fromCoreJar(String folder, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(folder);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (pattern != null) {
            resolver.setResolvablePatterns(Set.of(pattern));
        }
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/loyalty-assets/chart.js/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/chart.js/4.5.1/dist/");
        registry.addResourceHandler("/loyalty-assets/**").addResourceLocations("classpath:/loyalty_screens/assets/");
        registry.addResourceHandler("/loyalty/static/**").addResourceLocations("classpath:/loyalty-kpi-static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)));
    }
}
