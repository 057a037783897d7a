package io.consumerprotection.examples.cli;

import io.consumerprotection.core.privacy.FieldType;
import io.consumerprotection.core.privacy.IdentifierCheck;
import io.consumerprotection.core.privacy.IdentifierType;
import io.consumerprotection.core.privacy.Masker;
import io.consumerprotection.core.privacy.MaskingChannel;
import io.consumerprotection.core.privacy.NarrativeScrubber;
import io.consumerprotection.core.privacy.ScrubFinding;
import io.consumerprotection.core.privacy.ScrubResult;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code privacy}: masks, validates and scrubs personal data, one JSON request a line.
 * <pre>
 * {"id":"1","op":"mask","type":"BANK_CARD","value":"6222021234567890128","profile":"DISPLAY"} → {"id":"1","result":"622202*********0128"}
 * {"id":"2","op":"validate","type":"RESIDENT_ID","value":"110105194912310021"} → {"id":"2","valid":false,"reason":"ID_CHECK_CHARACTER_MISMATCH"}
 * {"id":"3","op":"scrub","text":"手机13812345678"} → {"id":"3","result":"手机138****5678","found":[{"type":"MOBILE","start":2,"end":13}]}
 * </pre>
 * Types: NAME, RESIDENT_ID, MOBILE, EMAIL, ADDRESS, BANK_CARD, ACCOUNT, USCC; profiles: the masking channels
 * DISPLAY (default), TELLER_SCREEN, PRINTED_SLIP, EXPORT, LOG.
 */
@Command(name = "privacy", mixinStandardHelpOptions = true,
        description = "Mask, validate and scrub personal data (JSON Lines: op = mask | validate | scrub).",
        exitCodeListHeading = Cli.EXIT_HEADING, exitCodeList = {Cli.EXIT_0, Cli.EXIT_1, Cli.EXIT_2, Cli.EXIT_3})
public final class PrivacyCommand extends JsonLinesCommand {

    private static final Set<String> TYPES = Set.of("NAME", "RESIDENT_ID", "MOBILE", "EMAIL", "ADDRESS", "BANK_CARD",
            "ACCOUNT", "USCC", "PASSPORT", "OTHER_ID_DOCUMENT");

    private final Masker masker = Masker.standard();
    private final NarrativeScrubber scrubber = NarrativeScrubber.standard();

    static final List<Op> OPS = List.of(
            Op.of("mask", "the value masked for a channel",
                    "{\"id\":\"1\",\"op\":\"mask\",\"type\":\"BANK_CARD\",\"value\":\"6222021234567890128\",\"profile\":\"DISPLAY\"}",
                    "{\"id\":\"1\",\"result\":\"622202*********0128\"}",
                    Op.Field.required("type", "text", String.join(", ", new TreeSet<>(TYPES))),
                    Op.Field.required("value", "text", "the personal data"),
                    Op.Field.optional("profile", "text", "DISPLAY", "DISPLAY, TELLER_SCREEN, PRINTED_SLIP, EXPORT or LOG")),
            Op.of("validate", "whether an identifier is well formed (check digits)",
                    "{\"id\":\"2\",\"op\":\"validate\",\"type\":\"RESIDENT_ID\",\"value\":\"110105194912310021\"}",
                    "{\"id\":\"2\",\"valid\":false,\"reason\":\"ID_CHECK_CHARACTER_MISMATCH\"}",
                    Op.Field.required("type", "text", "RESIDENT_ID, OTHER_ID_DOCUMENT, BANK_CARD, MOBILE, USCC or EMAIL"),
                    Op.Field.required("value", "text", "")),
            Op.of("scrub", "free text with the personal data in it masked, and where it was",
                    "{\"id\":\"3\",\"op\":\"scrub\",\"text\":\"手机13812345678\"}",
                    "{\"id\":\"3\",\"result\":\"手机138****5678\",\"found\":[{\"type\":\"MOBILE\",\"start\":2,\"end\":13}]}",
                    Op.Field.required("text", "text", "")));

    @Override
    List<Op> ops() {
        return OPS;
    }

    @Override
    ObjectNode answer(Op op, Request r) {
        JsonNode request = r.node();
        return switch (op.name()) {
            case "mask" -> mask(request);
            case "validate" -> validate(request);
            default -> scrub(request);
        };
    }

    private static FieldType type(JsonNode request) {
        String t = required(request, "type");
        if (!TYPES.contains(t)) {
            throw Request.invalid("type", "must be one of " + String.join(", ", new TreeSet<>(TYPES)));
        }
        return FieldType.valueOf(t);
    }

    private ObjectNode mask(JsonNode request) {
        FieldType type = type(request);
        String value = required(request, "value");
        JsonNode p = request.get("profile");
        MaskingChannel channel = MaskingChannel.DISPLAY;
        if (p != null && !p.isNull()) {
            try {
                channel = MaskingChannel.valueOf(p.asString().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Request.invalid("profile", "must be one of "
                        + String.join(", ", java.util.Arrays.stream(MaskingChannel.values()).map(Enum::name).toList()));
            }
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("result", masker.mask(type, value, channel));
        return out;
    }

    private static ObjectNode validate(JsonNode request) {
        FieldType type = type(request);
        IdentifierType identifier = switch (type) {
            case RESIDENT_ID -> IdentifierType.RESIDENT_ID;
            case BANK_CARD -> IdentifierType.BANK_CARD;
            case MOBILE -> IdentifierType.MOBILE;
            case USCC -> IdentifierType.USCC;
            case EMAIL -> IdentifierType.EMAIL;
            case OTHER_ID_DOCUMENT -> IdentifierType.FOREIGN_PERMANENT_RESIDENT_ID;
            default -> throw Request.invalid("type", type + " cannot be validated: use RESIDENT_ID, "
                    + "OTHER_ID_DOCUMENT (foreign permanent resident ID), BANK_CARD, MOBILE, USCC or EMAIL");
        };
        JsonNode v = request.get("value");
        IdentifierCheck check = identifier.check(v == null || v.isNull() ? "" : v.asString());
        ObjectNode out = JSON.createObjectNode();
        out.put("valid", check.isValid());
        check.reason().ifPresent(r -> out.put("reason", r.name()));
        return out;
    }

    private ObjectNode scrub(JsonNode request) {
        JsonNode t = request.get("text");
        if (t == null || t.isNull()) {
            throw Request.missing("text");
        }
        ScrubResult r = scrubber.scrub(t.asString());
        ObjectNode out = JSON.createObjectNode();
        out.put("result", r.text());
        ArrayNode found = out.putArray("found");
        for (ScrubFinding f : r.findings()) {
            ObjectNode o = found.addObject();
            o.put("type", f.type().name());
            o.put("start", f.start());
            o.put("end", f.end());
        }
        return out;
    }
}
