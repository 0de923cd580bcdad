package app.flashpoint.core.fsrs;

import java.time.LocalDate;

/** How many review cards are already due on a day of the learner's calendar, for the load balancer. */
@FunctionalInterface
public interface DueLoad {
    int dueOn(LocalDate day);
}
