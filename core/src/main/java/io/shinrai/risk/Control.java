package io.shinrai.risk;

/**
 * A control a row relies on: an ISO/IEC 27001:2022 Annex A control, or an item of a disclosure catalogue, such as the
 * remote-service SDS item that states the vendor does it.
 */
public sealed interface Control permits Control.AnnexAControl, Control.DisclosureItem {

    /** As written in files and workbooks: {@code 8.5} for Annex A, {@code rss-sds:3.2} for a disclosure item. */
    String text();

    static Control parse(String text) {
        String written = text.strip();
        int colon = written.indexOf(':');
        return colon < 0 ? new AnnexAControl(written)
                : new DisclosureItem(written.substring(0, colon).strip(), written.substring(colon + 1).strip());
    }

    record AnnexAControl(String id) implements Control {

        @Override
        public String text() {
            return id;
        }
    }

    record DisclosureItem(String catalogue, String ref) implements Control {

        @Override
        public String text() {
            return catalogue + ":" + ref;
        }
    }
}
