package app.flashpoint.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A person using Flashpoint. A guest has neither username nor password until it signs up. A deleted account
 * has neither either, but is no guest: the row stays so that class grades keep an anonymous line.
 */
@MappedEntity("account")
record AccountRow(@Id @GeneratedValue @Nullable Long id, @Nullable String username, @Nullable String passwordHash,
                  String role, boolean guest, long createdAt) {
    static final String STUDENT = "student";
    static final String INSTRUCTOR = "instructor";
    static final String ADMIN = "admin";

    String displayName() {
        return guest ? "Guest" : deleted() ? "Deleted account" : username;
    }

    boolean deleted() {
        return !guest && username == null;
    }
}
