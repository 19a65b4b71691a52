package io.shinrai.hospital;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.AnswerScheme;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.Item;
import io.shinrai.catalog.LocalizedText;
import io.shinrai.hospital.YamlTree.Mapping;
import io.shinrai.hospital.YamlTree.Node;
import io.shinrai.hospital.YamlTree.Scalar;
import io.shinrai.hospital.YamlTree.Sequence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;

/**
 * Reads a requirement profile in the {@code shinrai-profile/1} YAML format (docs/profile-format.md) and checks it
 * against the catalogue it names, so that a mistyped ref or an answer the item does not have is an error, not a rule
 * that silently never applies. A file with any problem is refused whole, with every problem, its line and its field
 * in Japanese and English.
 */
public final class ProfileReader {

    public static final String FORMAT = "shinrai-profile/1";
    /** A profile with a rule for every item of the largest catalogue is far below this. */
    public static final int MAX_BYTES = 1024 * 1024;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    private static final String ANSWER_NAMES = "YES はい, NO いいえ, NOT_APPLICABLE 対象外, SEE_NOTES 備考参照";

    private final CatalogueLibrary catalogues;

    /** @param catalogues the catalogues a profile may name */
    public ProfileReader(CatalogueLibrary catalogues) {
        this.catalogues = catalogues;
    }

    public RequirementProfile read(InputStream in, String source) throws InvalidProfileException, IOException {
        return read(in.readNBytes(MAX_BYTES + 1), source);
    }

    /** Reads a profile kept as text, such as one written by {@link ProfileWriter}. */
    public RequirementProfile read(String yaml, String source) throws InvalidProfileException {
        return read(yaml.getBytes(StandardCharsets.UTF_8), source);
    }

    private RequirementProfile read(byte[] yaml, String source) throws InvalidProfileException {
        if (yaml.length > MAX_BYTES) {
            throw new InvalidProfileException(source, List.of(new LocalizedText(
                    "ファイルが 1 MB を超えています。", "larger than 1 MB")));
        }
        Walk walk = new Walk();
        RequirementProfile profile;
        try {
            profile = walk.profile(YamlTree.parse(yaml, walk.problems));
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new InvalidProfileException(source, List.of(new LocalizedText(
                    "YAML として読めません: " + e.getOriginalMessage() + where,
                    "not readable as YAML: " + e.getOriginalMessage() + where)));
        }
        if (!walk.problems.isEmpty()) {
            throw new InvalidProfileException(source, walk.problems);
        }
        return profile;
    }

    /** One pass over the tree: builds the profile and collects every problem on the way. */
    private final class Walk {

        private final List<LocalizedText> problems = new ArrayList<>();
        private Catalogue catalogue;
        private Map<String, Item> items = Map.of();

        RequirementProfile profile(Node root) {
            if (!(root instanceof Mapping top)) {
                problem(root == null ? 1 : root.line(), "", "format: " + FORMAT + " で始まる YAML のマッピングにしてください。",
                        "the file must be a YAML mapping starting with 'format: " + FORMAT + "'");
                return null;
            }
            String format = text(top, "format", "");
            if (format != null && !format.equals(FORMAT)) {
                problem(top.get("format"), "format", "「" + FORMAT + "」のはずが「" + format + "」です。",
                        "expected '" + FORMAT + "' but found '" + format + "'");
                return null;
            }
            allowOnly(top, "", "format", "id", "version", "title", "description", "catalogue", "basedOn", "default",
                    "overrides");
            String id = id(top, "id", "");
            String version = text(top, "version", "");
            LocalizedText title = localized(top, "title", "");
            LocalizedText description = localized(top, "description", "");
            ProfileReference catalogueNamed = reference(top, "catalogue", true);
            if (catalogueNamed != null) {
                findCatalogue(top.get("catalogue"), catalogueNamed);
            }
            ProfileReference basedOn = reference(top, "basedOn", false);
            AnswerRule defaultRule = defaultRule(top);
            Map<String, AnswerRule> overrides = overrides(top, defaultRule);
            if (!problems.isEmpty()) {
                return null;
            }
            return new RequirementProfile(id, version, title, description, catalogueNamed.id(),
                    catalogueNamed.version(), basedOn, defaultRule, overrides);
        }

