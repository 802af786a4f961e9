package io.github.mongoapitoolkit.stubs.opsmanager;

import io.github.mongoapitoolkit.opsmanager.server.api.CheckpointsApi;
import io.github.mongoapitoolkit.opsmanager.server.model.Checkpoint;
import io.github.mongoapitoolkit.opsmanager.server.model.CheckpointList;
import io.github.mongoapitoolkit.opsmanager.server.model.Link;
import io.github.mongoapitoolkit.stubs.cloud.OpsManagerApiException;
import io.github.mongoapitoolkit.stubs.dataset.Dataset;
import io.github.mongoapitoolkit.stubs.dataset.OpsManagerGroup;
import io.github.mongoapitoolkit.stubs.dataset.OpsManagerGroup.Cluster;
import io.github.mongoapitoolkit.stubs.spec.ApiSpecs;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The Ops Manager checkpoint list and get-one over the dataset, with paging exactly as
 * documented: 1-based {@code pageNum}, {@code itemsPerPage} up to 500, {@code self},
 * {@code previous} and {@code next} links with absolute hrefs, and {@code totalCount} unless
 * {@code includeCount=false}. Malformed ids are 404 {@code INVALID_*_ID}, as the error catalogue
 * lists them.
 */
public final class CheckpointsResource implements CheckpointsApi {

    private final Dataset dataset;
    private final ApiSpecs specs;

    @Context
    private UriInfo uri;

    public CheckpointsResource(Dataset dataset, ApiSpecs specs) {
        this.dataset = dataset;
        this.specs = specs;
    }

    @Override
    public Response listCheckpoints(String groupId, String clusterId, Integer pageNum, Integer itemsPerPage,
            Boolean includeCount, Boolean envelope, Boolean pretty) {
        return list(uri.getBaseUri(), groupId, clusterId, pageNum, itemsPerPage, includeCount);
    }

    @Override
    public Response getCheckpoint(String groupId, String clusterId, String checkpointId, Boolean envelope, Boolean pretty) {
        return one(uri.getBaseUri(), groupId, clusterId, checkpointId);
    }

    /** A page of the list, its links resolved against {@code base}, the server's base URI for this request. */
    Response list(URI base, String groupId, String clusterId, Integer pageNum, Integer itemsPerPage, Boolean includeCount) {
        Cluster cluster = cluster(groupId, clusterId);
        List<io.github.mongoapitoolkit.stubs.dataset.Checkpoint> all = cluster.checkpoints();
        int page = pageNum == null ? 1 : pageNum;
        int size = itemsPerPage == null ? 100 : itemsPerPage;
        long from = (long) (page - 1) * size;
        String path = clusterPath(groupId, clusterId) + "/checkpoints";
        List<Checkpoint> results = new ArrayList<>();
        for (long i = from; i < Math.min(all.size(), from + size); i++) {
            io.github.mongoapitoolkit.stubs.dataset.Checkpoint checkpoint = all.get((int) i);
            results.add(CheckpointView.of(checkpoint, List.of(link(base, "self", path + "/" + checkpoint.id()))));
        }
        boolean counted = includeCount == null || includeCount;
        List<Link> links = new ArrayList<>();
        links.add(link(base, "self", pageHref(path, page, size, counted)));
        if (page > 1) {
            links.add(link(base, "previous", pageHref(path, page - 1, size, counted)));
        }
        if (from + size < all.size()) {
            links.add(link(base, "next", pageHref(path, page + 1, size, counted)));
        }
        CheckpointList list = new CheckpointList().links(links).results(results).totalCount(counted ? all.size() : null);
        return Response.ok(list, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** One checkpoint, its links resolved against {@code base}. */
    Response one(URI base, String groupId, String clusterId, String checkpointId) {
        Cluster cluster = cluster(groupId, clusterId);
        if (!specs.isOpsManagerObjectId(checkpointId)) {
            throw new OpsManagerApiException(404, "INVALID_CHECKPOINT_ID", "Invalid checkpoint ID " + checkpointId + ".", List.of(checkpointId));
        }
        io.github.mongoapitoolkit.stubs.dataset.Checkpoint checkpoint = cluster.checkpoint(checkpointId).orElseThrow(() ->
                new OpsManagerApiException(404, "CHECKPOINT_NOT_FOUND", "No checkpoint with ID " + checkpointId
                        + " exists in cluster " + clusterId + ".", List.of(checkpointId, clusterId)));
        String clusterPath = clusterPath(groupId, clusterId);
        return Response.ok(CheckpointView.of(checkpoint, List.of(
                link(base, "self", clusterPath + "/checkpoints/" + checkpointId),
                link(base, "http://mms.mongodb.com/cluster", clusterPath),
                link(base, "http://mms.mongodb.com/group", "api/public/v1.0/groups/" + groupId))), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Cluster cluster(String groupId, String clusterId) {
        if (!specs.isOpsManagerObjectId(groupId)) {
            throw new OpsManagerApiException(404, "INVALID_GROUP_ID", "Invalid group ID " + groupId + ".", List.of(groupId));
        }
        if (!specs.isOpsManagerObjectId(clusterId)) {
            throw new OpsManagerApiException(404, "INVALID_CLUSTER_ID", "Invalid cluster ID " + clusterId + ".", List.of(clusterId));
        }
        OpsManagerGroup group = dataset.opsManagerGroup(groupId).orElseThrow(() -> new OpsManagerApiException(404,
                "GROUP_NOT_FOUND", "No group with ID " + groupId + " exists.", List.of(groupId)));
        if (!group.accessible()) {
            throw new OpsManagerApiException(401, "NOT_IN_GROUP",
                    "Current user is not in the group, or the group does not exist.", List.of(groupId));
        }
        return group.cluster(clusterId).orElseThrow(() -> new OpsManagerApiException(404, "CLUSTER_NOT_FOUND",
                "No cluster with ID " + clusterId + " exists in group " + groupId + ".", List.of(clusterId, groupId)));
    }

    private static String clusterPath(String groupId, String clusterId) {
        return "api/public/v1.0/groups/" + groupId + "/clusters/" + clusterId;
    }

    private static String pageHref(String path, int page, int size, boolean counted) {
        return path + "?pageNum=" + page + "&itemsPerPage=" + size + (counted ? "" : "&includeCount=false");
    }

    private static Link link(URI base, String rel, String relativePath) {
        URI href = base.resolve(relativePath);
        return new Link().rel(rel).href(href);
    }
}
