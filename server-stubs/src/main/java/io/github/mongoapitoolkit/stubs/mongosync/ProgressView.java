package io.github.mongoapitoolkit.stubs.mongosync;

import io.github.mongoapitoolkit.mongosync.server.model.ClusterPing;
import io.github.mongoapitoolkit.mongosync.server.model.CollectionCopy;
import io.github.mongoapitoolkit.mongosync.server.model.DirectionMapping;
import io.github.mongoapitoolkit.mongosync.server.model.IndexBuilding;
import io.github.mongoapitoolkit.mongosync.server.model.Lag;
import io.github.mongoapitoolkit.mongosync.server.model.Progress;
import io.github.mongoapitoolkit.mongosync.server.model.ProgressResponse;
import io.github.mongoapitoolkit.mongosync.server.model.SyncState;
import io.github.mongoapitoolkit.mongosync.server.model.Verification;
import io.github.mongoapitoolkit.mongosync.server.model.VerifierProgress;

/** Maps a {@link ProgressSnapshot} to the generated wire model of {@code GET /api/v1/progress}. */
final class ProgressView {

    private ProgressView() {
    }

    static ProgressResponse of(ProgressSnapshot s) {
        Progress progress = new Progress()
                .state(SyncState.fromValue(s.state().name()))
                .canCommit(s.canCommit())
                .canWrite(s.canWrite())
                .info(s.info())
                .ceaStage(s.ceaStage())
                .lag(s.lag() == null ? null : new Lag().overallLagSeconds(s.lag().overall())
                        .crudLagSeconds(s.lag().crud()).ddlLagSeconds(s.lag().ddl()))
                .lagTimeSeconds(s.lagTimeSeconds())
                .totalEventsApplied(s.totalEventsApplied())
                .collectionCopy(s.collectionCopy() == null ? null : new CollectionCopy()
                        .estimatedTotalBytes(s.collectionCopy().estimatedTotalBytes())
                        .estimatedCopiedBytes(s.collectionCopy().estimatedCopiedBytes()))
                .directionMapping(s.directionMapping() == null ? null : new DirectionMapping()
                        .source(s.directionMapping().source()).destination(s.directionMapping().destination()))
                .source(s.sourcePingMs() == null ? null : new ClusterPing().pingLatencyMs(s.sourcePingMs()))
                .destination(s.destinationPingMs() == null ? null : new ClusterPing().pingLatencyMs(s.destinationPingMs()))
                .estimatedOplogTimeRemaining(s.estimatedOplogTimeRemaining())
                .estimatedSecondsToCEACatchup(s.estimatedSecondsToCEACatchup())
                .indexBuilding(s.indexBuilding() == null ? null : new IndexBuilding()
                        .indexesBuilt(s.indexBuilding().built()).totalIndexesToBuild(s.indexBuilding().total())
                        .collectionsFinished(s.indexBuilding().collectionsFinished())
                        .collectionsTotal(s.indexBuilding().collectionsTotal()))
                .mongosyncID(s.mongosyncId())
                .coordinatorID(s.coordinatorId())
                .verification(s.verification() == null ? null : new Verification()
                        .source(verifier(s.verification())).destination(verifier(s.verification())));
        return new ProgressResponse().success(true).progress(progress);
    }

    private static VerifierProgress verifier(ProgressSnapshot.Verifier v) {
        return new VerifierProgress()
                .estimatedDocumentCount(v.estimatedDocumentCount())
                .hashedDocumentCount(v.hashedDocumentCount())
                .lagTimeSeconds(v.lagTimeSeconds())
                .phase(v.phase())
                .scannedCollectionCount(v.scannedCollectionCount())
                .totalCollectionCount(v.totalCollectionCount());
    }
}
