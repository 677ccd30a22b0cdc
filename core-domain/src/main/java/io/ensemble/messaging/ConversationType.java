package io.ensemble.messaging;

/** Kind of conversation (issue 4 §1): DIRECT has exactly two members, one per pair; GROUP is named and owned. */
public enum ConversationType {
    DIRECT, GROUP
}
