package com.loyaltykpi.server.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

/**
 * The UI's language: the browser's (English, Italian, German), or the one chosen with ?lang= for the session. The
 * pages shared with the Broadleaf admin come from the core jar: their templates (loyalty_screens/templates/) and
 * their script, styles and Chart.js under /loyalty-assets/, the addresses the admin serves them at.
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
        ClassLoaderTemplateResolver shared = new ClassLoaderTemplateResolver();
        shared.setPrefix("loyalty_screens/templates/");
        shared.setSuffix(".html");
        shared.setTemplateMode(TemplateMode.HTML);
        shared.setCharacterEncoding(StandardCharsets.UTF_8.name());
        shared.setCheckExistence(true);
        shared.setOrder(1);
        return shared;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/loyalty-assets/chart.js/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/chart.js/4.5.1/dist/");
        registry.addResourceHandler("/loyalty-assets/**").addResourceLocations("classpath:/loyalty_screens/assets/");
    }
}
