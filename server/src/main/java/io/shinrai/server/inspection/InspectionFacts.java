package io.shinrai.server.inspection;

import io.shinrai.server.gap.Portfolio;
import io.shinrai.server.web.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The figures at the head of the papers, the same on the summary sheet and in the PDF. */
final class InspectionFacts {

    private InspectionFacts() {
    }

    static List<List<String>> of(InspectionContents contents, Labels labels) {
        Map<Portfolio.Status, Long> byStatus = contents.portfolio().countByStatus();
        List<List<String>> facts = new ArrayList<>();
        facts.add(List.of(labels.get("inspection.hospital"), contents.hospital().name()));
        facts.add(List.of(labels.get("inspection.preparedOn"), contents.preparedOn().toString()));
        facts.add(List.of(labels.get("inspection.responsiblePerson"), contents.responsiblePerson()));
        facts.add(List.of(labels.get("inspection.systems"), String.valueOf(contents.systems().size())));
        facts.add(List.of(labels.get("inspection.criticalSystems"), String.valueOf(contents.systems().stream()
                .filter(system -> system.critical(contents.hospital())).count())));
        facts.add(List.of(labels.get("inspection.disclosuresReceived"), String.valueOf(contents.received().size())));
        for (Portfolio.Status status : Portfolio.Status.values()) {
            facts.add(List.of(labels.get("gap.status." + status), String.valueOf(byStatus.get(status))));
        }
        int gaps = contents.portfolio().rows().stream().mapToInt(Portfolio.Row::gaps).sum();
        int covered = contents.portfolio().rows().stream().mapToInt(Portfolio.Row::covered).sum();
        facts.add(List.of(labels.get("inspection.gaps"), String.valueOf(gaps)));
        facts.add(List.of(labels.get("inspection.gapsEvaluated"), String.valueOf(covered)));
        return facts;
    }
}
