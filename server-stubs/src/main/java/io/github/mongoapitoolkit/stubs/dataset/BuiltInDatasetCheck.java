package io.github.mongoapitoolkit.stubs.dataset;

import io.github.mongoapitoolkit.stubs.spec.ApiSpecs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The built-in dataset's full check, run by the build instead of at every start (it took a fifth
 * of a cold start, most of it loading a JSON-schema validator). The build checks the dataset
 * against the specs it is built with and records the digests of both texts in the jar; a start
 * whose specs and dataset have those digests reads the dataset without checking it again. Any
 * other pair (a spec replaced in a test, specs of another version on the classpath, no record at
 * all) is checked in full, as a dataset file is.
 *
 * <p>{@code server-stubs/pom.xml} runs {@link #main} at process-classes: a built-in dataset that
 * does not pass fails the build, with every problem named.
 */
public final class BuiltInDatasetCheck {

    /** Where the build records the digests, next to the dataset. */
    static final String RECORD = "/dataset/default-dataset.checked";

    private BuiltInDatasetCheck() {
    }

    /** @param args the directory of the module's classes, where the record is written */
    public static void main(String[] args) throws IOException {
        ApiSpecs specs = ApiSpecs.load();
        String text = DatasetLoader.builtInText();
        new DatasetLoader(specs).fromJson("built-in dataset", text);
        Path record = Path.of(args[0], RECORD.substring(1));
        Files.writeString(record, record(specs, text));
        System.out.println("Built-in dataset checked against the specs; recorded in " + record);
    }

    /** True when the build checked this very dataset text against specs read from the same texts. */
    static boolean passedAtBuild(ApiSpecs specs, String datasetText) {
        try (InputStream in = BuiltInDatasetCheck.class.getResourceAsStream(RECORD)) {
            return in != null && new String(in.readAllBytes(), StandardCharsets.UTF_8).equals(record(specs, datasetText));
        } catch (IOException e) {
            return false;
        }
    }

    static String record(ApiSpecs specs, String datasetText) {
        return "specs " + sha256(specs.sources()) + "\ndataset " + sha256(List.of(datasetText)) + "\n";
    }

    /** SHA-256 in hex of the texts, each ended by a NUL so that no two lists of texts run together alike. */
    private static String sha256(List<String> texts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String text : texts) {
                sha256.update(text.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
