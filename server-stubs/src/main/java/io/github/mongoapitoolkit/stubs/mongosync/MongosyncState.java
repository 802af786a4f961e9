package io.github.mongoapitoolkit.stubs.mongosync;

/** The states of mongosync's state machine. */
public enum MongosyncState {
    INITIALIZING, IDLE, RUNNING, PAUSED, COMMITTING, COMMITTED, REVERSING
}