        private void findCatalogue(Node at, ProfileReference named) {
            catalogue = catalogues.find(named.id(), named.version()).orElse(null);
            if (catalogue != null) {
                items = catalogue.allItems().stream().collect(Collectors.toMap(Item::ref, item -> item));
                return;
            }
            String versions = catalogues.all().stream().filter(known -> known.id().equals(named.id()))
                    .map(Catalogue::version).collect(Collectors.joining(", "));
            String known = catalogues.all().stream().map(Catalogue::key).collect(Collectors.joining(", "));
            if (versions.isEmpty()) {
                problem(at, "catalogue.id", "カタログ「" + named.id() + "」はありません（あるもの: " + known + "）。",
                        "there is no catalogue \"" + named.id() + "\" here (known: " + known + ")");
            } else {
                problem(at, "catalogue.version", "カタログ " + named.id() + " の版「" + named.version()
                                + "」はありません（ある版: " + versions + "）。",
                        "catalogue " + named.id() + " has no version \"" + named.version() + "\" here (known: "
                                + versions + ")");
            }
        }

        /** {@code {id, version}} naming a catalogue or a profile. */
        private ProfileReference reference(Mapping top, String field, boolean required) {
            Node node = top.get(field);
            if (node == null && !required) {
                return null;
            }
            if (!(node instanceof Mapping named)) {
                problem(node == null ? top : node, field, "{id: ..., version: ...} の形で必要です。",
                        "required, as {id: ..., version: ...}");
                return null;
            }
            allowOnly(named, field, "id", "version");
            String id = id(named, "id", field);
            String version = text(named, "version", field);
            return id == null || version == null ? null : new ProfileReference(id, version);
        }

        private AnswerRule defaultRule(Mapping top) {
            if (!(top.get("default") instanceof Mapping rule)) {
                problem(top.get("default") == null ? top : top.get("default"), "default",
                        "全項目に当てはめる規則 {acceptable: [...], riskEvaluation: [...]} が必要です。",
                        "required: the rule for every item, {acceptable: [...], riskEvaluation: [...]}");
                return null;
            }
            allowOnly(rule, "default", "acceptable", "riskEvaluation");
            List<Answered> acceptable = answers(rule, "acceptable", "default", true);
            List<Answered> riskEvaluation = answers(rule, "riskEvaluation", "default", false);
            if (catalogue != null) {
                Set<Answer> offered = EnumSet.noneOf(Answer.class);
                items.values().forEach(item -> offered.addAll(item.answers().answers()));
                String name = catalogue.id() + " " + catalogue.version();
                for (Answered answered : both(acceptable, riskEvaluation)) {
                    if (!offered.contains(answered.answer())) {
                        problem(answered.node(), answered.path(), answered.answer() + " は " + name
                                        + " のどの項目の回答にもありません。",
                                answered.answer() + " is not an answer to any item of " + name);
                    }
                }
            }
            return new AnswerRule(set(acceptable), apart(riskEvaluation, acceptable));
        }

        private Map<String, AnswerRule> overrides(Mapping top, AnswerRule defaultRule) {
            Map<String, AnswerRule> overrides = new LinkedHashMap<>();
            Map<String, Integer> firstLine = new HashMap<>();
            for (Entry entry : list(top, "overrides", "", false)) {
                if (!(entry.node() instanceof Mapping override)) {
                    problem(entry.node(), entry.path(), "{refs: [...], acceptable: [...]} の形にしてください。",
                            "must be a mapping such as {refs: [...], acceptable: [...]}");
                    continue;
                }
                allowOnly(override, entry.path(), "refs", "acceptable", "riskEvaluation");
                List<Answered> acceptable = answers(override, "acceptable", entry.path(), true);
                List<Answered> riskEvaluation = answers(override, "riskEvaluation", entry.path(), false);
                Set<Answer> givenRiskEvaluation = override.get("riskEvaluation") == null ? null
                        : apart(riskEvaluation, acceptable);
                for (Entry refEntry : list(override, "refs", entry.path(), true)) {
                    String ref = refEntry.node() instanceof Scalar scalar && scalar.text() != null
                            ? scalar.text().strip() : null;
                    if (ref == null || ref.isEmpty()) {
                        problem(refEntry.node(), refEntry.path(), "\"12.1\" のような項目番号にしてください。",
                                "must be an item ref such as \"12.1\"");
                        continue;
                    }
                    Integer first = firstLine.putIfAbsent(ref, refEntry.node().line());
                    if (first != null) {
                        problem(refEntry.node(), refEntry.path(), "「" + ref + "」の規則は " + first
                                + "行目ですでに決めています。", "\"" + ref + "\" already has a rule at line " + first);
                        continue;
                    }
                    Item item = item(ref, refEntry);
                    if (item != null && fits(item, both(acceptable, riskEvaluation))) {
                        Set<Answer> itemRiskEvaluation = givenRiskEvaluation != null ? givenRiskEvaluation
                                : inherited(defaultRule, set(acceptable), item.answers());
                        overrides.put(ref, new AnswerRule(set(acceptable), itemRiskEvaluation));
                    }
                }
            }
            return overrides;
        }

