package io.shinrai.vuln;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One import into an {@link AdvisoryIndex}: which advisories it added, which it replaced by a newer revision and
 * which it skipped as not newer. Only the {@link #changed()} ones need matching again against what was matched
 * before.
 */
public final class IndexUpdate implements Consumer<Advisory> {

    private final AdvisoryIndex index;
    private final Set<String> added = new LinkedHashSet<>();
    private final Set<String> replaced = new LinkedHashSet<>();
    private final List<String> notNewer = new ArrayList<>();

    IndexUpdate(AdvisoryIndex index) {
        this.index = index;
    }

    @Override
    public void accept(Advisory advisory) {
        switch (index.put(advisory)) {
            case ADDED -> added.add(advisory.id());
            case REPLACED -> {
                if (!added.contains(advisory.id())) {
                    replaced.add(advisory.id());
                }
            }
            case NOT_NEWER -> notNewer.add(advisory.id());
        }
    }

    public Set<String> added() {
        return Collections.unmodifiableSet(added);
    }

    public Set<String> replaced() {
        return Collections.unmodifiableSet(replaced);
    }

    public List<String> notNewer() {
        return Collections.unmodifiableList(notNewer);
    }

    /** The ids whose findings may differ from before: added or replaced (a withdrawal replaces too). */
    public Set<String> changed() {
        Set<String> changed = new LinkedHashSet<>(added);
        changed.addAll(replaced);
        return changed;
    }
}
