package io.github.mongoapitoolkit.client.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule of mongosync's {@code x-state-rules} accepts its valid cases and rejects its invalid ones. */
class StateRulesTest {

    private static final StateRules RULES = StateRules.mongosyncProgress();

    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path root = root();
        return Files.walk(root).filter(p -> p.toString().endsWith(".json")).sorted().map(root::relativize).toList().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseBreaksExactlyTheRuleItsFolderNames(Path file) throws Exception {
        String ruleId = file.getName(0).toString();
        boolean valid = file.getName(1).toString().equals("valid");

        var violations = RULES.check(Files.readString(root().resolve(file)));

        if (valid) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).isNotEmpty().extracting(StateRules.Violation::ruleId).containsOnly(ruleId);
        }
    }

    @Test
    void everyRuleHasValidAndInvalidCasesAndEveryCaseFolderIsARule() throws Exception {
        try (Stream<Path> folders = Files.list(root())) {
            assertThat(RULES.ids()).as("the spec's rules, in spec order, one case folder each")
                    .containsExactlyInAnyOrderElementsOf(folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).toList())
                    .startsWith("MS-IDLE-NULLS");
        }
        for (String id : RULES.ids()) {
            for (String kind : new String[] {"valid", "invalid"}) {
                Path folder = root().resolve(id).resolve(kind);
                assertThat(Files.isDirectory(folder) && Files.list(folder).findAny().isPresent())
                        .as("%s/%s has a case", id, kind).isTrue();
            }
        }
    }

    /** Read afresh in the test, not in a static initialiser, so that it is what the test checks. */
    @Test
    void theRulesAreReadFromTheSpecOnTheClasspath() {
        assertThat(StateRules.mongosyncProgress().ids()).isEqualTo(RULES.ids()).hasSize(7);
    }

    private static Path root() throws URISyntaxException {
        return Path.of(StateRulesTest.class.getResource("/state-rules").toURI());
    }
}
