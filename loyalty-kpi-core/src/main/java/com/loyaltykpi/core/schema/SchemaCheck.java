package com.loyaltykpi.core.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What a schema check found: indexes it had to create, and problems it could not solve. */
public final class SchemaCheck {

    private final List<String> created;
    private final List<String> problems;

    SchemaCheck(List<String> created, List<String> problems) {
        this.created = Collections.unmodifiableList(new ArrayList<String>(created));
        this.problems = Collections.unmodifiableList(new ArrayList<String>(problems));
    }

    public List<String> created() {
        return created;
    }

    public List<String> problems() {
        return problems;
    }
}