        /** The item a ref names, when the catalogue has it and its answers are chosen, not free text. */
        private Item item(String ref, Entry at) {
            if (catalogue == null) {
                return null;
            }
            Item item = items.get(ref);
            String name = catalogue.id() + " " + catalogue.version();
            if (item == null) {
                problem(at.node(), at.path(), "「" + ref + "」は " + name + " の項目にありません。",
                        "\"" + ref + "\" is not an item of " + name);
                return null;
            }
            if (item.answers() == AnswerScheme.TEXT) {
                problem(at.node(), at.path(), "「" + ref + "」は自由記述の項目です。未回答のときだけ差分になるため、規則は付けられません。",
                        "\"" + ref + "\" is answered in free text; it is a gap only when unanswered, so it takes "
                                + "no rule");
                return null;
            }
            return item;
        }

        private boolean fits(Item item, List<Answered> answers) {
            boolean fits = true;
            for (Answered answered : answers) {
                if (!item.answers().accepts(answered.answer())) {
                    problem(answered.node(), answered.path(), answered.answer() + " は項目 " + item.ref()
                                    + " の回答にありません（" + item.answers().id() + ": " + item.answers().answers() + "）。",
                            answered.answer() + " is not an answer of item " + item.ref() + " ("
                                    + item.answers().id() + ": " + item.answers().answers() + ")");
                    fits = false;
                }
            }
            return fits;
        }

        /** An override without riskEvaluation: the default's, less what it accepts and what the item cannot have. */
        private static Set<Answer> inherited(AnswerRule defaultRule, Set<Answer> acceptable, AnswerScheme scheme) {
            Set<Answer> riskEvaluation = EnumSet.noneOf(Answer.class);
            if (defaultRule != null) {
                defaultRule.riskEvaluation().stream()
                        .filter(answer -> !acceptable.contains(answer) && scheme.accepts(answer))
                        .forEach(riskEvaluation::add);
            }
            return riskEvaluation;
        }

        private List<Answered> answers(Mapping node, String field, String path, boolean required) {
            String where = at(path, field);
            if (node.get(field) == null && required) {
                problem(node, where, "必須です。[YES] のような回答の一覧にしてください。",
                        "required: a list of answers such as [YES]");
                return List.of();
            }
            List<Answered> answers = new ArrayList<>();
            for (Entry entry : list(node, field, path, false)) {
                String name = entry.node() instanceof Scalar scalar && scalar.text() != null ? scalar.text().strip()
                        : "";
                Answer answer = answerNamed(name);
                if (answer == null) {
                    problem(entry.node(), entry.path(), "「" + name + "」は回答の名前ではありません（" + ANSWER_NAMES
                            + " のいずれか）。", "\"" + name + "\" is not an answer (use one of " + ANSWER_NAMES + ")");
                } else {
                    answers.add(new Answered(answer, entry.node(), entry.path()));
                }
            }
            return answers;
        }

        /** The answers needing a risk evaluation, less any also listed as acceptable, which is reported. */
        private Set<Answer> apart(List<Answered> riskEvaluation, List<Answered> acceptable) {
            Set<Answer> accepted = set(acceptable);
            Set<Answer> apart = EnumSet.noneOf(Answer.class);
            for (Answered answered : riskEvaluation) {
                if (accepted.contains(answered.answer())) {
                    problem(answered.node(), answered.path(), answered.answer()
                                    + " は acceptable にもあります。どちらか一方にしてください。",
                            answered.answer() + " is also listed as acceptable; it can be only one of the two");
                } else {
                    apart.add(answered.answer());
                }
            }
            return apart;
        }

