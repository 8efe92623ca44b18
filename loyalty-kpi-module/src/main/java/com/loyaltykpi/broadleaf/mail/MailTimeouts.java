package com.loyaltykpi.broadleaf.mail;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.Properties;

/**
 * Gives the shop's mail sender connect, read and write timeouts where it has none: JavaMail waits forever by
 * default, so a mail server that accepts the connection and never answers would hold a survey wave (and any other
 * mail of the shop) for good. Timeouts the shop set itself are kept.
 */
public class MailTimeouts implements BeanPostProcessor {

    private static final String[] PROTOCOLS = {"smtp", "smtps"};
    private static final String[] TIMEOUTS = {"connectiontimeout", "timeout", "writetimeout"};

    private final String millis;

    /** @param millis each timeout, in milliseconds (at least 1) */
    public MailTimeouts(int millis) {
        this.millis = String.valueOf(Math.max(1, millis));
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JavaMailSenderImpl) {
            Properties properties = ((JavaMailSenderImpl) bean).getJavaMailProperties();
            for (String protocol : PROTOCOLS) {
                for (String timeout : TIMEOUTS) {
                    String key = "mail." + protocol + "." + timeout;
                    if (properties.getProperty(key) == null) {
                        properties.setProperty(key, millis);
                    }
                }
            }
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean;
    }
}
