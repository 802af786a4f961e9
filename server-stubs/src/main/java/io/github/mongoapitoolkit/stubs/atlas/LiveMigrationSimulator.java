package io.github.mongoapitoolkit.stubs.atlas;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mongoapitoolkit.atlas.server.model.BadRequestDetail;
import io.github.mongoapitoolkit.atlas.server.model.FieldViolation;
import io.github.mongoapitoolkit.stubs.cloud.AtlasApiException;
import io.github.mongoapitoolkit.stubs.common.SimulationClock;
import io.github.mongoapitoolkit.stubs.dataset.ApiAccessList;
import io.github.mongoapitoolkit.stubs.dataset.AtlasGroup;
import io.github.mongoapitoolkit.stubs.dataset.AtlasOrganization;
import io.github.mongoapitoolkit.stubs.dataset.LiveMigration;
import io.github.mongoapitoolkit.stubs.dataset.LiveMigrationValidation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * Atlas's Cloud Migration Service on the stub's simulation clock. A validation is PENDING for
 * {@value #VALIDATION_MILLIS} ms, then SUCCESS, or FAILED with the reason the request cannot
 * migrate (no organization link; a source project, cluster or migration host the link does not
 * make available; TLS or credentials that do not fit the source; a source already migrating). A
 * created migration is NEW for {@value #NEW_MILLIS} ms, then WORKING with a lag that falls from
 * {@value #INITIAL_LAG_SECONDS} s to {@value #READY_LAG_SECONDS} s over {@value #CATCH_UP_MILLIS}
 * ms, then {@code readyForCutover}; without a cutover within 120 hours of that it is EXPIRED. A
 * cutover is WORKING without a lag ("stopping replication") for {@value #STOPPING_MILLIS} ms, then
 * COMPLETE. A migration of the dataset stays as the file has it until it is cut over (accepted
 * when it is ready and neither FAILED, COMPLETE nor EXPIRED).
 *
 * <p>Link-tokens are per organization; the dataset says which start linked. The newest
 * {@value #MAX_REMEMBERED} created migrations and validations are remembered, so a flood of
 * them costs bounded memory. All methods are synchronized, so every answer is one consistent
 * state.
 */
public final class LiveMigrationSimulator {

    static final long VALIDATION_MILLIS = 5_000;
    static final long NEW_MILLIS = 10_000;
    static final long CATCH_UP_MILLIS = 300_000;
    static final long INITIAL_LAG_SECONDS = 600;
    static final long READY_LAG_SECONDS = 5;
    static final long STOPPING_MILLIS = 30_000;
    static final long CUTOVER_WINDOW_MILLIS = 120L * 60 * 60 * 1000;

    /** Prefixes that make the first created ids those of the spec's examples. */
    private static final String MIGRATION_ID_PREFIX = "7c1f0e8a9b2d4c6e";
    private static final long FIRST_MIGRATION_SERIAL = 0x8f0a1b21L;
    private static final String VALIDATION_ID_PREFIX = "7a5e2d41c3b8f9e6";
    private static final long FIRST_VALIDATION_SERIAL = 0xd4c2a103L;

    private final SimulationClock clock;
    private final AtlasDirectory directory;

    /** Created migrations and validations remembered; past it the oldest are forgotten (404 from then on). */
    static final int MAX_REMEMBERED = 10_000;

    private final Map<String, Boolean> linked = new HashMap<>();
    private final Map<String, Created> created = oldestForgotten();
    private final Map<String, Long> cutOverDatasetMigrations = new HashMap<>();
    private final Map<String, Validation> validations = oldestForgotten();
    private long migrationSerial;
    private long validationSerial;
    private int tokenSerial;
    private long generation;

    public LiveMigrationSimulator(SimulationClock clock, AtlasDirectory directory) {
        this.clock = clock;
        this.directory = directory;
        reset();
    }

    /** As the dataset has it: its links, no validation or migration created, nothing cut over. */
    public synchronized void reset() {
        linked.clear();
        directory.organizations().forEach(o -> linked.put(o.id(), o.linked()));
        created.clear();
        cutOverDatasetMigrations.clear();
        validations.clear();
        migrationSerial = FIRST_MIGRATION_SERIAL;
        validationSerial = FIRST_VALIDATION_SERIAL;
        tokenSerial = 0;
        generation++;
    }

    /**
     * Changes whenever a dataset migration's answer changes (a cutover, a reset): a cache of those
     * answers keyed with it never serves a stale one. Created migrations change with time and are
     * never {@link #isUnchanging unchanging}.
     */
    public synchronized long generation() {
        return generation;
    }

    /** Whether the migration's answer stays the same until {@link #generation()} changes. */
    public synchronized boolean isUnchanging(String groupId, String migrationId) {
        return !created.containsKey(migrationId) && !cutOverDatasetMigrations.containsKey(key(groupId, migrationId));
    }

    public synchronized MigrationSnapshot migration(String groupId, String migrationId) {
        AtlasGroup group = directory.group(groupId);
        Created mine = created.get(migrationId);
        if (mine != null && mine.groupId.equals(groupId)) {
            return mine.at(clock.millis());
        }
        LiveMigration listed = group.liveMigration(migrationId).orElseThrow(() -> notFound("live migration", migrationId, groupId));
        Long cutover = cutOverDatasetMigrations.get(key(groupId, migrationId));
        if (cutover != null) {
            return afterCutover(listed.id(), listed.migrationHosts(), clock.millis() - cutover);
        }
        return new MigrationSnapshot(listed.id(), listed.migrationHosts(), listed.readyForCutover(), listed.status(),
                listed.sendsLag(), listed.lag());
    }

    public synchronized ValidationSnapshot validate(String groupId, MigrationRequest request) {
        AtlasGroup group = directory.group(groupId);
        requireDestination(groupId, request);
        Optional<AtlasApiException> refusal = refusal(group, request);
        String id = objectId(VALIDATION_ID_PREFIX, validationSerial++);
        Validation validation = new Validation(id, groupId, request.sourceGroupId(), clock.millis(),
                refusal.map(Throwable::getMessage).orElse(null));
        validations.put(id, validation);
        return validation.at(clock.millis());
    }

    public synchronized ValidationSnapshot validation(String groupId, String validationId) {
        AtlasGroup group = directory.group(groupId);
        Validation mine = validations.get(validationId);
        if (mine != null && mine.groupId.equals(groupId)) {
            return mine.at(clock.millis());
        }
        LiveMigrationValidation listed = group.validation(validationId)
                .orElseThrow(() -> notFound("live migration validation", validationId, groupId));
        return new ValidationSnapshot(listed.id(), listed.groupId(), listed.sourceGroupId(), listed.status(), listed.errorMessage());
    }

    public synchronized MigrationSnapshot create(String groupId, MigrationRequest request) {
        AtlasGroup group = directory.group(groupId);
        requireDestination(groupId, request);
        Optional<AtlasApiException> refusal = refusal(group, request);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        String id = objectId(MIGRATION_ID_PREFIX, migrationSerial++);
        Created migration = new Created(id, groupId, request.sourceGroupId(), request.sourceCluster(),
                List.of(request.migrationHost()), clock.millis());
        created.put(id, migration);
        return migration.at(clock.millis());
    }

    public synchronized void cutover(String groupId, String migrationId) {
        MigrationSnapshot now = migration(groupId, migrationId);
        boolean cutoverPossible = now.readyForCutover() && ("NEW".equals(now.status()) || "WORKING".equals(now.status()));
        if (!cutoverPossible) {
            throw new AtlasApiException(400, "LIVE_MIGRATION_NOT_READY_FOR_CUTOVER",
                    "Migration " + migrationId + " is not ready for cutover.", List.of(migrationId));
        }
        Created mine = created.get(migrationId);
        if (mine != null) {
            mine.cutoverAt = clock.millis();
        } else {
            cutOverDatasetMigrations.put(key(groupId, migrationId), clock.millis());
            generation++;
        }
    }

    /** A new link-token for the organization; it links the organization (or replaces its link). */
    public synchronized String createLinkToken(String orgId, List<String> accessListIps) {
        directory.organization(orgId);
        List<FieldViolation> bad = new ArrayList<>();
        for (int i = 0; i < accessListIps.size(); i++) {
            String entry = accessListIps.get(i);
            if (entry == null || ApiAccessList.problem(entry).isPresent()) {
                bad.add(new FieldViolation().field("accessListIps/" + i).description("must be an IPv4 or IPv6 address or CIDR block."));
            }
        }
        if (!bad.isEmpty()) {
            throw new AtlasApiException(400, "VALIDATION_ERROR", "Request was invalid: " + bad.get(0).getField() + " "
                    + bad.get(0).getDescription(), List.of(), Map.of(), new BadRequestDetail().fields(bad));
        }
        linked.put(orgId, true);
        String token = "link-token-" + (++tokenSerial) + "-for-" + orgId;
        return Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.US_ASCII));
    }

    public synchronized void deleteLinkTokens(String orgId) {
        directory.organization(orgId);
        if (!linked.getOrDefault(orgId, false)) {
            throw new AtlasApiException(404, "RESOURCE_NOT_FOUND", "Organization " + orgId + " has no link to delete.", List.of(orgId));
        }
        List<String> migrating = directory.groupsOf(orgId).stream().map(AtlasGroup::id)
                .filter(g -> created.values().stream().anyMatch(m -> m.groupId.equals(g) && m.isActive(clock.millis())))
                .toList();
        if (!migrating.isEmpty()) {
            throw new AtlasApiException(409, "CANNOT_DELETE_ORG_ACTIVE_LIVE_MIGRATION_ATLAS_ORG_LINK",
                    "Cannot delete organization link while there is active migration in following project ids: "
                            + String.join(",", migrating) + ".", migrating);
        }
        linked.put(orgId, false);
    }

    /** The source projects the organization's link makes available; none without a link. */
    public synchronized List<JsonNode> availableProjects(String orgId) {
        AtlasOrganization organization = directory.organization(orgId);
        return linked.getOrDefault(orgId, false) ? organization.availableProjects() : List.of();
    }

    /** A flood of validations or creates costs bounded memory: the oldest go first. */
    private static <V> Map<String, V> oldestForgotten() {
        return new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_REMEMBERED;
            }
        };
    }

    private static void requireDestination(String groupId, MigrationRequest request) {
        if (!groupId.equals(request.destinationGroupId())) {
            String rule = "must be the project of the path, " + groupId + ".";
            throw new AtlasApiException(400, "VALIDATION_ERROR", "Request was invalid: destination.groupId " + rule,
                    List.of("destination.groupId"), Map.of(),
                    new BadRequestDetail().fields(List.of(new FieldViolation().field("destination.groupId").description(rule))));
        }
    }

    /** Why the request cannot migrate, as the answer create gives; empty when it can. */
    private Optional<AtlasApiException> refusal(AtlasGroup group, MigrationRequest request) {
        String orgId = group.orgId();
        if (orgId == null || !linked.getOrDefault(orgId, false)) {
            String org = orgId == null ? "of project " + group.id() : orgId;
            return Optional.of(new AtlasApiException(400, "LIVE_MIGRATION_ORGANIZATION_NOT_LINKED", "Organization " + org
                    + " has no link to a Cloud or Ops Manager organization; create a link-token first.", List.of(org)));
        }
        String project = request.sourceGroupId();
        String cluster = request.sourceCluster();
        Optional<JsonNode> available = directory.organization(orgId).availableProjects().stream()
                .filter(p -> p.path("projectId").asText().equals(project)).findFirst();
        if (available.isEmpty()) {
            return sourceNotFound("Source project " + project + " is not available for migration to organization " + orgId + ".",
                    project);
        }
        Optional<JsonNode> deployment = StreamSupport.stream(available.get().path("deployments").spliterator(), false)
                .filter(d -> d.path("name").asText().equals(cluster)).findFirst();
        if (deployment.isEmpty()) {
            return sourceNotFound("Source cluster " + cluster + " does not exist in project " + project + ".", project, cluster);
        }
        boolean hostKnown = StreamSupport.stream(available.get().path("migrationHosts").spliterator(), false)
                .anyMatch(h -> h.asText().equals(request.migrationHost()));
        if (!hostKnown) {
            return sourceNotFound("Migration host " + request.migrationHost() + " is not a migration host of project " + project + ".",
                    project, request.migrationHost());
        }
        boolean tls = deployment.get().path("tlsEnabled").asBoolean();
        if (tls != request.ssl()) {
            return invalid("source.ssl", "must be " + tls + ": source cluster " + cluster + (tls ? " enables" : " does not enable") + " TLS.");
        }
        if (request.managedAuthentication() && request.sendsUsernameOrPassword()) {
            return invalid("source.username", "must not be given with managedAuthentication; MongoDB Automation authenticates.");
        }
        if (!request.managedAuthentication() && !request.sendsUsernameAndPassword()) {
            return invalid("source.username", "and source.password must name a SCRAM-SHA user unless managedAuthentication is true.");
        }
        long now = clock.millis();
        Optional<Created> migrating = created.values().stream()
                .filter(m -> m.sourceGroupId.equals(project) && m.sourceCluster.equals(cluster) && m.isActive(now)).findFirst();
        return migrating.map(m -> new AtlasApiException(409, "LIVE_MIGRATION_SOURCE_ALREADY_MIGRATING", "Source cluster " + cluster
                + " of project " + project + " is already migrating in migration " + m.id + ".", List.of(project, cluster, m.id)));
    }

    private static Optional<AtlasApiException> sourceNotFound(String detail, String... parameters) {
        return Optional.of(new AtlasApiException(400, "LIVE_MIGRATION_SOURCE_NOT_FOUND", detail, List.of(parameters)));
    }

    private static Optional<AtlasApiException> invalid(String field, String rule) {
        return Optional.of(new AtlasApiException(400, "VALIDATION_ERROR", "Request was invalid: " + field + " " + rule,
                List.of(field), Map.of(), new BadRequestDetail().fields(List.of(new FieldViolation().field(field).description(rule)))));
    }

    private static AtlasApiException notFound(String what, String id, String groupId) {
        return new AtlasApiException(404, "RESOURCE_NOT_FOUND", "Cannot find resource " + what + " " + id + " in group " + groupId + ".",
                List.of(id, groupId));
    }

    /** 16 hex digits and 8 of a serial: an ObjectId for billions of creates, never a longer string. */
    private static String objectId(String prefix, long serial) {
        return prefix + String.format("%08x", serial & 0xffffffffL);
    }

    private static String key(String groupId, String migrationId) {
        return groupId + "/" + migrationId;
    }

    static MigrationSnapshot afterCutover(String id, List<String> hosts, long sinceCutover) {
        return sinceCutover < STOPPING_MILLIS ? new MigrationSnapshot(id, hosts, false, "WORKING", false, null)
                : new MigrationSnapshot(id, hosts, false, "COMPLETE", false, null);
    }

    /** A migration created through the API, and where its timeline stands. */
    private static final class Created {
        final String id;
        final String groupId;
        final String sourceGroupId;
        final String sourceCluster;
        final List<String> hosts;
        final long createdAt;
        Long cutoverAt;

        Created(String id, String groupId, String sourceGroupId, String sourceCluster, List<String> hosts, long createdAt) {
            this.id = id;
            this.groupId = groupId;
            this.sourceGroupId = sourceGroupId;
            this.sourceCluster = sourceCluster;
            this.hosts = hosts;
            this.createdAt = createdAt;
        }

        MigrationSnapshot at(long now) {
            if (cutoverAt != null) {
                return afterCutover(id, hosts, now - cutoverAt);
            }
            long age = now - createdAt;
            if (age < NEW_MILLIS) {
                return new MigrationSnapshot(id, hosts, false, "NEW", false, null);
            }
            long replicating = age - NEW_MILLIS;
            if (replicating < CATCH_UP_MILLIS) {
                long lag = INITIAL_LAG_SECONDS - (INITIAL_LAG_SECONDS - READY_LAG_SECONDS) * replicating / CATCH_UP_MILLIS;
                return new MigrationSnapshot(id, hosts, false, "WORKING", true, lag);
            }
            if (replicating - CATCH_UP_MILLIS < CUTOVER_WINDOW_MILLIS) {
                return new MigrationSnapshot(id, hosts, true, "WORKING", true, READY_LAG_SECONDS);
            }
            return new MigrationSnapshot(id, hosts, false, "EXPIRED", false, null);
        }

        boolean isActive(long now) {
            String status = at(now).status();
            return status.equals("NEW") || status.equals("WORKING");
        }
    }

    /** A validation requested through the API: its outcome is decided at once and told after a while. */
    private record Validation(String id, String groupId, String sourceGroupId, long requestedAt, String failure) {

        ValidationSnapshot at(long now) {
            if (now - requestedAt < VALIDATION_MILLIS) {
                return new ValidationSnapshot(id, groupId, sourceGroupId, "PENDING", null);
            }
            return new ValidationSnapshot(id, groupId, sourceGroupId, failure == null ? "SUCCESS" : "FAILED", failure);
        }
    }
}
