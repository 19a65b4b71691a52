package io.shinrai.bench;

import io.shinrai.server.gap.Gaps;
import io.shinrai.server.gap.SystemGaps;
import io.shinrai.server.inventory.InventorySystem;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.organisation.Organisations.Settings;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * How long {@link Gaps#portfolio} takes for the seeded hospital, in the server's JVM and with nobody else asking:
 * as seeded, and after a change of the profiles that apply. Nothing is stored, so the first computation after the
 * change is the whole cost of recomputing; the warm median of several runs is given beside it.
 *
 * <p>The change is the one the server offers today: the hospital stops being a 特定機能病院, so its
 * critical-infrastructure systems move from the stricter profile to the guideline 7.0 default. The flag is set
 * back afterwards.
 */
final class PortfolioRecompute {

    private static final int WARM_UPS = 3;
    private static final int RUNS = 7;

    private final Gaps gaps;
    private final Organisations organisations;
    private final PrintStream out;

    PortfolioRecompute(ApplicationContext server, PrintStream out) {
        gaps = server.getBean(Gaps.class);
        organisations = server.getBean(Organisations.class);
        this.out = out;
    }

    void run(Organisation hospital) {
        out.println("Portfolio recompute (Gaps.portfolio, in process, " + RUNS + " runs after " + WARM_UPS
                + " warm-ups):");
        measure("as seeded", hospital);
        Organisation changed = organisations.update(hospital.id(), new Settings(hospital.name(), false,
                hospital.criticalInfrastructure(), hospital.requireTwoFactor()));
        try {
            measure("after the change (no longer 特定機能病院)", changed);
        } finally {
            organisations.update(hospital.id(), new Settings(hospital.name(), hospital.advancedTreatmentHospital(),
                    hospital.criticalInfrastructure(), hospital.requireTwoFactor()));
        }
    }

    private void measure(String state, Organisation hospital) {
        long start = System.nanoTime();
        Map<InventorySystem, List<SystemGaps>> first = gaps.portfolio(hospital.id());
        double firstMillis = (System.nanoTime() - start) / 1e6;
        for (int run = 1; run < WARM_UPS; run++) {
            gaps.portfolio(hospital.id());
        }
        double[] millis = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            start = System.nanoTime();
            gaps.portfolio(hospital.id());
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        long critical = first.keySet().stream().filter(system -> system.critical(hospital)).count();
        long gapCount = first.values().stream().flatMap(List::stream)
                .mapToLong(disclosure -> disclosure.report().gaps().size()).sum();
        out.printf(Locale.ROOT, "  %-42s first %8.1f ms, median %8.1f ms (min %.1f, max %.1f); %d systems,"
                        + " %d on the critical-infrastructure profile, %d gaps%n", state, firstMillis,
                millis[RUNS / 2], millis[0], millis[RUNS - 1], first.size(), critical, gapCount);
    }
}
