package io.shinrai.hospital;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a requirement profile as {@code shinrai-profile/1} YAML, so that a hospital's edited copy can be kept as
 * text and read back by {@link ProfileReader}, which is also how an edited profile is checked against its catalogue.
 * Items that share a rule are written as one override; every text is double-quoted, so that no value is taken for a
 * number or a boolean. Comments of the file a profile was read from are not kept.
 */
public final class ProfileWriter {

    public String write(RequirementProfile profile) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("format: ").append(ProfileReader.FORMAT).append('\n');
        yaml.append("id: ").append(quoted(profile.id())).append('\n');
        yaml.append("version: ").append(quoted(profile.version())).append('\n');
        yaml.append("title: ").append(localized(profile.title())).append('\n');
        yaml.append("description: ").append(localized(profile.description())).append('\n');
        yaml.append("catalogue: ").append(reference(profile.catalogueId(), profile.catalogueVersion())).append('\n');
        if (profile.basedOn() != null) {
            yaml.append("basedOn: ").append(reference(profile.basedOn().id(), profile.basedOn().version()))
                    .append('\n');
        }
        yaml.append("default:\n");
        rule(yaml, "  ", profile.defaultRule());
        if (!profile.overrides().isEmpty()) {
            yaml.append("overrides:\n");
            refsByRule(profile.overrides()).forEach((rule, refs) -> {
                yaml.append("  - refs: ").append(list(refs)).append('\n');
                rule(yaml, "    ", rule);
            });
        }
        return yaml.toString();
    }

    /** Groups the refs that share a rule, in the order the profile first names them. */
    private static Map<AnswerRule, List<String>> refsByRule(Map<String, AnswerRule> overrides) {
        Map<AnswerRule, List<String>> refsByRule = new LinkedHashMap<>();
        overrides.forEach((ref, rule) -> refsByRule.computeIfAbsent(rule, any -> new ArrayList<>()).add(ref));
        return refsByRule;
    }

    private static void rule(StringBuilder yaml, String indent, AnswerRule rule) {
        yaml.append(indent).append("acceptable: ").append(answers(rule.acceptable())).append('\n');
        yaml.append(indent).append("riskEvaluation: ").append(answers(rule.riskEvaluation())).append('\n');
    }

    private static String answers(Set<Answer> answers) {
        return list(answers.stream().map(Answer::name).toList());
    }

    private static String list(List<String> values) {
        return "[" + String.join(", ", values.stream().map(ProfileWriter::quoted).toList()) + "]";
    }

    private static String localized(LocalizedText text) {
        return "{ja: " + quoted(text.ja()) + ", en: " + quoted(text.en()) + "}";
    }

    private static String reference(String id, String version) {
        return "{id: " + quoted(id) + ", version: " + quoted(version) + "}";
    }

    /** A YAML double-quoted scalar: backslash, quote, and anything not printable on one line are escaped. */
    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || c == '\ufeff'
                    || Character.isSurrogate(c) && !pairedSurrogate(text, i)) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static boolean pairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
