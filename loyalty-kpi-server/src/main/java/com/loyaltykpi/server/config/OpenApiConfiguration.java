package com.loyaltykpi.server.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /v3/api-docs (and browsable at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI lkOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Loyalty KPI server").version("v1")
                        .description("Feed orders and memberships of a shop, a till system or a platform; read the "
                                + "loyalty program's KPIs. Every call needs an API key (Authorization: Bearer <key>)."))
                .components(new Components().addSecuritySchemes("apiKey", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("a key issued with: java -jar loyalty-kpi-server.jar api-key create <source>")));
    }
}
