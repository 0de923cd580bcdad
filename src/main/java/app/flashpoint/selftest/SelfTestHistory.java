package app.flashpoint.selftest;

import jakarta.inject.Singleton;

import java.util.List;

/** A learner's self-tests, newest first: the list page, and the self-test history of the progress page. */
@Singleton
public class SelfTestHistory {
    private final SelfTestRepository tests;

    SelfTestHistory(SelfTestRepository tests) {
        this.tests = tests;
    }

    public List<HistoryEntry> of(long accountId) {
        return tests.findByAccountIdOrderByStartedAtDesc(accountId).stream().map(HistoryEntry::of).toList();
    }
}
