package io.github.mongoapitoolkit.specs;

import java.nio.file.Path;
import java.util.stream.Stream;

/** The project's specs (the three MongoDB APIs and the stub's admin API), as the tests of this module see them (Surefire runs in the module folder). */
public final class ProjectSpecs {

    public static final String MONGOSYNC = "mongosync";
    public static final String ATLAS = "atlas-live-migrations";
    public static final String OPS_MANAGER = "ops-manager-checkpoints";
    public static final String STUB_ADMIN = "stub-admin";

    private ProjectSpecs() {
    }

    public static Path file(String api) {
        return Path.of(api, "openapi.yaml");
    }

    public static Stream<String> apis() {
        return Stream.of(MONGOSYNC, ATLAS, OPS_MANAGER, STUB_ADMIN);
    }
}
