package app.runaway.coach.evidence;

/** One failed check, with the figures that failed it in the runner's words ("moving time 19:53 is 58 % of ..."). */
public record Finding(Check check, String detail) {
}
