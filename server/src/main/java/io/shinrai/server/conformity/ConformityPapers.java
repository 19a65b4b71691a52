package io.shinrai.server.conformity;

import io.shinrai.catalog.Item;
import io.shinrai.catalog.Section;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.web.DisplayTime;
import io.shinrai.server.web.Labels;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The conformity evidence of a version on paper: a workbook for the quality department and a PDF summary. Both
 * say the same things in the same words, which are put together here.
 */
@Component
class ConformityPapers {

    private final MessageSource messages;
    private final DisplayTime displayTime;

    ConformityPapers(MessageSource messages, DisplayTime displayTime) {
        this.messages = messages;
        this.displayTime = displayTime;
    }

    /** A file of the papers with the name it is downloaded under. */
    record Paper(String fileName, byte[] content) {
    }

    Paper workbook(Organisation maker, VersionConformity conformity, LocalDate preparedOn, Locale locale)
            throws IOException {
        Labels labels = new Labels(messages, locale);
        return new Paper(fileName(conformity, preparedOn, labels) + ".xlsx",
                ConformityWorkbook.write(new Contents(maker, conformity, preparedOn, labels, displayTime)));
    }

    Paper summary(Organisation maker, VersionConformity conformity, LocalDate preparedOn, Locale locale)
            throws IOException {
        Labels labels = new Labels(messages, locale);
        return new Paper(fileName(conformity, preparedOn, labels) + ".pdf",
                ConformitySummaryPdf.write(new Contents(maker, conformity, preparedOn, labels, displayTime)));
    }

    private static String fileName(VersionConformity conformity, LocalDate preparedOn, Labels labels) {
        return labels.get("conformity.fileName", conformity.product().name(), conformity.version().version(),
                preparedOn.toString().replace("-", ""));
    }

    /** What the papers show, in the words of one language. */
    record Contents(Organisation maker, VersionConformity conformity, LocalDate preparedOn, Labels labels,
                    DisplayTime displayTime) {

        String title() {
            return labels.get("conformity.paperTitle");
        }

        /** The head of the papers: whose version it is, when it was prepared, and how complete it is. */
        List<List<String>> facts() {
            Progress overall = conformity.progress();
            List<List<String>> facts = new ArrayList<>();
            facts.add(List.of(labels.get("conformity.maker"), maker.name()));
            facts.add(List.of(labels.get("product.name"), conformity.product().name()));
            facts.add(List.of(labels.get("product.version"), conformity.version().version()));
            facts.add(List.of(labels.get("conformity.catalogue"), conformity.catalogue().title().in(labels.locale())));
            facts.add(List.of(labels.get("conformity.preparedOn"), preparedOn.toString()));
            facts.add(List.of(labels.get("conformity.completeness"), completeness(overall)));
            if (overall.carriedOver() > 0) {
                facts.add(List.of(labels.get("conformity.unconfirmed"), String.valueOf(overall.carriedOver())));
            }
            facts.add(List.of(labels.get("conformity.sbom"), conformity.sbom() == null ? labels.get("conformity.noSbom")
                    : labels.get("conformity.sbomEvidence", conformity.sbom().fileName(),
                    conformity.sbom().components(), displayTime.format(conformity.sbom().importedAt()))));
            return facts;
        }

        String completeness(Progress progress) {
            return labels.get("conformity.completenessOf", progress.settled(), progress.total(), progress.percent());
        }

        String status(Item item) {
            return labels.get(conformity.activity(item.ref()).status().label());
        }

        String evidence(Item item) {
            return conformity.evidenceFor(item.ref()).stream().map(Evidence::written)
                    .collect(Collectors.joining("\n"));
        }

        String section(Section section) {
            return section.title().in(labels.locale());
        }
    }
}
