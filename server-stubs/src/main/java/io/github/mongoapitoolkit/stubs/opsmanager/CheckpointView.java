package io.github.mongoapitoolkit.stubs.opsmanager;

import io.github.mongoapitoolkit.opsmanager.server.model.BsonTimestamp;
import io.github.mongoapitoolkit.opsmanager.server.model.Checkpoint;
import io.github.mongoapitoolkit.opsmanager.server.model.CheckpointPart;
import io.github.mongoapitoolkit.opsmanager.server.model.Link;
import java.util.List;

/** Maps a dataset checkpoint to the generated wire model. */
final class CheckpointView {

    private CheckpointView() {
    }

    static Checkpoint of(io.github.mongoapitoolkit.stubs.dataset.Checkpoint checkpoint, List<Link> links) {
        return new Checkpoint()
                .id(checkpoint.id())
                .clusterId(checkpoint.clusterId())
                .groupId(checkpoint.groupId())
                .completed(checkpoint.completed())
                .started(checkpoint.started())
                .timestamp(checkpoint.timestamp())
                .restorable(checkpoint.restorable())
                .links(links)
                .parts(checkpoint.parts() == null ? null : checkpoint.parts().stream().map(CheckpointView::part).toList());
    }

    private static CheckpointPart part(io.github.mongoapitoolkit.stubs.dataset.Checkpoint.Part part) {
        return new CheckpointPart()
                .hostId(part.hostId())
                .replicaSetName(part.replicaSetName())
                .shardName(part.shardName())
                .tokenDiscovered(part.tokenDiscovered())
                .tokenTimestamp(new BsonTimestamp().date(part.tokenTimestamp().date()).increment(part.tokenTimestamp().increment()))
                .typeName(CheckpointPart.TypeNameEnum.fromValue(part.typeName()));
    }
}
