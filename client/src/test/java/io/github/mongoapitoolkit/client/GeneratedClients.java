package io.github.mongoapitoolkit.client;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Finds the generated classes of one API by the short name used in test resource folders. */
final class GeneratedClients {

    private static final String BASE = "io.github.mongoapitoolkit.";

    private GeneratedClients() {
    }

    /** The ObjectMapper the generated client of that API uses on the wire. */
    static ObjectMapper mapperOf(String api) throws ReflectiveOperationException {
        Class<?> json = Class.forName(BASE + api + ".client.invoker.JSON");
        return (ObjectMapper) json.getMethod("getMapper").invoke(json.getConstructor().newInstance());
    }

    static Class<?> modelClass(String api, String simpleName) throws ClassNotFoundException {
        return Class.forName(BASE + api + ".client.model." + simpleName);
    }
}
