package com.loyaltykpi.server.answers;

import com.loyaltykpi.core.audit.AuditLog;
import com.loyaltykpi.core.comments.CommentAnalysis;
import com.loyaltykpi.core.dashboard.Dashboard;
import com.loyaltykpi.core.privacy.Erasure;
import com.loyaltykpi.core.screens.AnswersPage;
import com.loyaltykpi.core.screens.CustomerDirectory;
import com.loyaltykpi.core.settings.DataVersion;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.core.survey.AnswerStore;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The survey answers screen's services, wired as the Broadleaf admin wires them. */
@Configuration(proxyBeanMethods = false)
class AnswersServices {

    @Bean
    AnswersPage lkAnswersPage(AnswerStore store, ShopTimeZone timeZone, Dashboard dashboard,
                              CustomerDirectory customers, JdbcTemplate jdbc, DataVersion dataVersion, Erasure erasure,
                              AuditLog audit) {
        return new AnswersPage(store, timeZone, dashboard, customers, new CommentAnalysis(jdbc, dataVersion), erasure,
                audit);
    }
}
