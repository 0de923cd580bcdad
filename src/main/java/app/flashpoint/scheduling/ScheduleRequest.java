package app.flashpoint.scheduling;

import app.flashpoint.core.fsrs.Review;
import app.flashpoint.core.fsrs.SchedulerSettings;

import java.util.List;

/** A validated playground request: the settings to schedule with and the reviews, in time order. */
record ScheduleRequest(SchedulerSettings settings, List<Review> reviews) {
}
