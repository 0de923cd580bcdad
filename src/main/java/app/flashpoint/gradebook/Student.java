package app.flashpoint.gradebook;

/** A member of a class as the gradebook lists them: the name others see ("Guest" for a guest account). */
record Student(long accountId, String name) {
}
