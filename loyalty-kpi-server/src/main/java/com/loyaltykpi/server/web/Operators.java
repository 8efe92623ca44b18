package com.loyaltykpi.server.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The operators who sign in to the web UI (LK_OPERATOR): a password is kept only as its hash (bcrypt); a role grants
 * its own authority and those of the roles below it.
 */
@Component
public class Operators implements UserDetailsService {

    static final int MIN_PASSWORD = 12;

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    public Operators(JdbcTemplate jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Passwords as bcrypt hashes (with their algorithm's prefix, so that a later one can be added). */
    @Configuration(proxyBeanMethods = false)
    static class Passwords {
        @Bean
        PasswordEncoder lkPasswordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }
    }

    /** Adds an operator; refuses a taken name, an unknown role or a short password with a message saying so. */
    public void create(String username, String role, String password) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new IllegalArgumentException("the name must be 1 to 64 letters, digits or . _ @ -");
        }
        Role parsed;
        try {
            parsed = Role.valueOf(role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("the role is one of VIEWER, ANALYST, ADMINISTRATOR");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("the password needs at least " + MIN_PASSWORD + " characters");
        }
        try {
            jdbc.update("INSERT INTO LK_OPERATOR (USERNAME, PASSWORD_HASH, ROLE, CREATED_AT) VALUES (?, ?, ?, ?)",
                    username, passwords.encode(password), parsed.name(), clock.instant().toEpochMilli());
        } catch (DuplicateKeyException taken) {
            throw new IllegalArgumentException("there is an operator named " + username + " already");
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        List<UserDetails> found = jdbc.query("SELECT USERNAME, PASSWORD_HASH, ROLE FROM LK_OPERATOR WHERE USERNAME = ?",
                (rs, i) -> User.withUsername(rs.getString(1)).password(rs.getString(2))
                        .authorities(authorities(Role.valueOf(rs.getString(3)))).build(), username);
        if (found.isEmpty()) {
            throw new UsernameNotFoundException("no operator " + username);
        }
        return found.get(0);
    }

    private static List<SimpleGrantedAuthority> authorities(Role role) {
        List<SimpleGrantedAuthority> granted = new ArrayList<>();
        for (Role r : Role.values()) {
            if (r.ordinal() <= role.ordinal()) {
                granted.add(new SimpleGrantedAuthority("ROLE_" + r.name()));
            }
        }
        return granted;
    }
}
