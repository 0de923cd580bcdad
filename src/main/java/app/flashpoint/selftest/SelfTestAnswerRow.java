package app.flashpoint.selftest;

import app.flashpoint.quiz.ResponseCodec;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The learner's answer to question {@code number}; {@code response} is the JSON of {@link ResponseCodec}. */
@MappedEntity("self_test_answer")
record SelfTestAnswerRow(@Id @GeneratedValue @Nullable Long id, long selfTestId, int number, String response,
                         String mark, double score, long answeredAt) {
}
