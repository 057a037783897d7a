/**
 * Versioned classification code schemes (JR/T 0169-2018 axes A channel, B business category, C cause, and
 * source, consumer right, request, special group, level, responsibility, sensitivity), validation of a
 * complaint's classification, and suggestion of codes from the complaint's narrative.
 *
 * <h2>Scheme resource format</h2>
 * A scheme version is one UTF-8 text file ({@code scheme-VERSION.tsv} beside this package, listed in
 * {@code schemes.txt}): lines starting with {@code #} are comments; lines starting with {@code @} are
 * tab-separated directives ({@code @version}, {@code @effective-from} ISO date, {@code @based-on},
 * {@code @source}, {@code @dimension NAME required=… leaf=… multi=…}, and {@code @map DIMENSION old new[,new…]}
 * for the mapping from the base version); the first other line is the header, then one code per line with
 * the tab-separated columns {@code dimension code parent level name_zh name_en official_code valid_from
 * valid_to version source}. Codes are hierarchical (a child starts with its parent); on axes A, B and C a
 * major class has 2 digits, a middle class 4, a minor class 5, and "other" is 99 / 99 / 9 as in the standard.
 * The official JR/T 0169-2018 numeric codes are not public here: the codes are the project's, stable across
 * releases, and {@code official_code} stays empty until the official codes are known.
 *
 * <h2>Multi-valued dimensions</h2>
 * {@link io.consumerprotection.core.classification.Dimension#RIGHT}, {@code REQUEST}, {@code GROUP} and
 * {@code SENSITIVITY} hold several codes in one classification-map value, joined by {@code |}.
 *
 * <h2>Suggestions</h2>
 * {@link io.consumerprotection.core.classification.NarrativeClassifier} suggests codes from the curated
 * {@link io.consumerprotection.core.classification.SuggestionDictionary};
 * {@link io.consumerprotection.core.classification.SuggestionFloor} withholds a suggestion whose confidence is
 * below a documented floor ("no confident suggestion"); {@link io.consumerprotection.core.classification.NarrativeModel}
 * learns from the bank's classified history ({@link io.consumerprotection.core.classification.ClassifiedNarrative})
 * and {@link io.consumerprotection.core.classification.BlendedClassifier} mixes it with the dictionary, the
 * dictionary alone when there is no history. The README gives their measured accuracy on public narratives.
 */
package io.consumerprotection.core.classification;
