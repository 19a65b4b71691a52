package io.shinrai.hospital;

/** Names one version of a requirement profile, e.g. the built-in profile a hospital's own copy was made from. */
public record ProfileReference(String id, String version) {

    public String key() {
        return id + "@" + version;
    }
}
