package io.consumerprotection.core.classification;

/** How an old code relates to the codes of a newer scheme version. */
public enum MappingKind {
    /** Not mapped: the code is unchanged in the new version. */
    UNCHANGED,
    /** Mapped to exactly one new code that no other old code maps to (renamed or recoded). */
    ONE_TO_ONE,
    /** Mapped to several new codes; the first is the primary one. */
    SPLIT,
    /** One of several old codes mapped to the same new code. */
    MERGE,
    /** Retired with no successor in the new version. */
    RETIRED
}
