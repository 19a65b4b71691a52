package io.shinrai.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The built-in risk methods, which an organisation takes as they are or copies to make its own. */
public final class RiskMethodLibrary {

    /** Under {@code risk/methods/} on the class path. */
    static final List<String> BUILT_IN = List.of("ipa-3.yaml", "multiplicative-3.yaml");

    private final Map<String, RiskMethod> byId;

    private RiskMethodLibrary(Map<String, RiskMethod> byId) {
        this.byId = byId;
    }

    public static RiskMethodLibrary builtIn() {
        RiskMethodReader reader = new RiskMethodReader();
        Map<String, RiskMethod> methods = new LinkedHashMap<>();
        for (String name : BUILT_IN) {
            try (InputStream in = RiskMethodLibrary.class.getResourceAsStream("/risk/methods/" + name)) {
                RiskMethod method = reader.read(in);
                methods.put(method.id(), method);
            } catch (IOException e) {
                throw new UncheckedIOException(name, e);
            }
        }
        return new RiskMethodLibrary(Collections.unmodifiableMap(methods));
    }

    /** In the order of {@link #BUILT_IN}. */
    public List<RiskMethod> all() {
        return List.copyOf(byId.values());
    }

    public Optional<RiskMethod> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
