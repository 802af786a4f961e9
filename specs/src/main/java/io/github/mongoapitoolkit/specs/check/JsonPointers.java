package io.github.mongoapitoolkit.specs.check;

/** RFC 6901 escaping of one reference token. */
public final class JsonPointers {

    private JsonPointers() {
    }

    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
