package app.flashpoint.study;

import app.flashpoint.study.Study.Answer;
import app.flashpoint.study.Study.Outcome;
import app.flashpoint.study.Study.Recorded;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Records answers. With group commit on (the default), one writer thread takes every answer that arrived
 * while the previous commit was being synced, records them all in one transaction and only then lets their
 * requests answer: with {@code synchronous=FULL} each sync costs the same for one answer or fifty, so the
 * learners share it, and an acknowledged answer is still on disk. An answer that fails inside a batch
 * (a constraint another instance's write tripped, say) sends the whole batch back through one transaction
 * per answer, so each learner gets their own outcome and nobody's answer is lost with someone else's.
 */
@Singleton
class GroupCommit {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    /** Enough for every learner of a busy instance at once; a bigger batch only delays the first answer in it. */
    static final int MAX_BATCH = 128;

    private record Pending(Answer answer, CompletableFuture<Outcome> done) {
    }

    private final AnswerWriter writer;
    private final StudyCache cache;
    private final boolean enabled;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    GroupCommit(AnswerWriter writer, StudyCache cache, @Value("${flashpoint.study.group-commit:true}") boolean enabled) {
        this.writer = writer;
        this.cache = cache;
        this.enabled = enabled;
        this.thread = enabled ? new Thread(this::run, "study-group-commit") : null;
        if (thread != null) {
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Records {@code answer} and returns once it is committed (or was refused). */
    Outcome record(Answer answer) {
        if (!enabled) {
            return applied(writer.alone(answer));
        }
        var pending = new Pending(answer, new CompletableFuture<>());
        queue.add(pending);
        if (!running) {
            pending.done.completeExceptionally(new IllegalStateException("shutting down"));
        }
        try {
            return pending.done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the answer was being committed", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private void run() {
        var batch = new ArrayList<Pending>(MAX_BATCH);
        while (running) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            commit(batch);
            batch.clear();
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.done.completeExceptionally(new IllegalStateException("shutting down"));
        }
    }

    private void commit(List<Pending> batch) {
        List<Outcome> results;
        try {
            results = writer.record(batch.stream().map(Pending::answer).toList());
        } catch (RuntimeException e) {
            LOG.debug("batch of {} answers failed ({}); recording them one by one", batch.size(), e.toString());
            for (Pending p : batch) {
                try {
                    p.done.complete(applied(writer.alone(p.answer)));
                } catch (RuntimeException one) {
                    p.done.completeExceptionally(one);
                }
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done.complete(applied(results.get(i)));
        }
    }

    /** A committed answer reaches the cached queue only now, so a rolled-back one never does. */
    private Outcome applied(Outcome outcome) {
        if (outcome.recorded() == Recorded.RECORDED) {
            cache.recorded(outcome.state(), outcome.log(), outcome.buried(), outcome.leech(), outcome.version());
        }
        return outcome;
    }

    @PreDestroy
    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
