package io.consumerprotection.core.internal;

import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.ComplaintLevel;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The codes the lifecycle can fill in from a complaint's own fields, in the bundled scheme's project codes:
 * SOURCE from the intake channel and LEVEL from the complaint level. A code the intake gives wins.
 */
final class ClassificationDefaults {

    private static final Map<Channel, String> SOURCE = new EnumMap<>(Map.ofEntries(
            Map.entry(Channel.HOTLINE, "01"),
            Map.entry(Channel.BRANCH_COUNTER, "02"),
            Map.entry(Channel.LETTER, "03"),
            Map.entry(Channel.EMAIL, "03"),
            Map.entry(Channel.SUGGESTION_BOX, "04"),
            Map.entry(Channel.MEDIA, "05"),
            Map.entry(Channel.MOBILE_APP, "06"),
            Map.entry(Channel.ONLINE_BANKING, "06"),
            Map.entry(Channel.REGULATOR_TRANSFER, "07"),
            Map.entry(Channel.PBOC_TRANSFER, "08"),
            Map.entry(Channel.PETITION, "09")));

    private static final Map<ComplaintLevel, String> LEVEL = new EnumMap<>(Map.of(
            ComplaintLevel.ORDINARY, "01", ComplaintLevel.COMPLEX, "02", ComplaintLevel.MAJOR, "03"));

    private ClassificationDefaults() {
    }

    /** The intake's codes, with SOURCE and LEVEL added where missing. */
    static Map<String, String> complete(Map<String, String> codes, Channel channel, ComplaintLevel level) {
        Map<String, String> out = new LinkedHashMap<>(codes);
        if (channel != null) {
            out.putIfAbsent("SOURCE", SOURCE.get(channel));
        }
        if (level != null) {
            out.putIfAbsent("LEVEL", LEVEL.get(level));
        }
        return out;
    }
}
