package app.runaway.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * How a run of a given kind is put together from stretches, with the name the athlete gives it and, for workouts,
 * the plan as they would note it. Intensities are Daniels' shares of VDOT from the running-science reference.
 *
 * @param plan the session written out ("2 km WU, 6x800m @ 3:52/km, 400 m jog, 2 km CD"), or null for plain runs
 */
record RunStructure(String name, List<Stretch> stretches, String plan) {

    private static final int[] REP_METRES = {400, 800, 1000, 1200, 1600};
    // Short reps run faster than interval pace (Daniels' repetition pace); long ones settle just under vVO2max.
    private static final double[] REP_SHARE = {1.04, 1.0, 0.99, 0.985, 0.975};
    // Heart rate lags behind effort and never settles in a short rep.
    private static final double[] REP_HEART_RATE_LAG = {0.92, 0.95, 0.96, 0.97, 0.97};
    private static final double JOG_SHARE = 0.55;

    static RunStructure easy(double metres, double vdot, double vdotShare, String name) {
        return new RunStructure(name, List.of(Stretch.steady(metres, vdot, vdotShare)), null);
    }

    static RunStructure intervals(double metres, double vdot, RandomGenerator random) {
        int kind = random.nextInt(REP_METRES.length);
        int repMetres = REP_METRES[kind];
        // Interval volume at most about 8 % of the week or 10 km (reference): roughly 40-50 % of this session.
        double work = Math.min(10_000, metres * (0.40 + 0.1 * random.nextDouble()));
        int reps = Math.clamp(Math.round(work / repMetres), 4, repMetres == 400 ? 16 : 10);
        double jogMetres = repMetres / 2.0;
        var rep = Stretch.steady(repMetres, vdot, REP_SHARE[kind]);
        rep = new Stretch(rep.metres(), rep.speedMps(), rep.vdotShare(),
                DanielsVdot.heartRateShare(Math.min(1, rep.vdotShare())) * REP_HEART_RATE_LAG[kind]);
        // The jog keeps the heart rate high: it drops only part of the way before the next rep.
        var jog = new Stretch(jogMetres, DanielsVdot.speedAt(vdot, JOG_SHARE), JOG_SHARE, 0.78);
        var stretches = new ArrayList<Stretch>();
        double warmUp = warmUpMetres(metres - reps * repMetres - (reps - 1) * jogMetres);
        stretches.add(Stretch.steady(warmUp, vdot, 0.62));
        for (int i = 0; i < reps; i++) {
            stretches.add(rep);
            if (i < reps - 1) {
                stretches.add(jog);
            }
        }
        stretches.add(Stretch.steady(warmUp, vdot, 0.6));
        var plan = String.format(Locale.ROOT, "%s WU, %dx%dm @ %s, %d m jog, %s CD",
                kilometres(warmUp), reps, repMetres, pace(rep.speedMps()), (int) jogMetres, kilometres(warmUp));
        return new RunStructure(String.format(Locale.ROOT, "Intervals %dx%dm", reps, repMetres), stretches, plan);
    }

    static RunStructure threshold(double metres, double vdot, RandomGenerator random) {
        double share = 0.86 + 0.03 * random.nextDouble();
        var tempoSpeed = DanielsVdot.speedAt(vdot, share);
        // Threshold work at most about 10 % of the week (reference): 15-45 minutes in one session.
        int minutes = (int) Math.clamp(Math.round(metres * 0.45 / tempoSpeed / 60 / 5) * 5, 15, 45);
        var stretches = new ArrayList<Stretch>();
        String name;
        String work;
        double workMetres;
        if (minutes >= 20 && random.nextBoolean()) {
            // Daniels' cruise intervals: threshold reps with a minute's jog between.
            int reps = minutes / 10 + (minutes % 10 == 0 ? 0 : 1);
            int repMinutes = minutes / reps;
            var rep = Stretch.steady(tempoSpeed * repMinutes * 60, vdot, share);
            var jog = Stretch.steady(DanielsVdot.speedAt(vdot, JOG_SHARE) * 60, vdot, JOG_SHARE);
            jog = new Stretch(jog.metres(), jog.speedMps(), JOG_SHARE, 0.82);
            workMetres = reps * rep.metres() + (reps - 1) * jog.metres();
            for (int i = 0; i < reps; i++) {
                stretches.add(rep);
                if (i < reps - 1) {
                    stretches.add(jog);
                }
            }
            name = String.format(Locale.ROOT, "Threshold %dx%dmin", reps, repMinutes);
            work = String.format(Locale.ROOT, "%dx%d min @ %s, 1 min jog", reps, repMinutes, pace(tempoSpeed));
        } else {
            var tempo = Stretch.steady(tempoSpeed * minutes * 60, vdot, share);
            stretches.add(tempo);
            workMetres = tempo.metres();
            name = String.format(Locale.ROOT, "Tempo %d min", minutes);
            work = String.format(Locale.ROOT, "%d min tempo @ %s", minutes, pace(tempoSpeed));
        }
        double warmUp = warmUpMetres(metres - workMetres);
        stretches.addFirst(Stretch.steady(warmUp, vdot, 0.62));
        stretches.add(Stretch.steady(warmUp, vdot, 0.6));
        return new RunStructure(name, stretches,
                String.format(Locale.ROOT, "%s WU, %s, %s CD", kilometres(warmUp), work, kilometres(warmUp)));
    }

    static RunStructure race(Race race, double vdot, RandomGenerator random) {
        // Daniels' prediction from today's VDOT, then a race-day spread of about 1.5 % (weather, course, the day).
        double seconds = DanielsVdot.raceSeconds(vdot, race.distance().metres()) * (1 + 0.015 * random.nextGaussian());
        double speed = race.distance().metres() / seconds;
        // The share of VO2max a runner holds for that long (Daniels & Gilbert) decides how high heart rate sits.
        double share = DanielsVdot.sustainableFraction(seconds / 60);
        // GPS watches over-measure a race course by about 0.5-1.5 %.
        double measured = race.distance().metres() * (1.003 + 0.012 * random.nextDouble());
        var stretch = new Stretch(measured, speed * measured / race.distance().metres(), share,
                Math.min(0.96, DanielsVdot.heartRateShare(share)));
        return new RunStructure(race.name(), List.of(stretch), null);
    }

    double metres() {
        return stretches.stream().mapToDouble(Stretch::metres).sum();
    }

    private static double warmUpMetres(double leftOver) {
        return Math.max(1_500, leftOver / 2);
    }

    private static String kilometres(double metres) {
        return String.format(Locale.ROOT, "%.1f km", metres / 1000);
    }

    static String pace(double speedMps) {
        int secondsPerKm = (int) Math.round(1000 / speedMps);
        return String.format(Locale.ROOT, "%d:%02d/km", secondsPerKm / 60, secondsPerKm % 60);
    }
}
