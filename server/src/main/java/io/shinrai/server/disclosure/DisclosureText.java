package io.shinrai.server.disclosure;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.json.DisclosureJson;
import io.shinrai.disclosure.json.InvalidDisclosureException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/** A disclosure as it is kept in a text column: its shinrai-disclosure/1 JSON. */
@Component
public class DisclosureText {

    private final CatalogueLibrary catalogues;
    private final DisclosureJson json = new DisclosureJson();

    DisclosureText(CatalogueLibrary catalogues) {
        this.catalogues = catalogues;
    }

    public String write(Disclosure document) {
        Catalogue catalogue = catalogues.find(document.catalogueId(), document.catalogueVersion())
                .orElseThrow(() -> new IllegalStateException("unknown catalogue " + document.catalogueId()));
        return new String(json.write(document, catalogue), StandardCharsets.UTF_8);
    }

    /** Reads what was written; {@code row} names the row in the error should the stored text be damaged. */
    public Disclosure read(String text, Object row) {
        try {
            return json.readWritten(text);
        } catch (InvalidDisclosureException e) {
            throw new IllegalStateException("stored disclosure " + row + " is not valid: " + e.getMessage(), e);
        }
    }
}
