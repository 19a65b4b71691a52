package io.shinrai.vuln;

import java.util.ArrayList;
import java.util.List;

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
