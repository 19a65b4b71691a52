package io.shinrai.vuln;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A CPE 2.3 name read from its formatted string ({@code cpe:2.3:part:vendor:product:version:...}, NISTIR 7695
 * section 6.2): eleven attributes, a backslash quoting the character after it, {@code *} and {@code ?} wildcards
 * allowed only at the start or end of a value.
 */
public record Cpe(List<CpeValue> attributes) {

    public static final int ATTRIBUTES = 11;
    static final int VENDOR = 1;
    static final int PRODUCT = 2;
    static final int VERSION = 3;
    private static final int MAX_LENGTH = 1024;
    private static final String PREFIX = "cpe:2.3:";
    private static final String URI_PREFIX = "cpe:/";

    public Cpe {
        attributes = List.copyOf(attributes);
        if (attributes.size() != ATTRIBUTES) {
            throw new IllegalArgumentException("a CPE 2.3 name has " + ATTRIBUTES + " attributes");
        }
    }

    public static Cpe parse(String formatted) throws InvalidCpeException {
        if (formatted.length() > MAX_LENGTH || !formatted.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw new InvalidCpeException(formatted, "does not start with cpe:2.3:");
        }
        List<CpeValue> values = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        for (int i = PREFIX.length(); i <= formatted.length(); i++) {
            char c = i < formatted.length() ? formatted.charAt(i) : ':';
            if (c == '\\') {
                if (i + 1 >= formatted.length()) {
                    throw new InvalidCpeException(formatted, "ends with a lone backslash");
                }
                raw.append(c).append(formatted.charAt(++i));
            } else if (c == ':') {
                values.add(value(raw.toString(), formatted));
                raw.setLength(0);
            } else {
                raw.append(c);
            }
        }
        if (values.size() != ATTRIBUTES) {
            throw new InvalidCpeException(formatted, "has " + values.size() + " attributes, not " + ATTRIBUTES);
        }
        if (values.get(0) instanceof CpeValue.Text part && !part.hasWildcards()
                && !List.of("a", "o", "h").contains(part.literal())) {
            throw new InvalidCpeException(formatted, "part is not a, o or h");
        }
        return new Cpe(values);
    }

    /**
     * A CPE 2.2 URI ({@code cpe:/a:vendor:product:version}, as JVN writes them) read as the CPE 2.3 name it binds to
     * (NISTIR 7695 section 6.1): absent and empty components are ANY, a packed edition ({@code ~...}) is unpacked, and
     * characters the formatted string quotes are quoted. Nothing is added that the URI does not say.
     */
    public static Cpe fromUri(String uri) throws InvalidCpeException {
        if (uri.length() > MAX_LENGTH || !uri.regionMatches(true, 0, URI_PREFIX, 0, URI_PREFIX.length())) {
            throw new InvalidCpeException(uri, "does not start with cpe:/");
        }
        String[] components = uri.substring(URI_PREFIX.length()).split(":", -1);
        if (components.length > 7) {
            throw new InvalidCpeException(uri, "has more than 7 components");
        }
        String[] formatted = new String[ATTRIBUTES];
        Arrays.fill(formatted, "*");
        for (int i = 0; i < components.length; i++) {
            if (i == 5 && components[i].startsWith("~")) {
                String[] packed = components[i].substring(1).split("~", -1);
                if (packed.length != 5) {
                    throw new InvalidCpeException(uri, "has a packed edition without its five parts");
                }
                int[] into = {5, 7, 8, 9, 10};
                for (int j = 0; j < packed.length; j++) {
                    formatted[into[j]] = formattedValue(packed[j], uri);
                }
            } else {
                formatted[i] = formattedValue(components[i], uri);
            }
        }
        return parse(PREFIX + String.join(":", formatted));
    }

    /** One URI component as the formatted string writes it: percent-decoded, quoted where it must be. */
    private static String formattedValue(String component, String uri) throws InvalidCpeException {
        if (component.isEmpty()) {
            return "*";
        }
        if (component.equals("-")) {
            return "-";
        }
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (c == '%') {
                if (i + 2 >= component.length()) {
                    throw new InvalidCpeException(uri, "has a broken percent-encoding");
                }
                String code = component.substring(i + 1, i + 3).toLowerCase(Locale.ROOT);
                i += 2;
                switch (code) {
                    case "01" -> value.append('?');
                    case "02" -> value.append('*');
                    default -> {
                        try {
                            quoted(value, (char) Integer.parseInt(code, 16));
                        } catch (NumberFormatException malformed) {
                            throw new InvalidCpeException(uri, "has a broken percent-encoding");
                        }
                    }
                }
            } else {
                quoted(value, c);
            }
        }
        return value.toString();
    }

    private static void quoted(StringBuilder value, char c) {
        if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-')) {
            value.append('\\');
        }
        value.append(c);
    }

    /** One attribute as written between the colons, backslashes still in place. */
    private static CpeValue value(String raw, String formatted) throws InvalidCpeException {
        if (raw.equals("*")) {
            return new CpeValue.Any();
        }
        if (raw.equals("-")) {
            return new CpeValue.NotApplicable();
        }
        if (raw.isEmpty()) {
            throw new InvalidCpeException(formatted, "has an empty attribute");
        }
        int start = 0;
        if (raw.charAt(0) == '*') {
            start = 1;
        } else {
            while (start < raw.length() && raw.charAt(start) == '?') {
                start++;
            }
        }
        int end = raw.length();
        if (end > start && raw.charAt(end - 1) == '*' && !quoted(raw, end - 1)) {
            end--;
        } else {
            while (end > start && raw.charAt(end - 1) == '?' && !quoted(raw, end - 1)) {
                end--;
            }
        }
        StringBuilder literal = new StringBuilder();
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                literal.append(raw.charAt(++i));
            } else if (c == '*' || c == '?') {
                throw new InvalidCpeException(formatted, "has a wildcard inside a value");
            } else {
                literal.append(c);
            }
        }
        return new CpeValue.Text(raw.substring(0, start), literal.toString(), raw.substring(end));
    }

    /** Whether the character at {@code at} follows an odd number of backslashes. */
    private static boolean quoted(String raw, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && raw.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    public CpeValue vendor() {
        return attributes.get(VENDOR);
    }

    public CpeValue product() {
        return attributes.get(PRODUCT);
    }

    public CpeValue version() {
        return attributes.get(VERSION);
    }

    /** This name (the source, e.g. an advisory's criterion) against a target, attribute by attribute. */
    public List<CpeRelation> compare(Cpe target) {
        List<CpeRelation> relations = new ArrayList<>(ATTRIBUTES);
        for (int i = 0; i < ATTRIBUTES; i++) {
            relations.add(attributes.get(i).relationTo(target.attributes.get(i)));
        }
        return relations;
    }

    /** NISTIR 7696 table 6-4: the source names the target when every attribute is a superset or equal. */
    public boolean includes(Cpe target) {
        return compare(target).stream().allMatch(r -> r == CpeRelation.SUPERSET || r == CpeRelation.EQUAL);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("cpe:2.3");
        attributes.forEach(value -> text.append(':').append(value));
        return text.toString();
    }
}
