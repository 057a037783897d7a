package io.consumerprotection.core.classification;

import java.util.Objects;

/**
 * How a scheme version treats one dimension: whether a fully classified complaint must carry it, whether
 * it must then be at leaf level, and whether it takes several codes.
 *
 * @param dimension    the dimension
 * @param required     whether a fully classified (for example a decided) complaint must carry it
 * @param leafRequired whether a fully classified complaint's code must be a leaf of the standard scheme (a
 *                     code with no standard children; a host's local sub-codes are optional refinements)
 */
public record DimensionRule(Dimension dimension, boolean required, boolean leafRequired) {

    public DimensionRule {
        Objects.requireNonNull(dimension, "dimension");
    }
}
