package app.flashpoint.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One failed sign-in, counted against an account or a client address. */
@MappedEntity("login_failure")
record LoginFailureRow(@Id @GeneratedValue @Nullable Long id, String throttleKey, long failedAt) {
}
