package app.tropa.journal;

import app.tropa.http.Problem;

import java.time.LocalDate;
import java.util.Map;

/** Checks a new letter: a body, and exactly one condition that is not met yet. */
public final class LetterRules {

    private LetterRules() {
    }

    public record Checked(String body, LocalDate openOn, Seal seal) {
    }

    public static Checked check(JournalJson.LetterInput in, Seal.Now now) {
        if (in == null) {
            throw Problem.badRequest("missing-body", "Send a JSON body such as "
                    + "{\"body\":\"Dear future me…\",\"openOn\":\"2027-06-01\"}.", Map.of("field", "body"));
        }
        String body = EntryRules.body(in.body());
        boolean hasDay = in.openOn() != null && !in.openOn().isBlank();
        boolean hasMilestone = in.openWhen() != null && !in.openWhen().isBlank();
        if (hasDay && hasMilestone) {
            throw Problem.badRequest("two-conditions", "Give either openOn or openWhen, not both: a letter opens on "
                    + "one condition.", Map.of("field", "openWhen"));
        }
        if (!hasDay && !hasMilestone) {
            throw Problem.badRequest("missing-condition", "openOn is missing: say when the letter opens, with "
                    + "openOn (a day) or openWhen (phase:<id> or node:<id>).", Map.of("field", "openOn"));
        }
        Seal seal = hasDay ? Seal.onDay(EntryRules.date("openOn", in.openOn(), null)) : milestone(in.openWhen(), now);
        if (seal.isMet(now)) {
            throw hasDay
                    ? Problem.badRequest("open-on-not-future", "openOn must be a day after today (" + now.today()
                            + "), or the letter would open at once.", Map.of("field", "openOn"))
                    : Problem.badRequest("milestone-reached", "openWhen '" + in.openWhen() + "' is already "
                            + "reached, so the letter would open at once; choose a later milestone.",
                            Map.of("field", "openWhen"));
        }
        return new Checked(body, seal.type() == Seal.Type.DAY ? seal.day() : null, seal);
    }

    private static Seal milestone(String openWhen, Seal.Now now) {
        Seal seal = Seal.parse(openWhen).orElseThrow(() -> Problem.badRequest("invalid-milestone", "openWhen '"
                + openWhen + "' is not a milestone; write phase:<id> (e.g. phase:integration) or node:<id>.",
                Map.of("field", "openWhen")));
        if (!seal.isKnown(now.curriculum())) {
            String what = seal.type() == Seal.Type.PHASE ? "phase" : "node";
            throw Problem.badRequest("unknown-milestone", "openWhen names the " + what + " '" + seal.id()
                    + "', which is not in the curriculum.", Map.of("field", "openWhen"));
        }
        return seal;
    }
}
