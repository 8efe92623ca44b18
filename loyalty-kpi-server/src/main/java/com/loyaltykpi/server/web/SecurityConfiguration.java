package com.loyaltykpi.server.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what. The API, its description and the health and metrics endpoints are for machines: no session,
 * no CSRF (a key, not a cookie, proves the caller; ApiKeyFilter checks it). Everything else is the operators' web UI:
 * signed in, CSRF on every form, the data screen for analysts; settings, API keys and changes to members for
 * administrators. The survey pages are the shop's customers': no sign-in, CSRF on their forms. (Commands run without a
 * web server, and without these.)
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain lkMachines(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain lkOperators(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/loyalty-assets/**", "/loyalty/static/**").permitAll()
                        .requestMatchers("/loyalty/survey/**").permitAll()
                        .requestMatchers("/keys/**", "/loyalty-settings/**", "/loyalty-members/*/data.json")
                        .hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers(HttpMethod.POST, "/loyalty-members/**").hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers("/loyalty-data/**", "/loyalty-answers/export", "/loyalty-customers/cohorts.csv")
                        .hasRole(Role.ANALYST.name())
                        .requestMatchers("/loyalty-answers/erase-guest").hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers(HttpMethod.POST, "/loyalty-follow-ups/**").hasRole(Role.ANALYST.name())
                        .anyRequest().authenticated())
                // the survey pages check their forms' token themselves (SurveyPageController)
                .csrf(csrf -> csrf.ignoringRequestMatchers("/loyalty/survey/**"))
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?out"))
                .build();
    }
}