        private LocalizedText localized(Mapping node, String field, String path) {
            String where = at(path, field);
            if (!(node.get(field) instanceof Mapping text)) {
                problem(node.get(field) == null ? node : node.get(field), where,
                        "日本語（ja）と英語（en）の文が必要です。", "required, with a Japanese (ja) and an English (en) text");
                return null;
            }
            allowOnly(text, where, "ja", "en");
            String ja = text(text, "ja", where);
            String en = text(text, "en", where);
            return ja == null || en == null ? null : new LocalizedText(ja, en);
        }

        private String id(Mapping node, String field, String path) {
            String id = text(node, field, path);
            if (id != null && !ID.matcher(id).matches()) {
                problem(node.get(field), at(path, field), "「" + id
                                + "」には英小文字、数字、「.」と「-」だけを使ってください（64 文字まで）。",
                        "\"" + id + "\" must be lower-case letters, digits, '.' and '-' (at most 64)");
            }
            return id;
        }

        /** A required single value; numbers are read as written, since versions such as 5.0 look like numbers. */
        private String text(Mapping node, String field, String path) {
            Node value = node.get(field);
            if (value instanceof Scalar scalar && scalar.text() != null && !scalar.text().isBlank()) {
                return scalar.text().strip();
            }
            if (value == null || value instanceof Scalar) {
                problem(value == null ? node : value, at(path, field), "必須です。", "required");
            } else {
                problem(value, at(path, field), "一つの値にしてください。", "must be a single value");
            }
            return null;
        }

        private List<Entry> list(Mapping node, String field, String path, boolean required) {
            Node value = node.get(field);
            String where = at(path, field);
            if (value == null && !required) {
                return List.of();
            }
            if (!(value instanceof Sequence sequence) || (required && sequence.items().isEmpty())) {
                problem(value == null ? node : value, where, required ? "一つ以上の要素を持つ一覧にしてください。" : "一覧にしてください。",
                        "must be a list" + (required ? " with at least one entry" : ""));
                return List.of();
            }
            List<Entry> entries = new ArrayList<>(sequence.items().size());
            for (int i = 0; i < sequence.items().size(); i++) {
                entries.add(new Entry(sequence.items().get(i), where + "[" + i + "]"));
            }
            return entries;
        }

        private void allowOnly(Mapping node, String path, String... fields) {
            Set<String> allowed = Set.of(fields);
            node.fields().forEach((name, value) -> {
                if (!allowed.contains(name)) {
                    String list = String.join(", ", fields);
                    problem(value, at(path, name), "知らない項目です（ここで書ける項目: " + list + "）。",
                            "unknown field (allowed here: " + list + ")");
                }
            });
        }

        private void problem(Node at, String path, String ja, String en) {
            problem(at.line(), path, ja, en);
        }

        private void problem(int line, String path, String ja, String en) {
            problems.add(new LocalizedText(line + "行目" + (path.isEmpty() ? "" : " " + path) + ": " + ja,
                    "line " + line + (path.isEmpty() ? "" : ", " + path) + ": " + en));
        }

        private static List<Answered> both(List<Answered> first, List<Answered> second) {
            List<Answered> both = new ArrayList<>(first);
            both.addAll(second);
            return both;
        }

        private static Set<Answer> set(Collection<Answered> answers) {
            Set<Answer> set = EnumSet.noneOf(Answer.class);
            answers.forEach(answered -> set.add(answered.answer()));
            return set;
        }

        private static Answer answerNamed(String name) {
            for (Answer answer : Answer.values()) {
                if (answer.name().equals(name)) {
                    return answer;
                }
            }
            return null;
        }

        private static String at(String path, String field) {
            return path.isEmpty() ? field : path + "." + field;
        }
    }

    private record Entry(Node node, String path) {
    }

    /** An answer named in a rule, with where it was written. */
    private record Answered(Answer answer, Node node, String path) {
    }
}
