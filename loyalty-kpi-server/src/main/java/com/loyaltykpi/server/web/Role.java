package com.loyaltykpi.server.web;

/** What an operator may do in the web UI: each role may do what the one before it may. */
public enum Role {
    /** Reads the dashboard, members and answers. */
    VIEWER,
    /** Also exports, imports and rebuilds. */
    ANALYST,
    /** Also manages settings, API keys and operators. */
    ADMINISTRATOR
}
