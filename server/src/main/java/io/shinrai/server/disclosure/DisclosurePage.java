package io.shinrai.server.disclosure;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.Section;
import io.shinrai.disclosure.DisclosureCheck;
import io.shinrai.crypto.SignedContainer;
import io.shinrai.disclosure.file.DisclosureFormat;
import io.shinrai.server.signing.SigningKeys;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the page and the downloads of a disclosure need, for its publisher, for the hospitals it is shared with and
 * for whoever holds a link to it.
 */
@Component
public class DisclosurePage {

    private final Disclosures disclosures;
    private final SigningKeys signingKeys;

    DisclosurePage(Disclosures disclosures, SigningKeys signingKeys) {
        this.disclosures = disclosures;
        this.signingKeys = signingKeys;
    }

    /**
     * Fills the model of templates/disclosure/show.html, read-only; {@code basePath} is where its links lead. The
     * publisher's page then allows what the caller's role allows.
     */
    public void describe(Model model, StoredDisclosure stored, String sectionId, String basePath) {
        Catalogue catalogue = disclosures.catalogueOf(stored);
        Section shown = catalogue.sections().stream().filter(candidate -> candidate.id().equals(sectionId))
                .findFirst().orElse(catalogue.sections().get(0));
        DisclosureCheck check = new DisclosureCheck(catalogue);
        model.addAttribute("stored", stored);
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("section", shown);
        model.addAttribute("asked", new HashSet<>(stored.document().askedItems(catalogue)));
        model.addAttribute("progress", check.progress(stored.document()));
        model.addAttribute("findings", check.findings(stored.document()));
        model.addAttribute("basePath", basePath);
        model.addAttribute("editable", false);
        model.addAttribute("canPublish", false);
        model.addAttribute("canRevise", false);
        model.addAttribute("canShare", false);
        model.addAttribute("others", List.of());
        model.addAttribute("signable", !stored.isDraft() && signingKeys.certificate(stored.organisationId())
                .filter(certificate -> !certificate.expired()).isPresent());
    }

    /**
     * The disclosure as a file; {@code signed}, a published revision comes in a signed container made with its
     * publisher's key, whoever downloads it.
     */
    public ResponseEntity<byte[]> download(StoredDisclosure stored, String format, boolean signed) throws IOException {
        DisclosureFormat chosen = Arrays.stream(DisclosureFormat.values())
                .filter(candidate -> candidate.name().equalsIgnoreCase(format)).findFirst()
                .orElseThrow(NotFoundException::new);
        if (chosen == DisclosureFormat.MDS2
                && !stored.document().catalogueId().equals(DisclosureFormat.MDS2_CATALOGUE)) {
            throw new NotFoundException();
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        chosen.write(stored.document(), disclosures.catalogueOf(stored), file);
        String name = stored.document().documentId() + "-r" + stored.revision() + "." + chosen.extension();
        if (!signed) {
            return attachment(name, chosen.mediaType(), file.toByteArray());
        }
        if (stored.isDraft()) {
            throw new ConflictException("signing.draft");
        }
        SignedContainer container = signingKeys.sign(stored.organisationId(), name, file.toByteArray());
        return attachment(name + ".signed.zip", SignedContainer.MEDIA_TYPE, container.toBytes());
    }

    static ResponseEntity<byte[]> attachment(String name, String mediaType, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
