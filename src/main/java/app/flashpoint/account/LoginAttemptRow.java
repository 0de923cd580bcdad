package app.flashpoint.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("login_attempt")
record LoginAttemptRow(@Id @GeneratedValue @Nullable Long id, String throttleKey, long attemptedAt) {
}
