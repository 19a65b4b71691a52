package io.shinrai.server.exposure;

import io.shinrai.disclosure.excel.SheetText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Where a product version is installed: the systems of hospitals' ledgers that name its vendor on the platform and
 * its product and version as the hospital writes them (full-width, spacing and case aside).
 */
@Component
class Installations {

    private final ExposureRepository repository;

    Installations(ExposureRepository repository) {
        this.repository = repository;
    }

    /** The version's names, and the systems it is installed as, per hospital. */
    record Installed(String product, String version, Map<UUID, List<ExposureRepository.LedgerLine>> byHospital) {
    }

    Optional<Installed> of(UUID versionId) {
        return repository.version(versionId).map(version -> {
            String product = SheetText.key(version.product());
            String number = SheetText.key(version.version());
            Map<UUID, List<ExposureRepository.LedgerLine>> byHospital = new LinkedHashMap<>();
            for (ExposureRepository.LedgerLine line : repository.systemsOfVendor(version.vendorId())) {
                if (SheetText.key(line.product()).equals(product) && SheetText.key(line.version()).equals(number)) {
                    byHospital.computeIfAbsent(line.hospitalId(), id -> new ArrayList<>()).add(line);
                }
            }
            return new Installed(version.product(), version.version(), byHospital);
        });
    }
}
