package io.shinrai.vuln;

import java.util.Locale;

/** One attribute of a CPE name (NISTIR 7695): ANY, NA, or a value that may start or end with wildcards. */
public sealed interface CpeValue {

    CpeRelation relationTo(CpeValue target);

    /** {@code *} as a whole attribute: any value, or none. */
    record Any() implements CpeValue {
        @Override
        public CpeRelation relationTo(CpeValue target) {
            return target instanceof Any ? CpeRelation.EQUAL : CpeRelation.SUPERSET;
        }

        @Override
        public String toString() {
            return "*";
        }
    }

    /** {@code -}: the attribute does not apply. */
    record NotApplicable() implements CpeValue {
        @Override
        public CpeRelation relationTo(CpeValue target) {
            if (target instanceof Any) {
                return CpeRelation.SUBSET;
            }
            return target instanceof NotApplicable ? CpeRelation.EQUAL : CpeRelation.DISJOINT;
        }

        @Override
        public String toString() {
            return "-";
        }
    }

    /**
     * A value: its literal characters (unquoted, lower case, since CPE comparison ignores case) between an optional
     * leading and trailing wildcard, each {@code *} or a run of {@code ?}.
     */
    record Text(String prefix, String literal, String suffix) implements CpeValue {

        public Text {
            literal = literal.toLowerCase(Locale.ROOT);
        }

        boolean hasWildcards() {
            return !prefix.isEmpty() || !suffix.isEmpty();
        }

        @Override
        public CpeRelation relationTo(CpeValue target) {
            if (target instanceof Any) {
                return CpeRelation.SUBSET;
            }
            if (!(target instanceof Text text)) {
                return CpeRelation.DISJOINT;
            }
            if (text.hasWildcards()) {
                return CpeRelation.UNDEFINED;
            }
            if (!hasWildcards()) {
                return literal.equals(text.literal) ? CpeRelation.EQUAL : CpeRelation.DISJOINT;
            }
            return matchesWildcards(text.literal) ? CpeRelation.SUPERSET : CpeRelation.DISJOINT;
        }

        /**
         * NISTIR 7696's string match: {@code *} stands for any number of characters, a run of n {@code ?} for at
         * most n, at the start or the end of the value.
         */
        private boolean matchesWildcards(String value) {
            int begins = prefix.equals("*") ? -1 : prefix.length();
            int ends = suffix.equals("*") ? -1 : suffix.length();
            for (int index = value.indexOf(literal); index >= 0; index = value.indexOf(literal, index + 1)) {
                if (begins != -1 && index > begins) {
                    return false;
                }
                int leftover = value.length() - index - literal.length();
                if (ends == -1 || leftover <= ends) {
                    return true;
                }
                if (index == value.length()) {
                    return false;
                }
            }
            return false;
        }

        /** As a formatted string writes it: characters other than letters, digits, _ . and - quoted. */
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(prefix);
            for (char c : literal.toCharArray()) {
                if (!Character.isLetterOrDigit(c) && c != '_' && c != '.' && c != '-') {
                    text.append('\\');
                }
                text.append(c);
            }
            return text.append(suffix).toString();
        }
    }
}
